/**
 * URL parsing as curl's URL API does it for the lab's cases: a missing scheme means http,
 * the port defaults per scheme, the path defaults to `/`, the fragment is dropped.
 */

/** A URL curl can use. */
export interface CurlUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  /** Path plus query, starting with `/`. */
  path: string;
  /** As curl reports it in %{url_effective}: `http://web/`, `http://web:8080/x`. */
  effective: string;
  /** The Host header: the host, with the port when it is not the scheme's default. */
  hostHeader: string;
}

/** A URL error with curl's exit code and message. */
export interface UrlError {
  code: 1 | 3;
  message: string;
}

const DEFAULT_PORT = { http: 80, https: 443 } as const;
const HOST = /^[A-Za-z0-9._~%!$&'()*+,;=-]+$/;

/** Parses one URL argument. */
export function parseCurlUrl(raw: string): { ok: true; url: CurlUrl } | { ok: false; error: UrlError } {
  const bad: { ok: false; error: UrlError } = { ok: false, error: { code: 3, message: 'URL using bad/illegal format or missing URL' } };
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(raw);
  const scheme = (m?.[1] ?? 'http').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, error: { code: 1, message: `Protocol "${m?.[1] ?? scheme}" not supported` } };
  let rest = m ? (m[2] ?? '') : raw;
  rest = rest.replace(/#.*$/s, '');
  const cut = rest.search(/[/?]/);
  const authority = cut < 0 ? rest : rest.slice(0, cut);
  let path = cut < 0 ? '/' : rest.slice(cut);
  if (path.startsWith('?')) path = `/${path}`;
  const hostPort = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  const colon = hostPort.lastIndexOf(':');
  const host = (colon >= 0 ? hostPort.slice(0, colon) : hostPort).toLowerCase();
  const portText = colon >= 0 ? hostPort.slice(colon + 1) : '';
  if (host === '' || !HOST.test(host) || /\s/.test(path)) return bad;
  const def = DEFAULT_PORT[scheme];
  let port: number = def;
  if (portText !== '') {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) return bad;
    port = Number(portText);
  }
  const shownPort = port === def ? '' : `:${port}`;
  return { ok: true, url: { scheme, host, port, path, effective: `${scheme}://${host}${shownPort}${path}`, hostHeader: `${host}${shownPort}` } };
}
