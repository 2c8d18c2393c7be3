/**
 * The built-in catalogue of the simulated registry: real images with their real tags and a
 * behaviour each (pull/start/ready/stop times, default process, logs, HTTP answer). Data, so
 * exempt from the file-size rule. Tag lists follow Docker Hub's official images.
 */
import type { ImageSpec } from './types';

/** Release lines of nginx with their last patch number (odd = mainline, even = stable). */
const NGINX_LINES: [string, number][] = [
  ['1.14', 2], ['1.15', 12], ['1.16', 1], ['1.17', 10], ['1.18', 0], ['1.19', 10], ['1.20', 2], ['1.21', 6],
  ['1.22', 1], ['1.23', 4], ['1.24', 0], ['1.25', 5], ['1.26', 3], ['1.27', 5], ['1.28', 0], ['1.29', 3],
];
const NGINX_LATEST = '1.29.3';
const NGINX_STABLE = '1.28.0';

/** Deterministic size per version, so different tags report different (plausible) sizes. */
function sizeFor(base: number, version: string): number {
  let h = 0;
  for (let i = 0; i < version.length; i++) h = (h * 31 + version.charCodeAt(i)) % 9_000_000;
  return base + h;
}

const NGINX_LOG = (v: string): string[] => [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
  `{{time}} [notice] 1#1: using the "epoll" event method`,
  `{{time}} [notice] 1#1: nginx/${v}`,
  '{{time}} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1)',
  '{{time}} [notice] 1#1: OS: Linux 6.8.0-60-generic',
  '{{time}} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
  '{{time}} [notice] 1#1: start worker processes',
  '{{time}} [notice] 1#1: start worker process 29',
  '{{time}} [notice] 1#1: start worker process 30',
];

const NGINX_BODY = '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n</body>\n</html>\n';
const SHELL_TOOLS = ['sh', '/bin/sh', 'sleep', 'echo', 'cat', 'env', 'printenv', 'true', 'false', 'ls', 'date', 'tail', 'exit'];

function nginxImages(): ImageSpec[] {
  const out: ImageSpec[] = [];
  for (const [line, last] of NGINX_LINES) {
    for (let p = 0; p <= last; p++) {
      const v = `${line}.${p}`;
      const tags = [v, `${v}-alpine`, `${v}-perl`, `${v}-alpine-slim`];
      if (p === last) tags.push(line, `${line}-alpine`, `${line}-perl`);
      if (v === NGINX_LATEST) tags.push('latest', 'mainline', '1', 'alpine', 'mainline-alpine', 'perl', '1-alpine');
      if (v === NGINX_STABLE) tags.push('stable', 'stable-alpine', 'stable-perl');
      out.push({
        repository: 'nginx', tags, pullMs: 6400, startMs: 1500, readyAfterMs: 3000, process: { kind: 'serve' },
        logs: NGINX_LOG(v), stopMs: 300, sizeBytes: sizeFor(68_000_000, v),
        binaries: ['nginx', 'nginx-debug', 'bash', 'perl', ...SHELL_TOOLS],
        http: { port: 80, status: 200, headers: { Server: `nginx/${v}`, 'Content-Type': 'text/html' }, body: NGINX_BODY, latencyMs: 1 },
      });
    }
  }
  return out;
}

const HTTPD_PATCHES = { from: 33, to: 65 };
function httpdImages(): ImageSpec[] {
  const out: ImageSpec[] = [];
  for (let p = HTTPD_PATCHES.from; p <= HTTPD_PATCHES.to; p++) {
    const v = `2.4.${p}`;
    const tags = [v, `${v}-alpine`];
    if (p === HTTPD_PATCHES.to) tags.push('2.4', '2', 'latest', 'alpine', '2.4-alpine', '2-alpine');
    out.push({
      repository: 'httpd', tags, pullMs: 5200, startMs: 900, readyAfterMs: 1500, process: { kind: 'serve' }, stopMs: 1000,
      sizeBytes: sizeFor(56_000_000, v), binaries: ['httpd', 'httpd-foreground', 'apachectl', 'bash', ...SHELL_TOOLS],
      logs: [
        "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {{ip}}. Set the 'ServerName' directive globally to suppress this message",
        "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using {{ip}}. Set the 'ServerName' directive globally to suppress this message",
        `[{{apacheTime}}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${v} (Unix) configured -- resuming normal operations`,
        "[{{apacheTime}}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'",
      ],
      http: { port: 80, status: 200, headers: { Server: `Apache/${v} (Unix)`, 'Content-Type': 'text/html' }, body: '<html><body><h1>It works!</h1></body></html>\n', latencyMs: 1 },
    });
  }
  return out;
}

