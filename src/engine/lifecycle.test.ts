import { describe, expect, it } from 'vitest';
import { getDeployment, isComplete, manifest, mutate, replicaSets, setImage, settle, testCluster } from './testing/harness';
import { equalIgnoreHash } from './controllers/deployment/hash';
import type { Pod } from './types/objects';

const revisions = (c: ReturnType<typeof testCluster>) => replicaSets(c, 'web').map((rs) => ({
  image: rs.spec.template?.spec?.containers[0]?.image, rev: rs.metadata.annotations?.['deployment.kubernetes.io/revision'], history: rs.metadata.annotations?.['deployment.kubernetes.io/revision-history'],
}));

/** What `kubectl rollout undo` does client-side: the template of the RS at the second-highest revision. */
function undo(c: ReturnType<typeof testCluster>): void {
  const rss = replicaSets(c, 'web').sort((a, b) => Number(b.metadata.annotations?.['deployment.kubernetes.io/revision']) - Number(a.metadata.annotations?.['deployment.kubernetes.io/revision']));
  const target = rss[1];
  if (!target?.spec.template) throw new Error('no history');
  const { 'pod-template-hash': _h, ...labels } = target.spec.template.metadata?.labels ?? {};
  mutate(c, 'web', (d) => { d.spec.template = { ...target.spec.template, metadata: { ...target.spec.template?.metadata, labels } }; });
}

describe('revisions and rollback (spec §11)', () => {
  it('undo re-uses the old ReplicaSet, moves its revision to max+1 and records revision-history', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 3 }));
    settle(c);
    setImage(c, 'web', 'lab/app:v2');
    settle(c);
    undo(c);
    settle(c);
    expect(revisions(c)).toEqual([{ image: 'lab/app:v1', rev: '3', history: '1' }, { image: 'lab/app:v2', rev: '2', history: undefined }]);
    undo(c);
    settle(c);
    expect(revisions(c)).toEqual([{ image: 'lab/app:v1', rev: '3', history: '1' }, { image: 'lab/app:v2', rev: '4', history: '2' }]);
    expect(getDeployment(c, 'web').metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('4');
    expect(replicaSets(c, 'web')).toHaveLength(2);
  });

  it('rolling back a stuck rollout scales the bad RS down as unhealthy first (§11.4)', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 3 }));
    settle(c);
    setImage(c, 'web', 'lab/app:v2');
    settle(c);
    setImage(c, 'web', 'lab/app:bad');
    settle(c, 60_000);
    const before = c.actions().length;
    undo(c);
    settle(c);
    expect(isComplete(c, 'web')).toBe(true);
    const msgs = c.actions().slice(before).filter((a) => a.action === 'ScaleReplicaSet').map((a) => a.message.split(':')[0]);
    const bad = replicaSets(c, 'web').find((rs) => rs.spec.template?.spec?.containers[0]?.image === 'lab/app:bad')?.metadata.name;
    expect(msgs).toEqual([`scaled down ${bad} from 1 to 0`]);
    expect(revisions(c).map((r) => r.rev).sort()).toEqual(['1', '3', '4']);
  });

  it('revisionHistoryLimit deletes the oldest idle ReplicaSets once the rollout is complete', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 2, revisionHistoryLimit: 1 }));
    settle(c);
    for (const v of ['v2', 'v3']) { setImage(c, 'web', `lab/app:${v}`); settle(c); }
    expect(revisions(c).map((r) => `${r.image}@${r.rev}`)).toEqual(['lab/app:v2@2', 'lab/app:v3@3']);
  });

  it('change-cause on the Deployment lands on the current ReplicaSet', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 1 }));
    settle(c);
    mutate(c, 'web', (d) => { d.metadata.annotations = { ...d.metadata.annotations, 'kubernetes.io/change-cause': 'first' }; });
    settle(c);
    expect(replicaSets(c, 'web')[0]?.metadata.annotations?.['kubernetes.io/change-cause']).toBe('first');
  });
});

