/**
 * Test support for the network and traffic tests: a cluster running the demo app behind a
 * Service `web` (port 80 → 8080), and small builders for Services.
 */
import type { Cluster } from '../clusterTypes';
import type { Deployment, Service } from '../types/objects';
import { createCluster } from '../cluster';

/** A Service body selecting `app: <selector>` (default: the Service's name). */
export function serviceBody(name: string, o: { port?: number; targetPort?: number | string; selector?: string; type?: string; clusterIP?: string; namespace?: string } = {}): Partial<Service> {
  return {
    apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: o.namespace ?? 'default', labels: { app: name } } as unknown as Service['metadata'],
    spec: {
      selector: { app: o.selector ?? name },
      ports: [{ port: o.port ?? 80, targetPort: o.targetPort ?? 8080, protocol: 'TCP' }],
      ...(o.type ? { type: o.type } : {}),
      ...(o.clusterIP ? { clusterIP: o.clusterIP } : {}),
    },
  };
}

/** A Deployment of `image` with `replicas` pods labelled `app: <name>`, with a named container port `http`. */
export function demoDeployment(name: string, o: { replicas?: number; image?: string; strategy?: Deployment['spec']['strategy'] } = {}): Partial<Deployment> {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default' } as Deployment['metadata'],
    spec: {
      replicas: o.replicas ?? 3, selector: { matchLabels: { app: name } },
      ...(o.strategy ? { strategy: o.strategy } : {}),
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'demo', image: o.image ?? 'kubelab/demo:v1', ports: [{ name: 'http', containerPort: 8080 }] }] } },
    },
  };
}

/** Runs the clock in 100 ms steps for `ms`. */
export function run(c: Cluster, ms: number): void {
  for (let t = 0; t < ms; t += 100) c.advance(100);
}

/** A cluster with Deployment and Service `web` (demo v1, 3 replicas), settled for 20 s. */
export function webCluster(seed = 1, o: { replicas?: number; targetPort?: number | string } = {}): Cluster {
  const c = createCluster({ seed });
  must(c.api.create(demoDeployment('web', o.replicas === undefined ? {} : { replicas: o.replicas })));
  must(c.api.create(serviceBody('web', o.targetPort === undefined ? {} : { targetPort: o.targetPort })));
  run(c, 20_000);
  return c;
}

/** Unwraps a Result in tests. */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
