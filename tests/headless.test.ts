/**
 * The headless tools are contracts other tooling depends on: these run them exactly as
 * documented (`npm run --silent sim|grade|scenarios:check`) and check output and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const npm = (args: string[], input?: string) => {
  const r = spawnSync('npm', ['run', '--silent', ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const file = (text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'kubelab-')), 'lines.sh');
  writeFileSync(path, text);
  return path;
};

describe('npm run sim', { timeout: 60_000 }, () => {
  it('prints `$ ` and each line, then its output; heredoc bodies are read from the following lines', () => {
    const r = npm(['sim', '--', file('cat <<EOF > a.txt\nhello\nEOF\ncat a.txt\nnope\n')]);
    expect(r).toEqual({ code: 0, stderr: '', stdout: '$ cat <<EOF > a.txt\n> hello\n> EOF\n$ cat a.txt\nhello\n$ nope\nbash: nope: command not found\n' });
  });

  it('reads stdin for `-`, and --seed changes generated names deterministically', () => {
    const lines = 'kubectl create deployment web --image=nginx:1.27\nkubectl get rs -o name\nsleep 1\nkubectl get pods -o name\n';
    const a = npm(['sim', '--', '--seed', '5', '-'], lines);
    const b = npm(['sim', '--', '--seed', '5', '-'], lines);
    const c = npm(['sim', '--', '--seed', '6', '-'], lines);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
    expect(a.stdout).toMatch(/^\$ kubectl create deployment web --image=nginx:1\.27\ndeployment\.apps\/web created\n/);
  });

  it('exits non-zero only when FILE cannot be read', () => {
    expect(npm(['sim', '--', file('false\n')]).code).toBe(0);
    const r = npm(['sim', '--', '/nonexistent/file.sh']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('/nonexistent/file.sh');
  });
});

describe('npm run grade', { timeout: 60_000 }, () => {
  it('fails a learner who does nothing, with the reasons, and exits 1', () => {
    const r = npm(['grade', '--', 'zero-downtime-rollback', file('kubectl get pods\n')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  strategy:');
    expect(r.stdout).toMatch(/0 of \d+ checks pass/);
  });

  it('names the known scenarios for an unknown id', () => {
    const r = npm(['grade', '--', 'no-such-scenario', file('true\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('zero-downtime-rollback');
  });
});
