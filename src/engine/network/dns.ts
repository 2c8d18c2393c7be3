/**
 * Cluster DNS as CoreDNS's kubernetes plugin answers it: `<svc>.<ns>.svc.cluster.local` gives
 * the ClusterIP (a headless Service: its ready endpoints' IPs), `a-b-c-d.<ns>.pod.cluster.local`
 * the dashed IP, and a pod's resolv.conf search path (`ndots:5`) expands short names.
 */
import type { ClusterApi } from '../api/types';
import type { DnsAnswer } from './types';
import { readyEndpointIPs } from './routes';

/** The cluster's DNS domain (kubeadm's and kind's default). */
export const CLUSTER_DOMAIN = 'cluster.local';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** True for a dotted-quad IPv4 address. */
export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

/** The names a resolver tries for `host`, in order: search domains first for names with fewer than 5 dots. Mirrors resolv.conf `ndots:5`. */
export function searchNames(host: string, namespace: string): string[] {
  if (host.endsWith('.')) return [host.slice(0, -1)];
  const search = [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN].map((d) => `${host}.${d}`);
  return host.split('.').length - 1 >= 5 ? [host, ...search] : [...search, host];
}

/** Looks up one fully qualified name; undefined = NXDOMAIN. `pick` chooses among several A records. */
export function lookupFqdn(api: ClusterApi, fqdn: string, pick: (ips: readonly string[]) => string): string | undefined {
  const suffix = `.${CLUSTER_DOMAIN}`;
  if (!fqdn.endsWith(suffix)) return undefined;
  const parts = fqdn.slice(0, -suffix.length).split('.');
  if (parts.length === 3 && parts[2] === 'svc') {
    const svc = api.get('Service', parts[1] ?? '', parts[0] ?? '');
    if (!svc.ok || svc.value.spec.type === 'ExternalName') return undefined;
    if (svc.value.spec.clusterIP !== 'None') return svc.value.spec.clusterIP;
    const ips = readyEndpointIPs(api, svc.value);
    return ips.length > 0 ? pick(ips) : undefined;
  }
  if (parts.length === 3 && parts[2] === 'pod') {
    const ip = (parts[0] ?? '').replace(/-/g, '.');
    return isIPv4(ip) && api.get('Namespace', '', parts[1] ?? '').ok ? ip : undefined;
  }
  return undefined;
}

/** Resolves `host` for a client in `namespace`; IP literals and `localhost` answer themselves. */
export function resolveHost(api: ClusterApi, host: string, namespace: string, pick: (ips: readonly string[]) => string): DnsAnswer {
  const name = host.toLowerCase();
  if (isIPv4(name)) return { ok: true, ip: name, target: 'ip' };
  if (name === 'localhost' || name === 'localhost.') return { ok: true, ip: '127.0.0.1', target: 'loopback' };
  for (const fqdn of searchNames(name, namespace)) {
    const ip = lookupFqdn(api, fqdn, pick);
    if (ip !== undefined) return { ok: true, ip, target: fqdn.endsWith(`.pod.${CLUSTER_DOMAIN}`) ? 'pod' : 'service' };
  }
  return { ok: false };
}
