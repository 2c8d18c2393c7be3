/**
 * What a container's process does: the image's default, or the pod spec's command/args
 * interpreted for the handful of programs labs use (`sleep 3600`, `sh -c '…'`, `perl -e …`,
 * `nginx -g 'daemon off;'`). An executable the image lacks fails to start as runc reports it.
 */
import type { core } from '../types/objects';
import type { ImageSpec } from './types';

/** The behaviour of one container run. */
export type ContainerProcess =
  | { kind: 'serve'; logs: string[] }
  | { kind: 'exit'; afterMs: number; exitCode: number; logs: string[] }
  /** The runtime could not start it (exit code 128, reason StartError). */
  | { kind: 'startError'; message: string };

const SERVERS = new Set(['nginx', 'nginx-debug', 'httpd', 'httpd-foreground', 'redis-server', 'demo', 'docker-entrypoint.sh']);

/** Splits a shell line into words, honouring single and double quotes. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"((?:\\.|[^"\\])*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[3] ?? '');
  return out;
}

/** Runs a tiny subset of sh: echo, sleep, exit, loops that never end. */
function runScript(script: string): ContainerProcess {
  if (/while\s+(true|:)|sleep\s+infinity|tail\s+-f/.test(script)) {
    const logs = [...script.matchAll(/echo\s+("[^"]*"|'[^']*'|[^;&|]+)/g)].slice(0, 1).map((m) => (m[1] ?? '').trim().replace(/^["']|["']$/g, ''));
    return { kind: 'serve', logs };
  }
  const logs: string[] = [];
  let afterMs = 0;
  for (const stmt of script.split(/;|&&|\n/).map((s) => s.trim()).filter(Boolean)) {
    const w = words(stmt);
    if (w[0] === 'echo') logs.push(w.slice(1).join(' '));
    else if (w[0] === 'sleep') afterMs += Number(w[1]) * 1000 || 0;
    else if (w[0] === 'exit') return { kind: 'exit', afterMs, exitCode: Number(w[1]) || 0, logs };
  }
  return { kind: 'exit', afterMs, exitCode: 0, logs };
}

/** The process a container runs, given its image and its command/args. */
export function containerProcess(spec: ImageSpec, container: core.Container): ContainerProcess {
  const argv = [...(container.command ?? []), ...(container.args ?? [])];
  if (argv.length === 0 || (container.command === undefined && spec.process.kind === 'serve')) {
    return spec.process.kind === 'serve' ? { kind: 'serve', logs: spec.logs } : { ...spec.process, logs: spec.logs };
  }
  const bin = argv[0] ?? '';
  const base = bin.split('/').pop() ?? bin;
  if (spec.binaries && !spec.binaries.includes(bin) && !spec.binaries.includes(base)) {
    return { kind: 'startError', message: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${bin}": executable file not found in $PATH: unknown` };
  }
  if (SERVERS.has(base)) return { kind: 'serve', logs: spec.logs };
  if (base === 'sleep') {
    const arg = argv[1] ?? '';
    return arg === 'infinity' ? { kind: 'serve', logs: [] } : { kind: 'exit', afterMs: (Number(arg) || 0) * 1000, exitCode: 0, logs: [] };
  }
  if ((base === 'sh' || base === 'bash') && argv[1] === '-c') return runScript(argv.slice(2).join(' '));
  if (base === 'echo') return { kind: 'exit', afterMs: 0, exitCode: 0, logs: [argv.slice(1).join(' ')] };
  if (base === 'false') return { kind: 'exit', afterMs: 0, exitCode: 1, logs: [] };
  if (base.startsWith('perl')) return perlProcess(argv);
  if (base === 'tail' && argv.includes('-f')) return { kind: 'serve', logs: [] };
  return { kind: 'exit', afterMs: 0, exitCode: 0, logs: [] };
}

/** `perl -e 'print …'`: prints its literal strings and exits 0; `perl -de0` behaves as the image default. */
function perlProcess(argv: string[]): ContainerProcess {
  const e = argv.indexOf('-e') >= 0 ? argv[argv.indexOf('-e') + 1] : argv.find((a, i) => i > 0 && /^-\w*e$/.test(argv[i - 1] ?? ''));
  const code = e ?? '';
  if (/while\s*\(\s*1\s*\)|sleep\s*\(?\s*\d{4,}/.test(code)) return { kind: 'serve', logs: [] };
  const printed = [...code.matchAll(/print\s+"([^"]*)"|print\s+'([^']*)'/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\n$/, ''));
  return { kind: 'exit', afterMs: 0, exitCode: /die|exit\s*\(?\s*[1-9]/.test(code) ? 1 : 0, logs: printed };
}
