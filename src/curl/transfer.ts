/**
 * One transfer, planned before it is printed: resolve, connect, wait, answer — with curl's
 * exit code and error text for each way it can end, and the simulated time it takes.
 * Timeouts: `--max-time` during connect → `Connection timed out after N milliseconds`;
 * `--connect-timeout` → `Failed to connect to H port P after N ms: Timeout was reached`;
 * neither → the kernel gives up after its SYN retries (about 130 s), exit 28 as curl 8 reports it.
 * curl reports one millisecond past the limit (its timer fires on the next tick).
 */
import type { ClusterNetwork, HttpResponse } from '../engine/index';
import type { CurlOptions } from './options';
import type { CurlUrl } from './url';
import { CERT_PROBLEM, apiServerAnswer } from './apiserver';

/** The version curl claims (Ubuntu 24.04's, as in a `curlimages/curl`-style client pod). */
export const CURL_VERSION = '8.5.0';
/** How long Linux retries a SYN nobody answers before connect() fails (tcp_syn_retries=6). */
export const KERNEL_CONNECT_TIMEOUT_MS = 130_000;
/** The address requests leave from: the control-plane node the lab's shell runs on. */
export const CLIENT_IP = '172.18.0.2';

/** Everything needed to print one transfer. */
export interface TransferPlan {
  exitCode: number;
  /** curl's message for `curl: (N) …` (empty on success). */
  error: string;
  /** Simulated time the transfer takes. */
  waitMs: number;
  /** The address connected to (or tried). */
  ip?: string;
  connected: boolean;
  method: string;
  requestHeaders: [string, string][];
  response?: HttpResponse;
  /** Verbose lines after the attempt: why it failed. */
  failureInfo: string[];
  /** Set when the failure happened before any meter update (resolve failures). */
  beforeConnect: boolean;
}

/** The request line's method: -X wins, then -I (HEAD), -d (POST), else GET. */
export function methodOf(o: CurlOptions): string {
  return o.method ?? (o.head ? 'HEAD' : o.data !== undefined && !o.get ? 'POST' : 'GET');
}

/** Request headers in curl's order: Host, User-Agent, Accept, then -H (which may replace or, with `Name:`, remove). */
export function requestHeaders(o: CurlOptions, url: CurlUrl): [string, string][] {
  const hs: [string, string][] = [['Host', url.hostHeader], ['User-Agent', o.userAgent ?? `curl/${CURL_VERSION}`], ['Accept', '*/*']];
  if (o.data !== undefined && !o.get) hs.push(['Content-Length', String(o.data.length)], ['Content-Type', 'application/x-www-form-urlencoded']);
  for (const h of o.headers) {
    const i = h.indexOf(':');
    if (i <= 0) continue;
    const name = h.slice(0, i).trim(), value = h.slice(i + 1).trim();
    const at = hs.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
    if (value === '') { if (at >= 0) hs.splice(at, 1); continue; }
    if (at >= 0) hs[at] = [name, value];
    else hs.push([name, value]);
  }
  return hs;
}

/** Plans a timeout while connecting to an address that never answers. */
function unreachable(o: CurlOptions, url: CurlUrl, ip: string, base: Omit<TransferPlan, 'exitCode' | 'error' | 'waitMs' | 'failureInfo'>): TransferPlan {
  const maxMs = o.maxTime !== undefined && o.maxTime > 0 ? Math.round(o.maxTime * 1000) : undefined;
  const connMs = o.connectTimeout !== undefined && o.connectTimeout > 0 ? Math.round(o.connectTimeout * 1000) : undefined;
  const limit = Math.min(maxMs ?? Infinity, connMs ?? Infinity, KERNEL_CONNECT_TIMEOUT_MS);
  if (limit === KERNEL_CONNECT_TIMEOUT_MS) {
    const msg = `Failed to connect to ${url.host} port ${url.port} after ${limit + 1} ms: Couldn't connect to server`;
    return { ...base, exitCode: 28, error: msg, waitMs: limit + 1, failureInfo: [`connect to ${ip} port ${url.port} failed: Connection timed out`, msg] };
  }
  const msg = limit === maxMs
    ? `Connection timed out after ${limit + 1} milliseconds`
    : `Failed to connect to ${url.host} port ${url.port} after ${limit + 1} ms: Timeout was reached`;
  return { ...base, exitCode: 28, error: msg, waitMs: limit + 1, failureInfo: [msg] };
}