describe('pause, resume, restart', () => {
  it('edits while paused make one new revision after resume', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 3 }));
    settle(c);
    mutate(c, 'web', (d) => { d.spec.paused = true; });
    setImage(c, 'web', 'lab/app:v2');
    mutate(c, 'web', (d) => { d.spec.template.metadata = { ...d.spec.template.metadata, annotations: { note: 'x' } }; });
    settle(c);
    expect(replicaSets(c, 'web')).toHaveLength(1);
    const paused = getDeployment(c, 'web');
    expect(paused.status?.conditions?.find((x) => x.type === 'Progressing')?.reason).toBe('DeploymentPaused');
    expect(paused.status?.updatedReplicas).toBeUndefined();
    mutate(c, 'web', (d) => { d.spec.paused = false; });
    settle(c);
    expect(revisions(c).map((r) => `${r.image}@${r.rev}`)).toEqual(['lab/app:v1@1', 'lab/app:v2@2']);
    expect(isComplete(c, 'web')).toBe(true);
  });

  it('scaling while paused still resizes the serving ReplicaSet', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 2 }));
    settle(c);
    mutate(c, 'web', (d) => { d.spec.paused = true; d.spec.replicas = 5; });
    settle(c);
    expect(replicaSets(c, 'web')[0]?.spec.replicas).toBe(5);
  });

  it('restart via the restartedAt template annotation rolls out a new revision', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 2 }));
    settle(c);
    mutate(c, 'web', (d) => { d.spec.template.metadata = { ...d.spec.template.metadata, annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:01:00Z' } }; });
    settle(c);
    expect(revisions(c).map((r) => r.rev)).toEqual(['1', '2']);
    const d = getDeployment(c, 'web');
    const [, newRS] = replicaSets(c, 'web');
    expect(newRS?.spec.template && equalIgnoreHash(newRS.spec.template, d.spec.template)).toBe(true);
  });
});

describe('progress deadline and proportional scaling', () => {
  it('flips Progressing to ProgressDeadlineExceeded one second after the deadline', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 3, progressDeadlineSeconds: 30 }));
    settle(c);
    setImage(c, 'web', 'lab/app:bad');
    settle(c, 10_000);
    const cond = () => getDeployment(c, 'web').status?.conditions?.find((x) => x.type === 'Progressing');
    const last = Date.parse(cond()?.lastUpdateTime ?? '');
    c.advance(last + 30_000 - c.now());
    expect(cond()?.reason).toBe('ReplicaSetUpdated');
    c.advance(1_000);
    expect([cond()?.status, cond()?.reason]).toEqual(['False', 'ProgressDeadlineExceeded']);
  });

  it('scaling a stuck rollout splits the change proportionally (docs: 10 → 15 gives old 11, new 7)', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 10, maxSurge: 3, maxUnavailable: 2 }));
    settle(c);
    setImage(c, 'web', 'lab/app:bad');
    settle(c, 30_000);
    expect(replicaSets(c, 'web').map((rs) => rs.spec.replicas)).toEqual([8, 5]);
    mutate(c, 'web', (d) => { d.spec.replicas = 15; });
    settle(c, 30_000);
    expect(replicaSets(c, 'web').map((rs) => rs.spec.replicas)).toEqual([11, 7]);
    expect(replicaSets(c, 'web').map((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/max-replicas'])).toEqual(['18', '18']);
  });

  it('minReadySeconds holds availability back until the pod has been ready that long', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 1, minReadySeconds: 10 }));
    settle(c, 3_000);
    const d = () => getDeployment(c, 'web').status;
    expect([d()?.readyReplicas, d()?.availableReplicas]).toEqual([1, undefined]);
    settle(c, 20_000);
    expect(d()?.availableReplicas).toBe(1);
  });
});

describe('garbage collection', () => {
  it('deleting a Deployment removes its ReplicaSets and pods', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 3 }));
    settle(c);
    c.api.delete('Deployment', 'default', 'web');
    settle(c, 60_000);
    const rs = c.api.list('ReplicaSet', { namespace: 'default' });
    const pods = c.api.list('Pod', { namespace: 'default' });
    expect([rs.ok && rs.value.length, pods.ok && pods.value.length]).toEqual([0, 0]);
  });
});

