/**
 * curl's command line: the options learners use, parsed as curl's tool_getparam.c does —
 * short options bundle (`-sS`, `-so out`), an argument may be glued (`-oout`) or follow,
 * long options never take `=value`, booleans accept `--no-` — with curl's wording for mistakes.
 */

/** Everything one curl invocation asked for. */
export interface CurlOptions {
  urls: string[];
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  fail: boolean;
  failWithBody: boolean;
  /** -k: skip certificate verification. */
  insecure: boolean;
  /** -O: write to a file named like the URL's last path segment. */
  remoteName: boolean;
  /** -G: send -d data as the query of a GET. */
  get: boolean;
  noProgressMeter: boolean;
  output?: string;
  writeOut?: string;
  /** Seconds. */
  maxTime?: number;
  /** Seconds. */
  connectTimeout?: number;
  method?: string;
  headers: string[];
  data?: string;
  userAgent?: string;
  help: boolean;
  version: boolean;
}

/** How one option is spelled and what it sets. */
interface OptionSpec {
  long: string;
  short?: string;
  /** 'bool' flags toggle; 'string'/'number' take the next word. */
  type: 'bool' | 'string' | 'number' | 'posnumber';
  apply(o: CurlOptions, v: string | number | boolean): void;
}

const flag = (long: string, short: string | undefined, apply: (o: CurlOptions, v: boolean) => void): OptionSpec =>
  ({ long, ...(short ? { short } : {}), type: 'bool', apply: (o, v) => apply(o, v === true) });
const str = (long: string, short: string | undefined, apply: (o: CurlOptions, v: string) => void): OptionSpec =>
  ({ long, ...(short ? { short } : {}), type: 'string', apply: (o, v) => apply(o, String(v)) });
const num = (long: string, short: string | undefined, apply: (o: CurlOptions, v: number) => void): OptionSpec =>
  ({ long, ...(short ? { short } : {}), type: 'posnumber', apply: (o, v) => apply(o, Number(v)) });
const ignored = (long: string, short?: string): OptionSpec => flag(long, short, () => undefined);

/**
 * The options we understand, and curl's other flags that change nothing against the lab's
 * servers (accepted, ignored); anything else answers `is unknown` as curl does for a typo.
 */
const OPTIONS: readonly OptionSpec[] = [
  flag('silent', 's', (o, v) => { o.silent = v; }),
  flag('show-error', 'S', (o, v) => { o.showError = v; }),
  flag('include', 'i', (o, v) => { o.include = v; }),
  flag('head', 'I', (o, v) => { o.head = v; }),
  flag('verbose', 'v', (o, v) => { o.verbose = v; }),
  flag('fail', 'f', (o, v) => { o.fail = v; }),
  flag('fail-with-body', undefined, (o, v) => { o.failWithBody = v; }),
  flag('progress-meter', undefined, (o, v) => { o.noProgressMeter = !v; }),
  flag('help', 'h', (o, v) => { o.help = v; }),
  flag('version', 'V', (o, v) => { o.version = v; }),
  flag('insecure', 'k', (o, v) => { o.insecure = v; }),
  flag('remote-name', 'O', (o, v) => { o.remoteName = v; }),
  flag('get', 'G', (o, v) => { o.get = v; }),
  ignored('http1.0', '0'), ignored('tlsv1', '1'), ignored('sslv2', '2'), ignored('sslv3', '3'), ignored('ipv6', '6'), ignored('append', 'a'),
  ignored('use-ascii', 'B'), ignored('junk-session-cookies', 'j'), ignored('remote-header-name', 'J'), ignored('list-only', 'l'),
  ignored('netrc', 'n'), ignored('proxytunnel', 'p'), ignored('remote-time', 'R'), ignored('parallel', 'Z'), ignored('progress-bar', '#'),
  ignored('location', 'L'), ignored('disable', 'q'), ignored('ipv4', '4'), ignored('no-buffer', 'N'), ignored('compressed'),
  ignored('globoff', 'g'), ignored('http1.1'), ignored('no-keepalive'), ignored('raw'),
  str('output', 'o', (o, v) => { o.output = v; }),
  str('write-out', 'w', (o, v) => { o.writeOut = v; }),
  str('request', 'X', (o, v) => { o.method = v; }),
  str('header', 'H', (o, v) => { o.headers.push(v); }),
  str('data', 'd', (o, v) => { o.data = o.data === undefined ? v : `${o.data}&${v}`; }),
  str('data-raw', undefined, (o, v) => { o.data = o.data === undefined ? v : `${o.data}&${v}`; }),
  str('user-agent', 'A', (o, v) => { o.userAgent = v; }),
  str('url', undefined, (o, v) => { o.urls.push(v); }),
  num('max-time', 'm', (o, v) => { o.maxTime = v; }),
  num('connect-timeout', undefined, (o, v) => { o.connectTimeout = v; }),
];

