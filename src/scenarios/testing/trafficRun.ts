/**
 * Test support: a real engine run (createCluster) with the lab's request stream — the demo app
 * behind a Service at 10 requests per second, updated once with Recreate and once with
 * RollingUpdate maxSurge 1 / maxUnavailable 0 — and the check views over its records.
 */
import { createCluster, type Cluster, type Deployment, type Service } from '../../engine/index';
import { findCheckKind } from '../checks/registry';
import type { CheckOutcome, CheckView, Evidence } from '../checks/types';
import { HistoryIndex } from '../history/historyIndex';
import { isDeploymentComplete } from '../history/sample';

/** The value of an API result; a failed call fails the test. */
export const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Advances in `stepMs` steps until the Deployment is complete (or 600 steps pass). */
export function waitComplete(c: Cluster, name: string, stepMs = 1000): void {
  for (let i = 0; i < 600; i++) {
    if (isDeploymentComplete(ok(c.api.get('Deployment', 'default', name)))) return;
    c.advance(stepMs);
  }
  throw new Error(`deployment ${name} did not complete`);
}

/** The newest change as evidence: where a later `after` would start counting. */
export function mark(c: Cluster): Evidence {
  const last = c.changes()[c.changes().length - 1];
  return { rv: last?.resourceVersion ?? 0, at: c.now() };
}

/** Creates Deployment `name` (label app=NAME) with these containers and Service `name` (80 → targetPort) in front of it, and waits until it is complete. */
export function deploymentBehindService(c: Cluster, name: string, replicas: number, containers: unknown[], targetPort: number): void {
  const labels = { app: name };
  ok(c.api.create<'Deployment'>({
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name, namespace: 'default', labels },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers } } },
  } as unknown as Partial<Deployment>));
  ok(c.api.create<'Service'>({
    apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: 'default' },
    spec: { selector: labels, ports: [{ port: 80, targetPort }] },
  } as unknown as Partial<Service>));
  waitComplete(c, name);
}

/** 4 pods of kubelab/demo:v1 behind Service web (80 → 8080), complete, with traffic if asked. */
export function demoCluster(traffic: boolean): { c: Cluster; start: Evidence } {
  const c = createCluster({ seed: 11 });
  deploymentBehindService(c, 'web', 4, [{ name: 'demo', image: 'kubelab/demo:v1', ports: [{ containerPort: 8080 }], readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 2 } }], 8080);
  c.advance(10_000);
  if (traffic) {
    const err = c.traffic.start({ service: 'web', ratePerSecond: 10 });
    if (err) throw new Error(err);
  }
  return { c, start: mark(c) };
}

/** Recreate: the strategy switched (rollingUpdate removed in the same patch), then the image set; `settleMs` after completion. */
export function recreateUpdate(c: Cluster, image: string, settleMs = 10_000): void {
  ok(c.api.patch('Deployment', 'default', 'web', 'merge', { spec: { strategy: { type: 'Recreate', rollingUpdate: null } } }));
  setImage(c, image, settleMs);
}

/** RollingUpdate maxSurge 1 / maxUnavailable 0, then the image set. */
export function rollingUpdate(c: Cluster, image: string): void {
  ok(c.api.patch('Deployment', 'default', 'web', 'merge', { spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } } }));
  setImage(c, image);
}

function setImage(c: Cluster, image: string, settleMs = 10_000): void {
  ok(c.api.patch('Deployment', 'default', 'web', 'strategic', { spec: { template: { spec: { containers: [{ name: 'demo', image }] } } } }));
  waitComplete(c, 'web', 100);
  c.advance(settleMs);
}

/** Runs one check kind (arguments parsed as the loader would) on the cluster's records, counting from `since`. */
export function runOnCluster(kind: string, args: unknown, c: Cluster, start: Evidence, since: Evidence = start): CheckOutcome {
  const k = findCheckKind(kind);
  if (!k) throw new Error(`no kind ${kind}`);
  const parsed = k.args.safeParse(args);
  if (!parsed.success) throw new Error(`bad args for ${kind}: ${parsed.error.message}`);
  const history = new HistoryIndex();
  history.sync(c.changes());
  const view: CheckView = {
    api: c.api, changes: c.changes(), actions: c.actions(), commands: [], readFile: () => undefined,
    traffic: c.traffic.samples(), now: c.now(), startedAt: start.at, startVersion: start.rv,
    history, since, latest: history.latest(), yet: since === start ? 'yet' : 'since "x" was met',
  };
  return k.check(view, parsed.data);
}
