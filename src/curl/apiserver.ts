/**
 * How the API server answers curl: it speaks only TLS. Plain HTTP gets Go's canned 400; https
 * fails certificate verification (the cluster CA is not in the client's trust store) unless
 * -k; with -k an anonymous request gets HTTP/2 403 for most paths and `ok` for the health
 * endpoints, as kind's API server (anonymous auth on, system:public-info-viewer) answers.
 */
import type { HttpResponse } from '../engine/index';
import { httpDate } from '../engine/index';
import type { CurlUrl } from './url';

/** curl's text for an untrusted certificate (exit 60), after `curl: (60) `. */
export const CERT_PROBLEM = [
  'SSL certificate problem: unable to get local issuer certificate',
  'More details here: https://curl.se/docs/sslcerts.html',
  '',
  'curl failed to verify the legitimacy of the server and therefore could not',
  'establish a secure connection to it. To learn more about this situation and',
  'how to fix it, please visit the web page mentioned above.',
].join('\n');

const HEALTH = new Set(['/healthz', '/livez', '/readyz']);
const FLOW_SCHEMA_UID = '4f4e6c34-6b4a-4c35-9b41-1d6e6b4a2c10';
const PRIORITY_LEVEL_UID = '8e1f3c2a-5d7b-4e9a-a6c4-2b9d0f7e3a51';

/** The API server's answer to `url` at `now` (`auditId` names the request), or undefined for an https request without -k. */
export function apiServerAnswer(url: CurlUrl, method: string, insecure: boolean, now: number, auditId: string): HttpResponse | 'untrusted' {
  if (url.scheme === 'http') {
    return { protocol: 'HTTP/1.0', status: 400, reason: 'Bad Request', headers: [], body: 'Client sent an HTTP request to an HTTPS server.\n', latencyMs: 0 };
  }
  if (!insecure) return 'untrusted';
  const path = url.path.replace(/\?.*$/, '');
  const common: [string, string][] = [['audit-id', auditId], ['cache-control', 'no-cache, private']];
  const flow: [string, string][] = [['x-kubernetes-pf-flowschema-uid', FLOW_SCHEMA_UID], ['x-kubernetes-pf-prioritylevel-uid', PRIORITY_LEVEL_UID]];
  if (HEALTH.has(path) && method === 'GET') {
    const body = 'ok';
    return { protocol: 'HTTP/2', status: 200, reason: '', body, latencyMs: 1, headers: [...common, ['content-type', 'text/plain; charset=utf-8'], ['x-content-type-options', 'nosniff'], ...flow, ['content-length', String(body.length)], ['date', httpDate(now)]] };
  }
  const verb = method === 'HEAD' ? 'get' : method.toLowerCase();
  const body = `{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "forbidden: User \\"system:anonymous\\" cannot ${verb} path \\"${path}\\"",\n  "reason": "Forbidden",\n  "details": {},\n  "code": 403\n}`;
  return {
    protocol: 'HTTP/2', status: 403, reason: '', latencyMs: 1, body: method === 'HEAD' ? '' : body,
    headers: [...common, ['content-type', 'application/json'], ['x-content-type-options', 'nosniff'], ...flow, ['content-length', String(body.length)], ['date', httpDate(now)]],
  };
}