describe('adoption', () => {
  it('a Deployment re-created after an orphaning delete adopts its old ReplicaSet instead of making a new one', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 2 }));
    settle(c);
    const before = replicaSets(c, 'web').map((rs) => rs.metadata.name);
    c.api.delete('Deployment', 'default', 'web', { propagationPolicy: 'Orphan' });
    settle(c);
    c.api.create(manifest('web', { replicas: 2 }));
    settle(c);
    expect(replicaSets(c, 'web').map((rs) => rs.metadata.name)).toEqual(before);
    const pods = c.api.list('Pod', { namespace: 'default' });
    expect(pods.ok && pods.value.length).toBe(2);
    expect(isComplete(c, 'web')).toBe(true);
  });
});

describe('scheduling (pods/binding and the Unschedulable condition)', () => {
  const bare = (nodeSelector?: Record<string, string>): Partial<Pod> => ({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' } as Pod['metadata'],
    spec: { containers: [{ name: 'c', image: 'lab/app:v1' }], ...(nodeSelector ? { nodeSelector } : {}) },
  });
  const scheduled = (c: ReturnType<typeof testCluster>) => {
    const p = c.api.get('Pod', 'default', 'p');
    return p.ok ? p.value.status?.conditions?.find((x) => x.type === 'PodScheduled') : undefined;
  };

  it('binding writes PodScheduled=True with the pod on its node', () => {
    const c = testCluster();
    c.api.create<'Pod'>(bare());
    const p = c.api.get('Pod', 'default', 'p');
    expect(p.ok && p.value.spec.nodeName).toBe('worker-1');
    expect(scheduled(c)).toMatchObject({ status: 'True', lastTransitionTime: '2026-01-01T00:00:00Z' });
  });

  it('a pod that fits nowhere gets PodScheduled=False Unschedulable once, and is bound when a node changes to fit it', () => {
    const c = testCluster();
    c.api.create<'Pod'>(bare({ disk: 'ssd' }));
    c.advance(5_000);
    expect(scheduled(c)).toMatchObject({ status: 'False', reason: 'Unschedulable' });
    expect(scheduled(c)?.message).toMatch(/^0\/3 nodes are available: 1 node\(s\) had untolerated taint/);
    const events = c.changes().filter((ch) => ch.object.kind === 'Event' && (ch.object as { reason?: string }).reason === 'FailedScheduling');
    expect(events.map((e) => (e.object as { count?: number }).count)).toEqual([1]);
    c.api.patch('Node', '', 'worker-2', 'merge', { metadata: { labels: { disk: 'ssd' } } });
    const p = c.api.get('Pod', 'default', 'p');
    expect(p.ok && p.value.spec.nodeName).toBe('worker-2');
    expect(scheduled(c)).toMatchObject({ status: 'True', lastTransitionTime: '2026-01-01T00:00:05Z' });
  });
});

describe('what the engine writes', () => {
  it('no stored version of any object carries an undefined member (owned writes skip the decode pass)', () => {
    const c = testCluster();
    c.api.create(manifest('web', { replicas: 4 }));
    settle(c);
    setImage(c, 'web', 'lab/app:v2');
    settle(c);
    c.api.delete('Deployment', 'default', 'web');
    settle(c);
    const undefinedAt = (v: unknown, path: string): string | undefined => {
      if (v === undefined) return path;
      if (typeof v !== 'object' || v === null) return undefined;
      for (const [k, x] of Object.entries(v)) {
        const found = undefinedAt(x, `${path}.${k}`);
        if (found) return found;
      }
      return undefined;
    };
    const bad = c.changes().map((ch) => undefinedAt(ch.object, `${ch.object.kind}/${ch.object.metadata.name}`)).filter(Boolean);
    expect(bad).toEqual([]);
  });
});
