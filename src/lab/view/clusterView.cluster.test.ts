/**
 * The view model over a real simulated cluster: a Deployment created, rolled to a new
 * image and watched step by step, as the page sees it.
 */
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine/index';
import type { Cluster, Deployment } from '../../engine/index';
import { createClusterViewer } from './viewer';
import { engineViewHelpers } from './helpers';
import { describeSelected } from './details';

function web(replicas: number, image: string, maxSurge: number | string = '25%', maxUnavailable: number | string = '25%'): Partial<Deployment> {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } } as unknown as Deployment['metadata'],
    spec: {
      replicas, selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image }] } },
    },
  };
}

function setImage(c: Cluster, image: string): void {
  const got = c.api.get('Deployment', 'default', 'web');
  if (!got.ok) throw new Error(got.error.message);
  const d = got.value;
  const containers = d.spec.template.spec?.containers.map((ct) => ({ ...ct, image })) ?? [];
  const res = c.api.update({ ...d, spec: { ...d.spec, template: { ...d.spec.template, spec: { ...d.spec.template.spec, containers } } } });
  if (!res.ok) throw new Error(res.error.message);
}

const viewerOf = (c: Cluster) =>
  createClusterViewer({ cluster: c, version: () => c.version(), changes: () => c.changes(), actions: () => c.actions() }, engineViewHelpers);

describe('cluster view over a real cluster', () => {
  it('rolling 4 → 4 with maxSurge 1, maxUnavailable 0: the gauges never cross, lanes newest on top, history has the undo target', () => {
    const c = createCluster({ seed: 7 });
    const viewer = viewerOf(c);
    expect(c.api.create(web(4, 'nginx:1.27', 1, 0)).ok).toBe(true);
    c.advance(60_000);
    const ready = viewer.live().deployments[0];
    expect(ready?.budget.words).toBe('maxSurge 1 → 1 pod, maxUnavailable 0 → 0 pods: at most 5 pods, at least 4 available');
    expect(ready?.lanes.map((l) => [l.revision, l.pods.map((p) => `${p.statusText}/${p.phaseClass}`)])).toEqual([
      [1, ['Running/ready', 'Running/ready', 'Running/ready', 'Running/ready']],
    ]);
    setImage(c, 'nginx:1.28');
    let maxLive = 0;
    let sawSurge = false;
    let sawTerminating = false;
    for (let t = 0; t < 120_000; t += 250) {
      c.advance(250);
      const d = viewer.live().deployments[0];
      if (!d) throw new Error('deployment vanished');
      maxLive = Math.max(maxLive, d.gauges[0].value);
      expect(d.gauges[0].crossed).toBe(false);
      expect(d.gauges[1].crossed).toBe(false);
      sawSurge ||= d.lanes.some((l) => l.pods.some((p) => p.surge));
      sawTerminating ||= d.terminating > 0;
    }
    expect([maxLive, sawSurge, sawTerminating]).toEqual([5, true, true]);
    const done = viewer.live().deployments[0];
    expect(done?.lanes.map((l) => [l.revision, l.images, l.pods.length])).toEqual([[2, ['nginx:1.28'], 4]]);
    expect(done?.history.map((h) => [h.revision, h.images[0], h.current, h.undoTarget])).toEqual([
      [2, 'nginx:1.28', true, false], [1, 'nginx:1.27', false, true],
    ]);
    expect(done?.counts).toEqual({ desired: 4, updated: 4, ready: 4, available: 4, total: 4 });
  });

  it('the feed carries the controller events and each scaling step\'s why', () => {
    const c = createCluster({ seed: 7 });
    const viewer = viewerOf(c);
    c.api.create(web(2, 'nginx:1.27'));
    c.advance(30_000);
    const feed = viewer.live().feed;
    expect(feed.some((f) => f.source === 'event' && f.reason === 'ScalingReplicaSet' && f.object === 'deployment/web')).toBe(true);
    expect(feed.some((f) => f.source === 'why' && f.message.length > 0)).toBe(true);
    expect(viewer.live().nodes.flatMap((n) => n.pods).length).toBe(2);
  });

  it('the timeline replays: the view at an earlier moment has the pods of that moment', () => {
    const c = createCluster({ seed: 7 });
    const viewer = viewerOf(c);
    const start = c.now();
    c.api.create(web(3, 'nginx:1.27'));
    c.advance(60_000);
    setImage(c, 'nginx:1.28');
    c.advance(60_000);
    const past = viewer.at(start + 30_000).deployments[0];
    expect(past?.lanes.map((l) => [l.images[0], l.pods.length])).toEqual([['nginx:1.27', 3]]);
    const [series] = viewer.timeline();
    expect(series?.replicaSets.map((r) => r.revision)).toEqual([1, 2]);
    expect(series?.samples.every((s) => s.total <= s.maxTotal)).toBe(true);
  });

  it('details are kubectl describe text', () => {
    const c = createCluster({ seed: 7 });
    c.api.create(web(1, 'nginx:1.27'));
    c.advance(30_000);
    const viewer = viewerOf(c);
    const pod = viewer.live().deployments[0]?.lanes[0]?.pods[0];
    const details = pod && describeSelected({ kind: 'Pod', namespace: 'default', name: pod.name }, viewer.snapshot());
    expect(details?.text.split('\n')[0]).toMatch(new RegExp(`^Name:\\s+${pod?.name}$`));
  });
});
