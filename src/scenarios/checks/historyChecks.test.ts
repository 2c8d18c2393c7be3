import { beforeEach, describe, expect, it } from 'vitest';
import { FakeCluster } from '../testing/fakeCluster';
import { MiniDeployment } from '../testing/miniDeployment';
import { runCheck } from '../testing/runCheck';

let fc: FakeCluster;
let web: MiniDeployment;

beforeEach(() => {
  fc = new FakeCluster();
  web = new MiniDeployment(fc, 'web', 10, { type: 'RollingUpdate', maxSurge: '5%', maxUnavailable: '0%' });
  web.create('nginx:1.26');
  fc.advance(10_000);
  fc.start();
});

describe('before anything happens', () => {
  it.each([
    { kind: 'rolloutCount', args: { deployment: 'web', min: 1 }, detail: 'no update yet; wanted at least 1' },
    { kind: 'rollbackCount', args: { deployment: 'web', equals: 0 }, passed: true, detail: 'no rollback yet' },
    { kind: 'rolloutSequence', args: { deployment: 'web', sequence: ['rollout'] }, detail: 'no rollout or rollback yet; still missing: rollout' },
    { kind: 'maxPodsDuringRollout', args: { deployment: 'web', max: 11 }, detail: 'Deployment "web" has had no update yet, so there is nothing to judge' },
    { kind: 'minAvailableDuringRollout', args: { deployment: 'web', min: 10, during: 'any' }, detail: 'Deployment "web" has had no rollout or rollback yet, so there is nothing to judge' },
    { kind: 'oldAndNewOverlap', args: { deployment: 'web', overlap: false }, detail: 'Deployment "web" has had no update yet, so there is nothing to judge' },
    { kind: 'rollbackDuration', args: { deployment: 'web', maxSeconds: 60 }, detail: 'Deployment "web" has not been rolled back yet' },
  ])('$kind fails: $detail', ({ kind, args, detail, passed }) => {
    expect(runCheck(kind, args, fc)).toMatchObject({ passed: passed ?? false, detail });
  });
});

describe('a 10-replica update with maxSurge 5% / maxUnavailable 0%, then a rollback', () => {
  beforeEach(() => {
    web.setImage('nginx:1.27');
    fc.advance(5000);
    web.undo();
  });

  it.each([
    { name: 'rolloutCount: exactly 1 update', kind: 'rolloutCount', args: { deployment: 'web', equals: 1 }, passed: true, detail: /^1 update\(s\): revision 2 at \+0s$/ },
    { name: 'rollbackCount: 1 rollback', kind: 'rollbackCount', args: { deployment: 'web', min: 1 }, passed: true, detail: /^1 rollback\(s\): revision 3 at \+\d+s$/ },
    { name: 'rolloutCount: at most 0 fails', kind: 'rolloutCount', args: { deployment: 'web', max: 0 }, passed: false, detail: /; wanted at most 0$/ },
    { name: 'rolloutSequence: rollout then rollback', kind: 'rolloutSequence', args: { deployment: 'web', sequence: ['rollout', 'rollback'], exact: true }, passed: true, detail: /^so far: rollout, rollback$/ },
    { name: 'rolloutSequence: rollback then rollout is not what happened', kind: 'rolloutSequence', args: { deployment: 'web', sequence: ['rollback', 'rollout'] }, passed: false, detail: /still missing: rollout$/ },
    { name: 'maxPodsDuringRollout: never more than 11', kind: 'maxPodsDuringRollout', args: { deployment: 'web', max: 11, during: 'any' }, passed: true, detail: /^at most 11 pods wanted \(Σ ReplicaSet replicas\) during 2 rollout or rollback\(s\)$/ },
    { name: 'maxPodsDuringRollout: 10 is too few for a surge', kind: 'maxPodsDuringRollout', args: { deployment: 'web', max: 10 }, passed: false, detail: /there were 11 pods wanted/ },
    { name: 'maxPodsDuringRollout on pod objects counts Terminating pods too', kind: 'maxPodsDuringRollout', args: { deployment: 'web', max: 11, count: 'podObjects' }, passed: true, detail: /^at most 11 pod objects/ },
    { name: 'minAvailableDuringRollout: never below 10', kind: 'minAvailableDuringRollout', args: { deployment: 'web', min: 10, during: 'any' }, passed: true, detail: /^never fewer than 10 available pods/ },
    { name: 'minAvailableDuringRollout on Ready pods', kind: 'minAvailableDuringRollout', args: { deployment: 'web', min: 10, count: 'readyPods', during: 'rollbacks' }, passed: true, detail: /^never fewer than 10 Ready pods during 1 rollback/ },
    { name: 'oldAndNewOverlap: RollingUpdate overlaps', kind: 'oldAndNewOverlap', args: { deployment: 'web', overlap: true }, passed: true, detail: /^old and new pods overlapped in all 1 rollout/ },
    { name: 'oldAndNewOverlap: false fails for RollingUpdate', kind: 'oldAndNewOverlap', args: { deployment: 'web', overlap: false }, passed: false, detail: /old pod\(s\) and 1 new pod\(s\) existed together/ },
    { name: 'rollbackDuration within 120s', kind: 'rollbackDuration', args: { deployment: 'web', maxSeconds: 120 }, passed: true, detail: /^the rollback to revision 3 took \d+s$/ },
    { name: 'rollbackDuration within 1s is too fast to ask', kind: 'rollbackDuration', args: { deployment: 'web', maxSeconds: 1 }, passed: false, detail: /^the fastest rollback took \d+s; at most 1s allowed$/ },
  ])('$name', ({ kind, args, passed, detail }) => {
    const r = runCheck(kind, args, fc);
    expect(r.passed).toBe(passed);
    expect(r.detail).toMatch(detail);
  });
});

describe('the default 25%/25% strategy on 10 replicas', () => {
  it.each([
    { kind: 'maxPodsDuringRollout', args: { deployment: 'web', max: 11 }, detail: /there were 13 pods wanted \(Σ ReplicaSet replicas\) at \+\d+s; at most 11 allowed$/ },
    { kind: 'minAvailableDuringRollout', args: { deployment: 'web', min: 10 }, detail: /only 8 available pods at \+\d+s; at least 10 required$/ },
  ])('$kind tells the number', ({ kind, args, detail }) => {
    web.setStrategy({ type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' });
    web.setImage('nginx:1.27');
    const r = runCheck(kind, args, fc);
    expect(r.passed).toBe(false);
    expect(r.detail).toMatch(detail);
  });
});

describe('Recreate', () => {
  it('never has old and new pods at once, and drops to 0 available', () => {
    web.setStrategy({ type: 'Recreate' });
    web.setImage('nginx:1.27');
    expect(runCheck('oldAndNewOverlap', { deployment: 'web', overlap: false }, fc)).toMatchObject({ passed: true, detail: 'no overlap in 1 rollout(s)' });
    expect(runCheck('minAvailableDuringRollout', { deployment: 'web', min: 1 }, fc).detail).toMatch(/only 0 available pods at/);
  });
});

describe('a rollback that never completes', () => {
  it('rollbackDuration says it has not completed', () => {
    web.setImage('nginx:1.27');
    web.neverReady.add('nginx:1.26');
    web.undo();
    expect(runCheck('rollbackDuration', { deployment: 'web', maxSeconds: 600 }, fc).detail).toMatch(/^the rollback started at \+\d+s has not completed yet$/);
  });
});
