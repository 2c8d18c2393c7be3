import { describe, expect, it } from 'vitest';
import type { ReplicaSet } from './types/objects';
import { getDeployment, isComplete, manifest, replicaSets, setImage, settle, sizePairs, testCluster, type DeploymentSpecOpts } from './testing/harness';
import { maxSurge, maxUnavailable } from './controllers/deployment/util';

/** Runs a rollout from v1 to `image`, checking the RollingUpdate invariants at every stored change. */
function rollout(opts: DeploymentSpecOpts, image = 'lab/app:v2') {
  const c = testCluster();
  expect(c.api.create(manifest('web', opts)).ok).toBe(true);
  settle(c);
  expect(isComplete(c, 'web')).toBe(true);
  const before = replicaSets(c, 'web');
  const from = c.changes().length;
  setImage(c, 'web', image);
  settle(c, 900_000);
  const d = getDeployment(c, 'web');
  const [oldRS, newRS] = replicaSets(c, 'web');
  const rsNow = new Map<string, ReplicaSet>(before.map((rs) => [rs.metadata.name, rs]));
  let maxTotal = 0, minAvailable = Infinity;
  for (const ch of c.changes().slice(from)) {
    if (ch.object.kind !== 'ReplicaSet') continue;
    if (ch.type === 'DELETED') rsNow.delete(ch.object.metadata.name);
    else rsNow.set(ch.object.metadata.name, ch.object);
    const rss = [...rsNow.values()];
    maxTotal = Math.max(maxTotal, rss.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0));
    minAvailable = Math.min(minAvailable, rss.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0));
  }
  return { c, d, oldRS, newRS, from, maxTotal, minAvailable, pairs: sizePairs(c, from, oldRS?.metadata.name ?? '', newRS?.metadata.name ?? '', before) };
}

describe('RollingUpdate on a live cluster: spec §6.5 sequences and invariants', () => {
  it.each([
    { name: 'D=3, 25%/25%', D: 3, s: '25%', u: '25%', want: '(0,3) (1,3) (1,2) (2,2) (2,1) (3,1) (3,0)' },
    { name: 'D=4, 25%/25%', D: 4, s: '25%', u: '25%', want: '(0,4) (1,4) (1,3) (2,3) (2,1) (4,1) (4,0)' },
    { name: 'D=10, surge 3, unavailable 2', D: 10, s: 3, u: 2, want: '(0,10) (3,10) (3,8) (5,8) (5,3) (10,3) (10,0)' },
    { name: 'D=3, maxSurge 0, maxUnavailable 10%', D: 3, s: 0, u: '10%', want: '(0,3) (0,2) (1,2) (1,1) (2,1) (2,0) (3,0)' },
  ])('$name: $want', ({ D, s, u, want }) => {
    const r = rollout({ replicas: D, maxSurge: s, maxUnavailable: u });
    expect(r.pairs.join(' ')).toBe(want);
    expect(isComplete(r.c, 'web')).toBe(true);
    expect(r.maxTotal).toBeLessThanOrEqual(D + maxSurge(r.d));
    expect(r.minAvailable).toBeGreaterThanOrEqual(D - maxUnavailable(r.d));
  });

  it('D=10, 5%/0%: 20 scaling events, never more than 11 replicas, never fewer than 10 available', () => {
    const r = rollout({ replicas: 10, maxSurge: '5%', maxUnavailable: '0%' });
    const scaling = r.c.actions().filter((a) => a.action === 'ScaleReplicaSet' || (a.action === 'CreateReplicaSet' && (a.to ?? 0) > 0));
    expect(scaling.filter((a) => a.at >= (r.c.changes()[r.from]?.at ?? 0))).toHaveLength(20);
    expect(r.maxTotal).toBe(11);
    expect(r.minAvailable).toBe(10);
  });

  it.each([
    { name: 'D=3 default stops at (1,3)', D: 3, s: '25%', u: '25%', want: '(1,3)' },
    { name: 'D=10 3/2 stops at (5,8)', D: 10, s: 3, u: 2, want: '(5,8)' },
    { name: 'D=3 0/10% stops at (1,2)', D: 3, s: 0, u: '10%', want: '(1,2)' },
  ])('stuck on an image that never turns ready: $name', ({ D, s, u, want }) => {
    const r = rollout({ replicas: D, maxSurge: s, maxUnavailable: u }, 'lab/app:bad');
    expect(r.pairs.at(-1)).toBe(want);
    expect(r.minAvailable).toBeGreaterThanOrEqual(D - maxUnavailable(r.d));
  });
});

describe('Recreate', () => {
  it('never has old and new pods at once, and has a gap with nothing available', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 4, strategy: 'Recreate' }));
    settle(c);
    const from = c.changes().length;
    setImage(c, 'web', 'lab/app:v2');
    settle(c);
    expect(isComplete(c, 'web')).toBe(true);
    const live = new Map<string, string>();
    let overlap = false, gap = false;
    for (const ch of c.changes().slice(from)) {
      if (ch.object.kind !== 'Pod') continue;
      if (ch.type === 'DELETED') live.delete(ch.object.metadata.name);
      else live.set(ch.object.metadata.name, ch.object.metadata.labels?.['pod-template-hash'] ?? '');
      const hashes = new Set(live.values());
      if (hashes.size > 1) overlap = true;
      if (live.size === 0) gap = true;
    }
    expect(overlap).toBe(false);
    expect(gap).toBe(true);
  });
});