const BUSYBOX_VERSIONS = ['1.28.0', '1.28.4', '1.29.3', '1.30.1', '1.31.1', '1.32.1', '1.33.1', '1.34.1', '1.35.0', '1.36.0', '1.36.1', '1.37.0'];
function busyboxImages(): ImageSpec[] {
  return BUSYBOX_VERSIONS.map((v) => {
    const line = v.split('.').slice(0, 2).join('.');
    const isLastOfLine = !BUSYBOX_VERSIONS.some((x) => x !== v && x.startsWith(`${line}.`) && x > v);
    const tags = [v, `${v}-musl`, `${v}-glibc`, `${v}-uclibc`];
    if (isLastOfLine) tags.push(line);
    if (v === '1.37.0') tags.push('latest', 'stable', 'musl', 'glibc', 'uclibc', '1');
    return {
      repository: 'busybox', tags, pullMs: 1500, startMs: 400, readyAfterMs: 0,
      // CMD ["sh"]: with no stdin attached, sh reads EOF and exits 0 at once.
      process: { kind: 'exit', afterMs: 0, exitCode: 0 }, logs: [],
      // sh as PID 1 ignores SIGTERM: the container runs until the grace period kills it.
      stopMs: 3_600_000, sizeBytes: sizeFor(2_150_000, v),
      binaries: ['sh', '/bin/sh', 'sleep', 'echo', 'cat', 'env', 'printenv', 'true', 'false', 'ls', 'date', 'tail', 'wget', 'nc', 'nslookup', 'top', 'ps', 'httpd', 'exit'],
    };
  });
}

const REDIS_LINES: [string, number][] = [['6.0', 20], ['6.2', 14], ['7.0', 15], ['7.2', 5], ['7.4', 2]];
function redisImages(): ImageSpec[] {
  const out: ImageSpec[] = [];
  for (const [line, last] of REDIS_LINES) {
    for (let p = 0; p <= last; p++) {
      const v = `${line}.${p}`;
      const tags = [v, `${v}-alpine`, `${v}-bookworm`];
      if (p === last) tags.push(line, `${line}-alpine`);
      if (line === '6.2' && p === last) tags.push('6', '6-alpine');
      if (line === '7.4' && p === last) tags.push('7', '7-alpine', 'latest', 'alpine');
      out.push({
        repository: 'redis', tags, pullMs: 4800, startMs: 700, readyAfterMs: 1000, process: { kind: 'serve' }, stopMs: 300,
        sizeBytes: sizeFor(40_000_000, v), binaries: ['redis-server', 'redis-cli', 'docker-entrypoint.sh', 'bash', ...SHELL_TOOLS],
        logs: [
          '1:C {{redisTime}} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
          `1:C {{redisTime}} # Redis version=${v}, bits=64, commit=00000000, modified=0, pid=1, just started`,
          '1:C {{redisTime}} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
          '1:M {{redisTime}} * Running mode=standalone, port=6379.',
          '1:M {{redisTime}} * Server initialized',
          '1:M {{redisTime}} * Ready to accept connections tcp',
        ],
      });
    }
  }
  return out;
}

const PERL_VERSIONS: [string, number][] = [['5.30', 3], ['5.32', 1], ['5.34', 3], ['5.36', 3], ['5.38', 4], ['5.40', 2]];
function perlImages(): ImageSpec[] {
  const out: ImageSpec[] = [];
  for (const [line, last] of PERL_VERSIONS) {
    for (let p = 0; p <= last; p++) {
      const v = `${line}.${p}`;
      const tags = [v, `${v}-slim`, `${v}-bookworm`];
      if (p === last) tags.push(line, `${line}-slim`);
      if (line === '5.40' && p === last) tags.push('latest', 'slim', 'stable', '5', '5-slim', 'bookworm');
      out.push({
        repository: 'perl', tags, pullMs: 9000, startMs: 500, readyAfterMs: 0,
        // CMD ["perl5.x", "-de0"]: the debugger finds no terminal on stdin and exits 0.
        process: { kind: 'exit', afterMs: 0, exitCode: 0 },
        logs: [
          '', `Loading DB routines from perl5db.pl version 1.${line === '5.40' ? '80' : '77'}`, 'Editor support available.', '',
          "Enter h or 'h h' for help, or 'man perldebug' for more help.", '', 'main::(-e:1):\t0',
        ],
        stopMs: 3_600_000, sizeBytes: sizeFor(330_000_000, v), binaries: ['perl', `perl${v}`, 'bash', 'cpan', ...SHELL_TOOLS],
      });
    }
  }
  return out;
}

const DEMO_BODY = 'kubelab demo {{version}} served by {{pod}}\n';
function demoImage(tag: string, extra: Partial<ImageSpec> = {}): ImageSpec {
  return {
    repository: 'kubelab/demo', tags: [tag], pullMs: 3500, startMs: 1000, readyAfterMs: 5000, process: { kind: 'serve' }, stopMs: 1000,
    sizeBytes: sizeFor(12_000_000, tag), binaries: ['demo', ...SHELL_TOOLS],
    logs: [`kubelab demo ${tag} starting`, `kubelab demo ${tag} listening on :8080`],
    http: { port: 8080, status: 200, headers: { Server: `kubelab-demo/${tag}`, 'Content-Type': 'text/plain' }, body: DEMO_BODY, latencyMs: 2 },
    ...extra,
  };
}

/** Every built-in image, in a stable order (later entries win on tag clashes). */
export function builtinImages(): ImageSpec[] {
  return [
    ...nginxImages(), ...httpdImages(), ...busyboxImages(), ...redisImages(), ...perlImages(),
    demoImage('v1'), demoImage('v2'), demoImage('v3'), demoImage('latest'),
    demoImage('v-broken', { readyAfterMs: null, logs: ['kubelab demo v-broken starting', 'error: cannot reach config service; not ready'] }),
    demoImage('v-crash', { process: { kind: 'exit', afterMs: 2000, exitCode: 1 }, logs: ['kubelab demo v-crash starting', 'panic: missing DATABASE_URL'] }),
    demoImage('v-slow', { readyAfterMs: 20_000 }),
  ];
}