/**
 * Options curl has that change nothing against the lab's plain-HTTP servers (credentials,
 * cookies, retries, TLS files): accepted, their argument consumed, and otherwise ignored.
 */
const IGNORED_SHORT_WITH_ARG = new Set(['u', 'b', 'c', 'e', 'E', 'F', 'T', 'y', 'Y', 'D', 'r', 'z', 't', 'C', 'P', 'Q', 'U']);
const IGNORED_LONG_WITH_ARG = new Set([
  'user', 'cookie', 'cookie-jar', 'referer', 'cert', 'key', 'cacert', 'form', 'upload-file', 'speed-limit', 'speed-time', 'dump-header',
  'range', 'time-cond', 'telnet-option', 'retry', 'retry-delay', 'retry-max-time', 'max-redirs', 'limit-rate', 'oauth2-bearer', 'expect100-timeout',
]);
const IGNORED_LONG_BOOL = new Set(['retry-connrefused', 'retry-all-errors', 'http2', 'tlsv1.2', 'tlsv1.3', 'fail-early', 'tcp-nodelay', 'path-as-is']);

/** A parse result: options, or the message curl prints before its `try 'curl --help'` line. */
export type ParseResult = { ok: true; options: CurlOptions } | { ok: false; message: string };

/** The two lines curl prints after an option mistake (exit 2). */
export function usageError(message: string): string {
  return `curl: ${message}\ncurl: try 'curl --help' or 'curl --manual' for more information\n`;
}

const byLong = new Map(OPTIONS.map((s) => [s.long, s]));
const byShort = new Map(OPTIONS.filter((s) => s.short).map((s) => [s.short ?? '', s]));

/** curl's numeric argument check: a non-negative decimal number. */
function parseSeconds(name: string, v: string): number | string {
  if (!/^-?\d*\.?\d+$|^-?\d+\.$/.test(v)) return `option ${name}: expected a proper numerical parameter`;
  const n = Number(v);
  return n < 0 ? `option ${name}: expected a positive numerical parameter` : n;
}

function emptyOptions(): CurlOptions {
  return { urls: [], silent: false, showError: false, include: false, head: false, verbose: false, fail: false, failWithBody: false, insecure: false, remoteName: false, get: false, noProgressMeter: false, headers: [], help: false, version: false };
}

/** Applies a spec with its argument (if any); returns an error message or undefined. */
function applySpec(o: CurlOptions, spec: OptionSpec, name: string, arg: string | undefined, negated: boolean): string | undefined {
  if (spec.type === 'bool') return void spec.apply(o, !negated);
  if (arg === undefined) return `option ${name}: requires parameter`;
  if (spec.type === 'string') return void spec.apply(o, arg);
  const n = parseSeconds(name, arg);
  if (typeof n === 'string') return n;
  return void spec.apply(o, n);
}

/** Parses argv (without argv[0]). */
export function parseCurlArgs(args: readonly string[]): ParseResult {
  const o = emptyOptions();
  let onlyUrls = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (onlyUrls || !a.startsWith('-') || a === '-') { o.urls.push(a); continue; }
    if (a === '--') { onlyUrls = true; continue; }
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (IGNORED_LONG_BOOL.has(name)) continue;
      if (IGNORED_LONG_WITH_ARG.has(name)) {
        if (args[i + 1] === undefined) return { ok: false, message: `option ${a}: requires parameter` };
        i++;
        continue;
      }
      const negated = name.startsWith('no-') && !byLong.has(name);
      const spec = byLong.get(negated ? name.slice(3) : name);
      if (!spec || (negated && spec.type !== 'bool')) return { ok: false, message: `option ${a}: is unknown` };
      const needs = spec.type !== 'bool';
      const err = applySpec(o, spec, a, needs ? args[i + 1] : undefined, negated);
      if (err) return { ok: false, message: err };
      if (needs) i++;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const letter = a[j] ?? '';
      const spec = byShort.get(letter);
      if (!spec) {
        if (!IGNORED_SHORT_WITH_ARG.has(letter)) return { ok: false, message: `option -${letter}: is unknown` };
        if (j + 1 >= a.length && args[i + 1] === undefined) return { ok: false, message: `option -${letter}: requires parameter` };
        if (j + 1 >= a.length) i++;
        break;
      }
      if (spec.type === 'bool') { spec.apply(o, true); continue; }
      const glued = a.slice(j + 1);
      const arg = glued !== '' ? glued : args[i + 1];
      const err = applySpec(o, spec, `-${letter}`, arg, false);
      if (err) return { ok: false, message: err };
      if (glued === '') i++;
      break;
    }
  }
  return { ok: true, options: o };
}

/** Long option names for Tab completion (`--max-time`, `--write-out`, …), sorted. */
export function longOptionNames(): string[] {
  return [...OPTIONS.map((o) => `--${o.long}`), ...[...IGNORED_LONG_WITH_ARG, ...IGNORED_LONG_BOOL].map((n) => `--${n}`)].sort();
}
