/**
 * createCurl: the `curl` command of the lab, sending requests into the simulated cluster as a
 * client pod in namespace `default` would (so `web`, `web.default.svc.cluster.local`, cluster
 * IPs, pod IPs and NodePorts all work). Output, verbose lines, the progress meter, write-out,
 * error wording and exit codes follow curl 8.5. Each transfer takes its simulated time
 * (the server's latency, or the timeout) on the lab's clock.
 *
 * The progress meter is printed exactly when curl prints it: not -s/--no-progress-meter, and
 * the body does not go to the terminal (stdout piped or redirected, or -o FILE). In the
 * browser a plain `curl web` therefore shows no meter; transcripts, whose stdout is not a
 * terminal, show it unless they use -s.
 */
import type { ClusterNetwork } from '../engine/index';
import type { Command, CommandContext, CompletionRequest } from '../shell/command';
import { CURL_HELP, CURL_VERSION_TEXT } from './help';
import { METER_HEADER, ZERO_LINE, meterLine } from './meter';
import { longOptionNames, parseCurlArgs, usageError, type CurlOptions } from './options';
import { CLIENT_IP, planTransfer, type TransferPlan } from './transfer';
import { parseCurlUrl, type CurlUrl } from './url';
import { renderWriteOut, type TransferInfo } from './writeOut';

/** What the lab passes: the cluster's network. */
export interface CurlDeps {
  network: ClusterNetwork;
}

/** First ephemeral source port (Linux ip_local_port_range starts at 32768). */
const EPHEMERAL_BASE = 32768;

/** Builds the `curl` command. */
export function createCurl(deps: CurlDeps): Command {
  let nextPort = EPHEMERAL_BASE + 10_000;
  return {
    name: 'curl',
    summary: 'transfer a URL',
    async run(ctx) {
      const parsed = parseCurlArgs(ctx.argv.slice(1));
      if (!parsed.ok) { ctx.stderr.write(usageError(parsed.message)); return 2; }
      const o = parsed.options;
      if (o.help) { ctx.stdout.write(CURL_HELP); return 0; }
      if (o.version) { ctx.stdout.write(CURL_VERSION_TEXT); return 0; }
      if (o.urls.length === 0) { ctx.stderr.write("curl: try 'curl --help' or 'curl --manual' for more information\n"); return 2; }
      const format = o.writeOut === undefined ? undefined : readFormat(o.writeOut, ctx);
      let code = 0;
      for (const raw of o.urls) {
        const port = nextPort;
        nextPort = nextPort >= 60999 ? EPHEMERAL_BASE : nextPort + 1;
        code = await transfer(deps.network, o, raw, format, port, ctx);
        if (code === 130) return code;
      }
      return code;
    },
    complete(req: CompletionRequest) {
      const word = req.words[req.words.length - 1] ?? '';
      return word.startsWith('--') ? longOptionNames().filter((n) => n.startsWith(word)) : [];
    },
  };
}

/** -G: the data becomes (or extends) the query. */
function withQuery(url: CurlUrl, data: string): CurlUrl {
  const path = `${url.path}${url.path.includes('?') ? '&' : '?'}${data}`;
  return { ...url, path, effective: `${url.scheme}://${url.hostHeader}${path}` };
}

