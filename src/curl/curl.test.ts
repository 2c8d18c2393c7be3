import { describe, expect, it } from 'vitest';
import type { ClusterNetwork, HttpOutcome, HttpRequest } from '../engine/index';
import type { CommandContext, Interrupt } from '../shell/command';
import { memFs } from '../kubectl/testing/harness';
import { createCurl } from './index';

const T0 = Date.UTC(2026, 0, 1);
const BODY = 'kubelab demo v1 served by web-6cf546fd6f-xsnmq\n';
const HEADERS: [string, string][] = [['Server', 'kubelab-demo/v1'], ['Date', 'Thu, 01 Jan 2026 00:00:20 GMT'], ['Content-Type', 'text/plain'], ['Content-Length', String(BODY.length)], ['Connection', 'keep-alive']];

/** A network where `web` is 10.96.0.12 and each host answers as `routes` says. */
function fakeNetwork(routes: Record<string, 'ok' | 'refused' | 'unreachable' | 'slow' | 'error'>): ClusterNetwork & { seen: HttpRequest[] } {
  const seen: HttpRequest[] = [];
  const names: Record<string, string> = { web: '10.96.0.12', slow: '10.96.0.13', broken: '10.96.0.14', gone: '10.96.0.15', nothing: '10.96.0.16' };
  const byIP = Object.fromEntries(Object.entries(names).map(([k, v]) => [v, k]));
  return {
    seen,
    resolve: (host) => (names[host] ? { ok: true, ip: names[host], target: 'service' } : /^\d+\.\d+\.\d+\.\d+$/.test(host) ? { ok: true, ip: host, target: 'ip' } : { ok: false }),
    request(req): HttpOutcome {
      seen.push(req);
      const kind = routes[byIP[req.host] ?? req.host] ?? 'unreachable';
      if (kind === 'refused' || kind === 'unreachable') return { kind, ip: req.host, port: req.port };
      const status = kind === 'error' ? 500 : 200;
      const response = { status, reason: status === 200 ? 'OK' : 'Internal Server Error', headers: HEADERS, body: req.method === 'HEAD' ? '' : BODY, latencyMs: kind === 'slow' ? 3_000 : 2 };
      return { kind: 'response', ip: req.host, port: req.port, response, servedBy: { pod: 'web-1', namespace: 'default', node: 'worker-1', podIP: '10.244.1.2', container: 'demo', image: 'kubelab/demo:v1', version: 'v1' } };
    },
  };
}

interface Run { out: string; err: string; both: string; code: number; slept: number }

/** Runs one curl command line against `net`. */
async function curl(args: string[], net: ClusterNetwork, o: { tty?: boolean; abortAfter?: number; readOnly?: boolean } = {}): Promise<Run & { fs: ReturnType<typeof memFs> }> {
  let out = '', err = '', both = '', slept = 0;
  const mem = memFs();
  const fs = o.readOnly ? { ...mem, writeFile: () => ({ ok: false as const, error: 'ENOENT' as const }) } : mem;
  let aborted = false;
  const interrupt: Interrupt = { get aborted() { return aborted; }, onAbort: () => () => undefined };
  const ctx: CommandContext = {
    argv: ['curl', ...args], stdin: '', env: new Map(), fs, editor: () => Promise.resolve(null),
    stdout: { write: (t) => { out += t; both += t; } }, stderr: { write: (t) => { err += t; both += t; } },
    terminal: { columns: 120, isTTY: o.tty ?? true }, interrupt,
    time: {
      now: () => T0 + slept,
      sleep: (ms) => {
        if (o.abortAfter !== undefined && ms > o.abortAfter) { aborted = true; slept += o.abortAfter; return Promise.resolve('interrupted'); }
        slept += ms;
        return Promise.resolve('elapsed');
      },
      waitFor: () => Promise.resolve('ready'),
    },
  };
  const code = await createCurl({ network: net }).run(ctx);
  return { out, err, both, code, slept, fs };
}

const net = () => fakeNetwork({ web: 'ok', slow: 'slow', broken: 'error', gone: 'refused', nothing: 'unreachable' });

