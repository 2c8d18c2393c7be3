/**
 * `-w/--write-out`: curl's format after a transfer — `%{variable}`, `%header{name}`,
 * `%{stdout}`/`%{stderr}` to switch streams, `%%`, and the escapes `\n \r \t \\`.
 * Mirrors src/tool_writeout.c; an unknown variable is reported on stderr and skipped.
 */

/** What a transfer leaves for write-out. */
export interface TransferInfo {
  status: number;
  exitCode: number;
  errorMessage: string;
  elapsedMs: number;
  /** ms until connected (0 when refused). */
  connectMs: number;
  sizeDownload: number;
  sizeHeader: number;
  sizeRequest: number;
  remoteIP: string;
  remotePort: number | undefined;
  localIP: string;
  localPort: number | undefined;
  url: string;
  urlEffective: string;
  method: string;
  scheme: string;
  contentType: string;
  headers: readonly (readonly [string, string])[];
  connected: boolean;
  filename: string;
}

const secs = (ms: number): string => (ms / 1000).toFixed(6);

/** The value of `%{name}`, or undefined for a variable curl does not know. */
function variable(name: string, t: TransferInfo): string | undefined {
  switch (name) {
    case 'http_code': case 'response_code': return String(t.status).padStart(3, '0');
    case 'http_connect': return '000';
    case 'http_version': return t.status > 0 ? '1.1' : '0';
    case 'time_total': return secs(t.elapsedMs);
    case 'time_namelookup': return secs(0);
    case 'time_connect': case 'time_pretransfer': return secs(t.connected ? t.connectMs : 0);
    case 'time_starttransfer': return secs(t.status > 0 ? t.elapsedMs : 0);
    case 'time_appconnect': case 'time_redirect': return secs(0);
    case 'size_download': return String(t.sizeDownload);
    case 'size_header': return String(t.sizeHeader);
    case 'size_request': return String(t.sizeRequest);
    case 'size_upload': case 'num_redirects': case 'ssl_verify_result': case 'proxy_ssl_verify_result': return '0';
    case 'speed_download': return String(t.elapsedMs > 0 ? Math.floor((t.sizeDownload * 1000) / t.elapsedMs) : t.sizeDownload);
    case 'speed_upload': return '0';
    case 'remote_ip': return t.remoteIP;
    case 'remote_port': return t.remotePort === undefined ? '0' : String(t.remotePort);
    case 'local_ip': return t.localIP;
    case 'local_port': return t.localPort === undefined ? '0' : String(t.localPort);
    case 'url': return t.url;
    case 'url_effective': return t.urlEffective;
    case 'method': return t.method;
    case 'scheme': return t.scheme.toUpperCase();
    case 'content_type': return t.contentType;
    case 'num_connects': return t.connected ? '1' : '0';
    case 'num_headers': return String(t.headers.length);
    case 'exitcode': return String(t.exitCode);
    case 'errormsg': return t.errorMessage;
    case 'redirect_url': case 'referer': return '';
    case 'filename_effective': return t.filename;
    default: return undefined;
  }
}

/** Renders a write-out format into stdout/stderr pieces, in order. */
export function renderWriteOut(format: string, t: TransferInfo): { stream: 'stdout' | 'stderr'; text: string }[] {
  const out: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  let stream: 'stdout' | 'stderr' = 'stdout';
  let buf = '';
  const flush = (): void => { if (buf) out.push({ stream, text: buf }); buf = ''; };
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? '';
    const rest = format.slice(i);
    const v = /^%\{([^}]*)\}/.exec(rest);
    const h = /^%header\{([^}]*)\}/.exec(rest);
    if (ch === '%' && format[i + 1] === '%') { buf += '%'; i++; }
    else if (h) { buf += t.headers.find(([k]) => k.toLowerCase() === (h[1] ?? '').toLowerCase())?.[1] ?? ''; i += h[0].length - 1; }
    else if (v) {
      const name = v[1] ?? '';
      i += v[0].length - 1;
      if (name === 'stdout' || name === 'stderr') { flush(); stream = name; continue; }
      const val = variable(name, t);
      if (val === undefined) { flush(); out.push({ stream: 'stderr', text: `curl: unknown --write-out variable: '${name}'\n` }); }
      else buf += val;
    } else if (ch === '\\' && i + 1 < format.length) {
      const e = format[i + 1] ?? '';
      buf += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e === '\\' ? '\\' : `\\${e}`;
      i++;
    } else buf += ch;
  }
  flush();
  return out;
}
