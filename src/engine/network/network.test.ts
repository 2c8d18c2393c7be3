import { describe, expect, it } from 'vitest';
import type { Cluster } from '../clusterTypes';
import { demoDeployment, must, run, serviceBody, webCluster } from './testing';

const clusterIP = (c: Cluster, name = 'web') => must(c.api.get('Service', 'default', name)).spec.clusterIP ?? '';
const firstPod = (c: Cluster) => {
  const p = must(c.api.list('Pod', { namespace: 'default' }))[0];
  if (!p) throw new Error('no pod');
  return p;
};

describe('cluster DNS', () => {
  const c = webCluster();
  const ip = clusterIP(c);
  it.each([
    { name: 'short name in the client namespace', host: 'web', ns: 'default', want: ip },
    { name: 'name.namespace', host: 'web.default', ns: 'default', want: ip },
    { name: 'name.namespace.svc', host: 'web.default.svc', ns: 'default', want: ip },
    { name: 'fully qualified', host: 'web.default.svc.cluster.local', ns: 'default', want: ip },
    { name: 'fully qualified with the root dot', host: 'web.default.svc.cluster.local.', ns: 'default', want: ip },
    { name: 'names are case-insensitive', host: 'WEB', ns: 'default', want: ip },
    { name: 'short name from another namespace does not resolve', host: 'web', ns: 'kube-system', want: undefined },
    { name: 'name.namespace from another namespace resolves', host: 'web.default', ns: 'kube-system', want: ip },
    { name: 'a Service in a namespace it is not in', host: 'web.kube-system', ns: 'default', want: undefined },
    { name: 'an unknown name', host: 'nope', ns: 'default', want: undefined },
    { name: 'a pod A record is the dashed IP', host: '10-244-1-2.default.pod.cluster.local', ns: 'default', want: '10.244.1.2' },
    { name: 'the kubernetes Service', host: 'kubernetes', ns: 'default', want: '10.96.0.1' },
    { name: 'localhost', host: 'localhost', ns: 'default', want: '127.0.0.1' },
    { name: 'an IP literal answers itself', host: '10.1.2.3', ns: 'default', want: '10.1.2.3' },
  ])('$name', ({ host, ns, want }) => {
    const a = c.network.resolve(host, ns);
    expect(a.ok ? a.ip : undefined).toBe(want);
  });
});

