import { describe, expect, it } from 'vitest';
import type { Command, Interrupt } from './command';
import { createInterrupt } from './interrupt';
import { testShell } from './testing/session';

describe('executor', () => {
  it.each([
    { name: 'unknown command exits 127', src: 'foo', out: 'bash: foo: command not found\n', status: 127 },
    { name: 'and-or chains use the last status', src: 'false || echo yes && echo and', out: 'yes\nand\n', status: 0 },
    { name: 'a pipeline returns the last command\'s status', src: 'echo x | grep y', out: '', status: 1 },
    { name: 'pipeline stages are subshells', src: 'X=1; echo | X=2; echo $X', out: '1\n', status: 0 },
    { name: 'a subshell keeps its cd to itself', src: 'mkdir d; (cd d; pwd); pwd', out: '/root/d\n/root\n', status: 0 },
    { name: 'a group shares the shell', src: '{ Y=5; }; echo $Y', out: '5\n', status: 0 },
    { name: 'read consumes one line per call', src: 'printf "a b\\nc\\n" > f; while read x y; do echo "[$x|$y]"; done < f', out: '[a|b]\n[c|]\n', status: 0 },
    { name: 'functions take effect and return', src: 'f() { echo in f; return 3; }; f; echo $?', out: 'in f\n3\n', status: 0 },
    { name: 'exit prints exit and stops the input', src: 'echo a; exit 4; echo b', out: 'a\nexit\n', status: 4 },
    { name: 'break outside a loop is only a message', src: 'break; echo $?', out: "bash: break: only meaningful in a `for', `while', or `until' loop\n0\n", status: 0 },
    { name: 'assignment status comes from command substitution', src: 'x=$(false); echo $?', out: '1\n', status: 0 },
    { name: 'for with an invalid name', src: 'for 1 in a; do :; done', out: "bash: `1': not a valid identifier\n", status: 1 },
    { name: 'a path to a file is not executable', src: 'touch s.sh; ./s.sh', out: 'bash: ./s.sh: Permission denied\n', status: 126 },
    { name: '/usr/bin/ls runs ls', src: 'touch a; /usr/bin/ls', out: 'a\n', status: 0 },
    { name: '[[ ]] matches globs and regexes without splitting', src: 'v="a b"; [[ $v == a* ]] && [[ $v =~ ^a.b$ ]] && echo yes', out: 'yes\n', status: 0 },
    { name: '[[ ]] integer operators take arithmetic', src: 'n=4; [[ n+1 -gt 4 ]]; echo $?', out: '0\n', status: 0 },
    { name: 'bash -c runs in a subshell', src: 'bash -c "X=1; exit 3"; echo "$? [$X]"', out: '3 []\n', status: 0 },
    { name: 'eval runs its arguments', src: 'eval "echo one; echo two"', out: 'one\ntwo\n', status: 0 },
  ])('$name', async ({ src, out, status }) => {
    const t = testShell();
    expect(await t.run(src)).toEqual({ out, status });
  });

  it('keeps the session after exit: the next input runs in the same shell', async () => {
    const t = testShell();
    await t.run('V=kept; exit');
    expect(await t.run('echo $V $?')).toEqual({ out: 'kept 0\n', status: 0 });
  });

  it('!! re-runs the previous line and echoes the expansion', async () => {
    const t = testShell();
    await t.run('echo hi');
    expect(await t.run('echo !!')).toEqual({ out: 'echo echo hi\necho hi\n', status: 0 });
  });

  it('history expansion of an unknown event fails without running', async () => {
    const t = testShell();
    expect(await t.run('echo !nothing')).toEqual({ out: 'bash: !nothing: event not found\n', status: 1 });
    expect(t.shell.history()).toEqual([]);
  });

  it('stores multi-line commands in history as one line, as bash cmdhist does', async () => {
    const t = testShell();
    await t.run('for i in 1 2\ndo\n  echo $i\ndone');
    expect(t.shell.history()).toEqual(['for i in 1 2; do echo $i; done']);
  });

  it('Ctrl-C stops `while true; do …; sleep 2; done` with status 130', async () => {
    const t = testShell();
    const ctl = createInterrupt();
    let sleeps = 0;
    const sleep = t.time.sleep.bind(t.time);
    Object.assign(t.time, { sleep: (ms: number, i: Interrupt) => { if (++sleeps === 3) ctl.abort(); return sleep(ms, i); } });
    const r = await t.run('while true; do echo tick; sleep 2; done; echo after', { interrupt: ctl.signal });
    expect(r).toEqual({ out: 'tick\ntick\ntick\n', status: 130 });
    expect(t.shell.lastExitCode()).toBe(130);
  });

  it('an endless loop without sleep yields to the clock so Ctrl-C can end it', async () => {
    const t = testShell();
    const ctl = createInterrupt();
    let yields = 0;
    const sleep = t.time.sleep.bind(t.time);
    Object.assign(t.time, { sleep: (ms: number, i: Interrupt) => { if (++yields === 4) ctl.abort(); return sleep(ms, i); } });
    const r = await t.run('while true; do :; done', { interrupt: ctl.signal });
    expect(r.status).toBe(130);
  });

  it('passes argv, stdin, env and the terminal to registered commands', async () => {
    const seen: string[] = [];
    const probe: Command = {
      name: 'kubectl', summary: 'probe',
      run: (ctx) => {
        seen.push(JSON.stringify({ argv: ctx.argv, stdin: ctx.stdin, tty: ctx.terminal.isTTY, ns: ctx.env.get('NS') }));
        ctx.stdout.write('ok\n');
        return Promise.resolve(0);
      },
    };
    const t = testShell({ commands: [probe] });
    await t.run('export NS=dev; k get pods -n "$NS" <<EOF\napiVersion: v1\nEOF');
    expect(seen).toEqual([JSON.stringify({ argv: ['kubectl', 'get', 'pods', '-n', 'dev'], stdin: 'apiVersion: v1\n', tty: false, ns: 'dev' })]);
  });

  it('a command that throws becomes a message, not an exception', async () => {
    const broken: Command = { name: 'boom', summary: 'x', run: () => Promise.reject(new Error('bug')) };
    const t = testShell({ commands: [broken] });
    expect(await t.run('boom; echo next')).toEqual({ out: 'bash: boom: internal error: bug\nnext\n', status: 0 });
  });

  it('runs a 10 kB line', async () => {
    const t = testShell();
    const word = 'x'.repeat(10000);
    expect((await t.run(`echo ${word} | wc -c`)).out).toBe('10001\n');
  });

  it('pasted control characters are ordinary word characters', async () => {
    const t = testShell();
    const r = await t.run('echo a\x01b\x7f');
    expect(r).toEqual({ out: 'a\x01b\x7f\n', status: 0 });
  });

  it('timeout ends a waiting command at the simulated deadline with 124', async () => {
    const t = testShell();
    const start = t.time.now();
    expect(await t.run('timeout 5 sleep 60; echo $?')).toEqual({ out: '124\n', status: 0 });
    expect(t.time.now() - start).toBe(5000);
  });

  it('watch redraws every interval until its timeout', async () => {
    const t = testShell();
    const r = await t.run('timeout 5 watch -n 2 date +%T');
    const frame = (time: string, clock: string): string => `Every 2.0s: date +%T${' '.repeat(80 - 20 - clock.length)}${clock}\n\n${time}\n`;
    expect(r.out).toBe(frame('00:00:00', 'controlplane: Thu Jan  1 00:00:00 2026') + frame('00:00:02', 'controlplane: Thu Jan  1 00:00:02 2026') + frame('00:00:04', 'controlplane: Thu Jan  1 00:00:04 2026'));
    expect(r.status).toBe(124);
  });

  it('vi opens the editor hook and saves what it returns', async () => {
    const t = testShell({ files: { 'a.txt': 'one\n' } });
    await t.run('vi a.txt');
    expect(t.fs.readFile('a.txt')).toEqual({ ok: true, value: 'one\nedited\n' });
  });

  it('serialize and restore keep variables, aliases, cwd and history', async () => {
    const t = testShell();
    await t.run('mkdir w; cd w; export A=1; alias g=grep');
    const snap = t.shell.serialize();
    const u = testShell();
    u.fs.mkdir('/root/w');
    u.shell.restore(JSON.parse(JSON.stringify(snap)) as typeof snap);
    expect(await u.run('pwd; echo $A; alias g; history 1')).toEqual({ out: "/root/w\n1\nalias g='grep'\n    2  pwd; echo $A; alias g; history 1\n", status: 0 });
  });
});