/** -O: the URL path's last segment, without the query ('' for a path ending in `/`). */
function remoteFileName(url: CurlUrl): string {
  const path = url.path.replace(/\?.*$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `-w @file` reads the format from a file (`@-`: stdin). */
function readFormat(w: string, ctx: CommandContext): string {
  if (!w.startsWith('@')) return w;
  if (w === '@-') return ctx.stdin;
  const r = ctx.fs.readFile(w.slice(1));
  return r.ok ? r.value : '';
}

const shows = (o: CurlOptions): boolean => !o.silent || o.showError;

/** Runs one URL: prints what curl prints, waits the transfer's simulated time, returns its exit code. */
async function transfer(network: ClusterNetwork, o: CurlOptions, raw: string, format: string | undefined, localPort: number, ctx: CommandContext): Promise<number> {
  const parsedUrl = parseCurlUrl(raw);
  if (!parsedUrl.ok) {
    if (shows(o)) ctx.stderr.write(`curl: (${parsedUrl.error.code}) ${parsedUrl.error.message}\n`);
    return parsedUrl.error.code;
  }
  const url = o.get && o.data !== undefined ? withQuery(parsedUrl.url, o.data) : parsedUrl.url;
  const remote = o.remoteName && o.output === undefined ? remoteFileName(url) : undefined;
  if (remote === '') {
    if (shows(o)) ctx.stderr.write('curl: Remote file name has no length!\ncurl: (23) Failed writing received data to disk/application\n');
    return 23;
  }
  if (remote !== undefined) o = { ...o, output: remote };
  const toFile = o.output !== undefined && o.output !== '-';
  const meter = !o.silent && !o.noProgressMeter && (toFile || !ctx.terminal.isTTY);
  const plan = planTransfer(network, o, url, localPort, ctx.time.now());
  const err = ctx.stderr;
  if (meter) err.write(`${METER_HEADER}\r${ZERO_LINE}`);
  if (o.verbose && plan.ip !== undefined) verboseConnect(err, url, plan);
  if (plan.waitMs > 0 && (await ctx.time.sleep(plan.waitMs, ctx.interrupt)) === 'interrupted') return 130;
  const failedHttp = plan.exitCode === 22;
  if (plan.response && (plan.exitCode === 0 || (failedHttp && o.failWithBody))) {
    const wrote = writeResponse(o, plan, toFile, meter, ctx);
    if (wrote !== 0) return finish(o, { ...plan, exitCode: wrote, error: 'Failure writing output to destination' }, url, format, localPort, ctx);
  } else {
    if (failedHttp && o.verbose) verboseResponse(plan, toFile, ctx);
    if (meter && !plan.beforeConnect) err.write(`\r${meterLine({ total: headerValue(plan, 'content-length'), received: 0, elapsedMs: plan.waitMs })}\n`);
  }
  if (o.verbose) {
    for (const line of plan.failureInfo) err.write(`* ${line}\n`);
    const kept = plan.exitCode === 0 && plan.response?.protocol !== 'HTTP/1.0';
    err.write(kept ? `* Connection #0 to host ${url.host} left intact\n` : '* Closing connection\n');
  }
  return finish(o, plan, url, format, localPort, ctx);
}

function headerValue(plan: TransferPlan, name: string): number {
  return Number(plan.response?.headers.find(([k]) => k.toLowerCase() === name)?.[1] ?? 0) || 0;
}

/** The error line (unless silenced) and the write-out; returns the exit code. */
function finish(o: CurlOptions, plan: TransferPlan, url: CurlUrl, format: string | undefined, localPort: number, ctx: CommandContext): number {
  if (plan.exitCode !== 0 && shows(o)) ctx.stderr.write(`curl: (${plan.exitCode}) ${plan.error}\n`);
  if (format !== undefined) {
    for (const piece of renderWriteOut(format, transferInfo(o, plan, url, localPort))) (piece.stream === 'stdout' ? ctx.stdout : ctx.stderr).write(piece.text);
  }
  return plan.exitCode;
}

/** `*   Trying`, `* Connected to` and the request lines. */
function verboseConnect(err: CommandContext['stderr'], url: CurlUrl, plan: TransferPlan): void {
  err.write(`*   Trying ${plan.ip ?? ''}:${url.port}...\n`);
  if (!plan.connected) return;
  err.write(`* Connected to ${url.host} (${plan.ip ?? ''}) port ${url.port}\n`);
  if (plan.exitCode === 35) return;
  err.write(`> ${plan.method} ${url.path} HTTP/1.1\r\n`);
  for (const [k, v] of plan.requestHeaders) err.write(`> ${k}: ${v}\r\n`);
  err.write('> \r\n');
}

/** Status line and headers as received, CRLF-terminated. */
function headerBlock(plan: TransferPlan): string {
  const r = plan.response;
  if (!r) return '';
  return `${r.protocol ?? 'HTTP/1.1'} ${r.status} ${r.reason}\r\n${r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

/** The `< ` response lines and, when the body does not go to the terminal, `{ [N bytes data]`. */
function verboseResponse(plan: TransferPlan, toFile: boolean, ctx: CommandContext): void {
  const r = plan.response;
  if (!r) return;
  for (const line of headerBlock(plan).split('\r\n').slice(0, -1)) ctx.stderr.write(`< ${line}\r\n`);
  if (r.body.length > 0 && (toFile || !ctx.terminal.isTTY)) ctx.stderr.write(`{ [${r.body.length} bytes data]\n`);
}

/** Writes headers (-i/-I) and body to stdout or the -o file; returns 23 when the file cannot be written. */
function writeResponse(o: CurlOptions, plan: TransferPlan, toFile: boolean, meter: boolean, ctx: CommandContext): number {
  const r = plan.response;
  if (!r) return 0;
  const head = headerBlock(plan);
  if (o.verbose) verboseResponse(plan, toFile, ctx);
  const text = (o.include || o.head ? head : '') + r.body;
  if (toFile) {
    const res = ctx.fs.writeFile(o.output ?? '', text);
    if (!res.ok) {
      if (!o.silent) ctx.stderr.write(`Warning: Failed to create the file ${o.output ?? ''}: ${res.error === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
      return 23;
    }
  } else ctx.stdout.write(text);
  const size = r.body.length;
  if (meter) ctx.stderr.write(`\r${meterLine({ total: size, received: size, elapsedMs: plan.waitMs })}\n`);
  return 0;
}

function transferInfo(o: CurlOptions, plan: TransferPlan, url: CurlUrl, localPort: number): TransferInfo {
  const r = plan.response;
  return {
    status: plan.exitCode === 0 || plan.exitCode === 22 ? r?.status ?? 0 : 0, exitCode: plan.exitCode, errorMessage: plan.error,
    elapsedMs: plan.waitMs, connectMs: 0, sizeDownload: plan.exitCode === 0 ? r?.body.length ?? 0 : 0, sizeHeader: plan.exitCode === 0 ? headerBlock(plan).length : 0,
    sizeRequest: `${plan.method} ${url.path} HTTP/1.1\r\n${plan.requestHeaders.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`.length,
    remoteIP: plan.connected ? plan.ip ?? '' : '', remotePort: plan.connected ? url.port : undefined,
    localIP: plan.connected ? CLIENT_IP : '', localPort: plan.connected ? localPort : undefined,
    url: url.effective, urlEffective: url.effective, method: plan.method, scheme: url.scheme,
    contentType: r?.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '', headers: r?.headers ?? [],
    connected: plan.connected, filename: o.output ?? '',
  };
}