describe('requests, as kube-proxy and the pods answer them', () => {
  it('a Service request reaches a ready pod, which names its version and itself', () => {
    const c = webCluster();
    const out = c.network.request({ host: 'web', port: 80, path: '/' });
    expect(out.kind).toBe('response');
    if (out.kind !== 'response') return;
    expect(out.ip).toBe(clusterIP(c));
    expect(out.response.status).toBe(200);
    expect(out.response.body).toBe(`kubelab demo v1 served by ${out.servedBy.pod}\n`);
    expect(out.response.headers).toEqual([
      ['Server', 'kubelab-demo/v1'], ['Date', 'Thu, 01 Jan 2026 00:00:20 GMT'], ['Content-Type', 'text/plain'],
      ['Content-Length', String(out.response.body.length)], ['Connection', 'keep-alive'],
    ]);
    expect(out.servedBy).toMatchObject({ version: 'v1', image: 'kubelab/demo:v1', namespace: 'default', container: 'demo' });
    expect(out.servedBy.replicaSet).toBe(`web-${out.servedBy.podTemplateHash ?? ''}`);
  });

  it('HEAD answers headers only', () => {
    const out = webCluster().network.request({ host: 'web', port: 80, path: '/', method: 'HEAD' });
    expect(out.kind === 'response' && out.response.body).toBe('');
  });

  it.each([
    { name: 'a port the Service does not define is never answered', host: 'web', port: 8080, want: 'unreachable' },
    { name: 'a pod IP on the port its container listens on answers', host: 'pod', port: 8080, want: 'response' },
    { name: 'a pod IP on a port nothing listens on is refused', host: 'pod', port: 80, want: 'refused' },
    { name: 'an IP nobody owns is never answered', host: '10.244.9.9', port: 80, want: 'unreachable' },
    { name: 'loopback has nothing listening', host: '127.0.0.1', port: 80, want: 'refused' },
    { name: 'a node IP without a NodePort there refuses', host: '172.18.0.3', port: 80, want: 'refused' },
    { name: 'an unknown name does not resolve', host: 'nope', port: 80, want: 'unresolved' },
    { name: 'the kubernetes Service leads to the API server', host: 'kubernetes', port: 443, want: 'apiserver' },
    { name: 'the control plane serves the API on 6443', host: '172.18.0.2', port: 6443, want: 'apiserver' },
    { name: 'a worker has no API server', host: '172.18.0.3', port: 6443, want: 'refused' },
  ])('$name', ({ host, port, want }) => {
    const c = webCluster();
    const target = host === 'pod' ? firstPod(c).status?.podIP ?? '' : host;
    expect(c.network.request({ host: target, port, path: '/' }).kind).toBe(want);
  });

  it('a Service whose targetPort nothing listens on refuses (the pod resets the connection)', () => {
    const c = webCluster(1, { targetPort: 9999 });
    expect(c.network.request({ host: 'web', port: 80, path: '/' }).kind).toBe('refused');
  });

  it('a Service without ready endpoints is rejected by kube-proxy', () => {
    const c = webCluster();
    must(c.api.updateScale('Deployment', 'default', 'web', 0));
    run(c, 5_000);
    expect(c.network.request({ host: 'web', port: 80, path: '/' }).kind).toBe('refused');
  });

  it('with every endpoint terminating, the serving ones still answer (ProxyTerminatingEndpoints)', () => {
    const c = webCluster();
    must(c.api.updateScale('Deployment', 'default', 'web', 0));
    const out = c.network.request({ host: 'web', port: 80, path: '/' });
    expect(out.kind).toBe('response');
  });

  it('a NodePort answers on every node IP', () => {
    const c = webCluster();
    const svc = must(c.api.create(serviceBody('web-np', { selector: 'web', type: 'NodePort' })));
    const nodePort = svc.spec.ports?.[0]?.nodePort ?? 0;
    run(c, 500);
    expect(c.network.request({ host: '172.18.0.4', port: nodePort, path: '/' }).kind).toBe('response');
  });

  it('a headless Service resolves to a ready pod IP', () => {
    const c = webCluster();
    must(c.api.create(serviceBody('web-headless', { selector: 'web', clusterIP: 'None' })));
    run(c, 500);
    const ips = must(c.api.list('Pod', { namespace: 'default' })).map((p) => p.status?.podIP);
    const a = c.network.resolve('web-headless');
    expect(a.ok && ips.includes(a.ip)).toBe(true);
    expect(c.network.request({ host: 'web-headless', port: 8080, path: '/' }).kind).toBe('response');
  });

  it('endpoints are chosen at random from a seeded stream: same seed, same pods; every pod gets traffic', () => {
    const pick = (c: Cluster) => Array.from({ length: 60 }, () => {
      const o = c.network.request({ host: 'web', port: 80, path: '/' });
      return o.kind === 'response' ? o.servedBy.pod : o.kind;
    });
    const a = pick(webCluster(7)), b = pick(webCluster(7));
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(3);
  });

  it('sessionAffinity ClientIP sends a client to the same pod while it is ready', () => {
    const c = webCluster();
    const svc = must(c.api.get('Service', 'default', 'web'));
    must(c.api.update({ ...svc, spec: { ...svc.spec, sessionAffinity: 'ClientIP' } }));
    const served = () => {
      const o = c.network.request({ host: 'web', port: 80, path: '/' });
      return o.kind === 'response' ? o.servedBy.pod : o.kind;
    };
    const first = served();
    expect(Array.from({ length: 20 }, served)).toEqual(Array(20).fill(first));
    must(c.api.delete('Pod', 'default', first));
    run(c, 5_000);
    const next = served();
    expect(next).not.toBe(first);
    expect(Array.from({ length: 5 }, served)).toEqual(Array(5).fill(next));
  });

  it('requests do not change the names the control plane draws', () => {
    const names = (curls: number) => {
      const c = webCluster(3);
      for (let i = 0; i < curls; i++) c.network.request({ host: 'web', port: 80, path: '/' });
      must(c.api.create(demoDeployment('api', { replicas: 2 })));
      return must(c.api.list('Pod', { namespace: 'default' })).map((p) => p.metadata.name).sort();
    };
    expect(names(25)).toEqual(names(0));
  });
});