describe('curl against the cluster network', () => {
  it('prints the body, waits the answer\'s latency, exits 0', async () => {
    expect(await curl(['web'], net())).toMatchObject({ out: BODY, err: '', code: 0, slept: 2 });
  });

  it('-i puts the status line and headers first, CRLF-terminated', async () => {
    const r = await curl(['-i', 'web'], net());
    expect(r.out).toBe(`HTTP/1.1 200 OK\r\n${HEADERS.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${BODY}`);
  });

  it('-I sends HEAD and prints only the headers', async () => {
    const n = net();
    const r = await curl(['-I', 'web'], n);
    expect(n.seen[0]?.method).toBe('HEAD');
    expect(r.out).toBe(`HTTP/1.1 200 OK\r\n${HEADERS.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`);
  });

  it('-v shows the connection, the request and the response on stderr', async () => {
    const r = await curl(['-v', 'web'], net());
    expect(r.err).toBe([
      '*   Trying 10.96.0.12:80...\n', '* Connected to web (10.96.0.12) port 80\n',
      '> GET / HTTP/1.1\r\n', '> Host: web\r\n', '> User-Agent: curl/8.5.0\r\n', '> Accept: */*\r\n', '> \r\n',
      '< HTTP/1.1 200 OK\r\n', ...HEADERS.map(([k, v]) => `< ${k}: ${v}\r\n`), '< \r\n',
      '* Connection #0 to host web left intact\n',
    ].join(''));
    expect(r.out).toBe(BODY);
  });

  it('-v shows -X, -A, -H and -d in the request', async () => {
    const r = await curl(['-v', '-X', 'PUT', '-A', 'probe/1', '-H', 'Accept: text/plain', '-H', 'X-Trace: 7', '-d', 'a=1', 'web:80/x'], net());
    expect(r.err).toContain('> PUT /x HTTP/1.1\r\n> Host: web\r\n> User-Agent: probe/1\r\n> Accept: text/plain\r\n> Content-Length: 3\r\n> Content-Type: application/x-www-form-urlencoded\r\n> X-Trace: 7\r\n> \r\n');
  });

  it('-v -f still shows the failed response\'s headers', async () => {
    const r = await curl(['-v', '-f', 'broken'], net());
    expect(r.err).toContain('< HTTP/1.1 500 Internal Server Error\r\n');
    expect(r.err.endsWith('* The requested URL returned error: 500\n* Closing connection\ncurl: (22) The requested URL returned error: 500\n')).toBe(true);
    expect(r.out).toBe('');
  });

  it('shows the progress meter on stderr when stdout is not a terminal', async () => {
    const r = await curl(['web'], net(), { tty: false });
    expect(r.err).toBe('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n' +
      '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0' +
      '\r100    47  100    47    0     0  23500      0 --:--:-- --:--:-- --:--:-- 23500\n');
  });

  it('-o writes the body to a file, and shows the meter even on a terminal', async () => {
    const r = await curl(['-o', 'page.txt', 'web'], net());
    expect(r.fs.readFile('page.txt')).toEqual({ ok: true, value: BODY });
    expect(r.out).toBe('');
    expect(r.err).toContain('100    47  100    47');
  });

  it('-o into a missing directory fails with 23', async () => {
    const r = await curl(['-o', '/nope/dir/x', 'web'], net(), { readOnly: true });
    expect(r.code).toBe(23);
    expect(r.err).toContain('Warning: Failed to create the file /nope/dir/x: No such file or directory\ncurl: (23) Failure writing output to destination\n');
    const quiet = await curl(['-sS', '-o', '/nope/dir/x', 'web'], net(), { readOnly: true });
    expect(quiet.err).toBe('curl: (23) Failure writing output to destination\n');
  });

  it.each([
    { name: 'refused', args: ['gone'], code: 7, err: "curl: (7) Failed to connect to gone port 80 after 0 ms: Couldn't connect to server\n", slept: 0 },
    { name: 'unknown host', args: ['nope'], code: 6, err: 'curl: (6) Could not resolve host: nope\n', slept: 0 },
    { name: '--max-time while connecting', args: ['--max-time', '5', 'nothing'], code: 28, err: 'curl: (28) Connection timed out after 5001 milliseconds\n', slept: 5001 },
    { name: '--connect-timeout', args: ['--connect-timeout', '2', 'nothing'], code: 28, err: 'curl: (28) Failed to connect to nothing port 80 after 2001 ms: Timeout was reached\n', slept: 2001 },
    { name: 'no timeout: the kernel gives up', args: ['nothing'], code: 28, err: "curl: (28) Failed to connect to nothing port 80 after 130001 ms: Couldn't connect to server\n", slept: 130_001 },
    { name: 'slow answer past --max-time', args: ['-m', '1', 'slow'], code: 28, err: 'curl: (28) Operation timed out after 1001 milliseconds with 0 bytes received\n', slept: 1001 },
    { name: '-f on a 500', args: ['-f', 'broken'], code: 22, err: 'curl: (22) The requested URL returned error: 500\n', slept: 2 },
    { name: 'https to a plain-HTTP port', args: ['https://web:80/'], code: 35, err: 'curl: (35) OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number\n', slept: 0 },
    { name: 'unsupported scheme', args: ['gopher2://web'], code: 1, err: 'curl: (1) Protocol "gopher2" not supported\n', slept: 0 },
    { name: 'bad port', args: ['web:70000'], code: 3, err: 'curl: (3) URL using bad/illegal format or missing URL\n', slept: 0 },
  ])('$name → exit $code', async ({ args, code, err, slept }) => {
    const r = await curl(args, net());
    expect({ code: r.code, err: r.err, out: r.out, slept: r.slept }).toEqual({ code, err, out: '', slept });
    const quiet = await curl(['-s', ...args], net());
    expect({ code: quiet.code, err: quiet.err }).toEqual({ code, err: '' });
    const shown = await curl(['-sS', ...args], net());
    expect(shown.err).toBe(err);
  });

  it.each([
    { name: 'status code', w: '%{http_code}\\n', host: 'web', out: '200\n' },
    { name: 'status code of a failure is 000', w: '%{http_code}\\n', host: 'gone', out: '000\n' },
    { name: 'several variables', w: '%{remote_ip}:%{remote_port} %{size_download} %{content_type} %{url_effective} %{method} %{scheme}', host: 'web', out: `10.96.0.12:80 ${BODY.length} text/plain http://web/ GET HTTP` },
    { name: 'times in seconds', w: '%{time_total}', host: 'web', out: '0.002000' },
    { name: 'a response header', w: '%header{server}', host: 'web', out: 'kubelab-demo/v1' },
    { name: 'exit code and message', w: '%{exitcode} %{errormsg}', host: 'gone', out: "7 Failed to connect to gone port 80 after 0 ms: Couldn't connect to server" },
    { name: 'percent and tab escapes', w: '100%%\\t%{http_code}', host: 'web', out: '100%\t200' },
  ])('-w $name', async ({ w, host, out }) => {
    const r = await curl(['-s', '-o', '/dev/null', '-w', w, host], net());
    expect(r.out).toBe(out);
  });

  it('-w with an unknown variable says so on stderr and goes on', async () => {
    const r = await curl(['-s', '-o', '/dev/null', '-w', '%{nope}|%{http_code}', 'web'], net());
    expect([r.out, r.err]).toEqual(['|200', "curl: unknown --write-out variable: 'nope'\n"]);
  });

  it('-w %{stderr} switches the stream', async () => {
    const r = await curl(['-s', '-o', '/dev/null', '-w', 'a%{stderr}b', 'web'], net());
    expect([r.out, r.err]).toEqual(['a', 'b']);
  });

  it('several URLs run in order; the exit code is the last one\'s', async () => {
    const r = await curl(['-sS', 'gone', 'web'], net());
    expect(r.both).toBe(`curl: (7) Failed to connect to gone port 80 after 0 ms: Couldn't connect to server\n${BODY}`);
    expect(r.code).toBe(0);
  });

  it('Ctrl-C during a long wait exits 130 without a message', async () => {
    const r = await curl(['nothing'], net(), { abortAfter: 1000 });
    expect({ code: r.code, err: r.err }).toEqual({ code: 130, err: '' });
  });

  it.each([
    { name: 'no URL', args: [], code: 2, err: "curl: try 'curl --help' or 'curl --manual' for more information\n" },
    { name: 'option mistake', args: ['--max-time=5', 'web'], code: 2, err: "curl: option --max-time=5: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n" },
  ])('$name → exit 2', async ({ args, code, err }) => {
    expect(await curl(args, net())).toMatchObject({ code, err, out: '' });
  });

  it('-O names the file after the URL\'s last segment; a URL ending in / has no name', async () => {
    const r = await curl(['-sO', 'web/hello.txt?x=1'], net());
    expect([r.code, r.fs.readFile('hello.txt')]).toEqual([0, { ok: true, value: BODY }]);
    const bad = await curl(['-O', 'web/'], net());
    expect([bad.code, bad.err]).toEqual([23, 'curl: Remote file name has no length!\ncurl: (23) Failed writing received data to disk/application\n']);
  });

  it('-G sends -d data as the query of a GET', async () => {
    const n = net();
    const r = await curl(['-s', '-G', '-d', 'a=1', '-w', '%{url_effective}', '-o', '/dev/null', 'web:8080/x'], n);
    expect([n.seen[0]?.method, n.seen[0]?.path, r.out]).toEqual(['GET', '/x?a=1', 'http://web:8080/x?a=1']);
  });

  it('Tab completes long options', () => {
    const cmd = createCurl({ network: net() });
    expect(cmd.complete?.({ words: ['curl', '--max'], fs: memFs() })).toEqual(['--max-redirs', '--max-time']);
    expect(cmd.complete?.({ words: ['curl', 'we'], fs: memFs() })).toEqual([]);
  });

  it('--help and --version print to stdout', async () => {
    expect((await curl(['--help'], net())).out).toMatch(/^Usage: curl \[options\.\.\.\] <url>\n/);
    expect((await curl(['-V'], net())).out).toMatch(/^curl 8\.5\.0 \(x86_64-pc-linux-gnu\)/);
  });
});