/** Plans one transfer of `url` at the network's current time. */
export function planTransfer(network: ClusterNetwork, o: CurlOptions, url: CurlUrl, localPort: number, now = 0): TransferPlan {
  const method = methodOf(o);
  const headers = requestHeaders(o, url);
  const base = { method, requestHeaders: headers, connected: false, beforeConnect: false };
  const dns = network.resolve(url.host);
  if (!dns.ok) {
    const msg = `Could not resolve host: ${url.host}`;
    return { ...base, beforeConnect: true, exitCode: 6, error: msg, waitMs: 0, failureInfo: [msg] };
  }
  const ip = dns.ip;
  const headerMap = Object.fromEntries(headers);
  const out = network.request({ host: ip, port: url.port, path: url.path, method, headers: headerMap });
  if (out.kind === 'unresolved' || out.kind === 'refused') {
    const msg = `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`;
    return { ...base, ip, exitCode: 7, error: msg, waitMs: 0, failureInfo: [`connect to ${ip} port ${url.port} from ${CLIENT_IP} port ${localPort} failed: Connection refused`, msg] };
  }
  if (out.kind === 'unreachable') return unreachable(o, url, ip, { ...base, ip });
  const connected = { ...base, ip, connected: true };
  if (out.kind === 'apiserver') {
    const answer = apiServerAnswer(url, method, o.insecure, now, auditId(now, localPort));
    if (answer === 'untrusted') return { ...connected, exitCode: 60, error: CERT_PROBLEM, waitMs: 0, failureInfo: [CERT_PROBLEM.split('\n')[0] ?? ''] };
    return respond(o, connected, answer);
  }
  if (url.scheme === 'https') {
    const msg = 'OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number';
    return { ...connected, exitCode: 35, error: msg, waitMs: 0, failureInfo: [msg] };
  }
  return respond(o, connected, out.response);
}

/** A connected transfer that got `response`: too slow for --max-time, failed by -f, or fine. */
function respond(o: CurlOptions, connected: Omit<TransferPlan, 'exitCode' | 'error' | 'waitMs' | 'failureInfo'>, response: HttpResponse): TransferPlan {
  const maxMs = o.maxTime !== undefined && o.maxTime > 0 ? Math.round(o.maxTime * 1000) : undefined;
  if (maxMs !== undefined && response.latencyMs > maxMs) {
    const msg = `Operation timed out after ${maxMs + 1} milliseconds with 0 bytes received`;
    return { ...connected, exitCode: 28, error: msg, waitMs: maxMs + 1, failureInfo: [msg] };
  }
  const failed = (o.fail || o.failWithBody) && response.status >= 400;
  const error = failed ? `The requested URL returned error: ${response.status}` : '';
  return { ...connected, exitCode: failed ? 22 : 0, error, waitMs: response.latencyMs, response, failureInfo: failed ? [error] : [] };
}

/** An Audit-Id shaped like the API server's (a UUID), derived from the request's time and source port. */
function auditId(now: number, localPort: number): string {
  const hex = (n: number, len: number): string => (n >>> 0).toString(16).padStart(len, '0').slice(-len);
  const a = Math.floor(now / 1000), b = now % 1000;
  return `${hex(a * 2654435761, 8)}-${hex(b * 40503 + localPort, 4)}-4${hex(localPort * 31 + b, 3)}-a${hex(a ^ localPort, 3)}-${hex(localPort * 2246822519, 8)}${hex(b * 97, 4)}`;
}
