import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cluster } from '../clusterTypes';
import type { Deployment } from '../types/objects';
import type { TrafficSecond } from './types';
import { createCluster } from '../cluster';
import { demoDeployment, must, run, serviceBody, webCluster } from '../network/testing';

/** Sets the web Deployment's image to `image` with `strategy`. */
function update(c: Cluster, image: string, strategy: NonNullable<Deployment['spec']['strategy']>): void {
  const d = structuredClone(must(c.api.get('Deployment', 'default', 'web')));
  d.spec.strategy = strategy;
  const first = d.spec.template.spec?.containers[0];
  if (first) first.image = image;
  must(c.api.update(d));
}

const failed = (s: readonly TrafficSecond[]) => s.reduce((n, x) => n + x.failed.refused + x.failed.timeout + x.failed.http5xx + x.failed.unresolved, 0);
const versions = (s: TrafficSecond) => [...new Set(s.served.map((x) => x.version))];

/** 3 demo pods behind `web`, 10 requests/s, then an update to v2 with `strategy`; 40 s recorded. */
function rollout(strategy: NonNullable<Deployment['spec']['strategy']>, readEvery?: number): readonly TrafficSecond[] {
  const c = webCluster();
  expect(c.traffic.start({ service: 'web', ratePerSecond: 10 })).toBeUndefined();
  run(c, 5_000);
  update(c, 'kubelab/demo:v2', strategy);
  for (let t = 0; t < 40_000; t += readEvery ?? 40_000) {
    c.advance(readEvery ?? 40_000);
    if (readEvery) c.traffic.samples();
  }
  return c.traffic.samples();
}

const ZERO_DOWNTIME = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '0%' } } as const;

describe('traffic generator', () => {
  it('RollingUpdate with maxUnavailable 0%: no request fails and answers move from v1 to v2', () => {
    const s = rollout(ZERO_DOWNTIME);
    expect(s).toHaveLength(45);
    expect(s.every((x) => x.sent === 10)).toBe(true);
    expect(failed(s)).toBe(0);
    expect(versions(s[0] ?? s[1]!)).toEqual(['v1']);
    expect(s.some((x) => versions(x).length === 2)).toBe(true);
    expect(versions(s[s.length - 1]!)).toEqual(['v2']);
  });

  it('Recreate: a gap of refused connections between the last v1 and the first v2 answer', () => {
    const s = rollout({ type: 'Recreate' });
    const gap = s.filter((x) => x.failed.refused === x.sent);
    expect(gap.length).toBeGreaterThanOrEqual(3);
    expect(s.some((x) => versions(x).length === 2)).toBe(false);
    const lastV1 = s.length - 1 - [...s].reverse().findIndex((x) => versions(x).includes('v1'));
    const firstV2 = s.findIndex((x) => versions(x).includes('v2'));
    expect(firstV2 - lastV1).toBeGreaterThan(3);
    expect(failed(s)).toBe(s.slice(lastV1, firstV2 + 1).reduce((n, x) => n + x.failed.refused, 0));
  });

  it('records do not depend on when or how often they are read', () => {
    expect(rollout({ type: 'Recreate' }, 100)).toEqual(rollout({ type: 'Recreate' }));
    expect(rollout(ZERO_DOWNTIME, 700)).toEqual(rollout(ZERO_DOWNTIME));
  });

  it('records name the ReplicaSet, pod-template-hash, version and image that answered', () => {
    const c = webCluster();
    c.traffic.start({ service: 'web', ratePerSecond: 30 });
    c.advance(2_000);
    const rs = must(c.api.list('ReplicaSet', { namespace: 'default' }))[0];
    const [first] = c.traffic.samples();
    expect(first?.served).toEqual([{
      replicaSet: rs?.metadata.name, podTemplateHash: rs?.metadata.labels?.['pod-template-hash'], version: 'v1', image: 'kubelab/demo:v1', count: 30, errors: 0, pods: 3,
    }]);
    expect(first).toMatchObject({ service: 'web', namespace: 'default', sent: 30, succeeded: 30, at: c.now() - 2_000 });
  });

  it('schedules no clock work: the next due time is the same with traffic running', () => {
    const c = webCluster();
    const due = c.nextDueAt();
    c.traffic.start({ service: 'web', ratePerSecond: 50 });
    expect(c.nextDueAt()).toBe(due);
    c.advance(1_000);
    c.traffic.stop();
    const d = webCluster();
    d.advance(1_000);
    expect(c.nextDueAt()).toBe(d.nextDueAt());
  });

  it('current() shows the second in progress before it is recorded', () => {
    const c = webCluster();
    c.traffic.start({ service: 'web', ratePerSecond: 10 });
    c.advance(1_450);
    expect([c.traffic.samples().length, c.traffic.current()?.sent, c.traffic.current()?.at]).toEqual([1, 5, c.now() - 450]);
    c.traffic.stop();
    expect(c.traffic.current()).toBeUndefined();
  });

  it('rate changes apply from now; stop records the partial last second', () => {
    const c = webCluster();
    c.traffic.start({ service: 'web', ratePerSecond: 2 });
    c.advance(3_000);
    expect(c.traffic.setRate(5)).toBeUndefined();
    c.advance(2_500);
    c.traffic.stop();
    c.advance(5_000);
    expect(c.traffic.samples().map((x) => x.sent)).toEqual([2, 2, 2, 5, 5, 3]);
    expect(c.traffic.status()).toEqual({ running: false });
  });

  it('sessionAffinity ClientIP: the generator, one client, is served by one pod', () => {
    const c = webCluster();
    const svc = must(c.api.get('Service', 'default', 'web'));
    must(c.api.update({ ...svc, spec: { ...svc.spec, sessionAffinity: 'ClientIP' } }));
    c.traffic.start({ service: 'web', ratePerSecond: 20 });
    c.advance(3_000);
    expect(c.traffic.samples().map((x) => x.served.map((y) => y.pods))).toEqual([[1], [1], [1]]);
    expect(c.traffic.samples().reduce((n, x) => n + x.served.reduce((m, y) => m + y.count, 0), 0)).toBe(60);
  });

  it.each([
    { name: 'zero', rate: 0 },
    { name: 'negative', rate: -1 },
    { name: 'not a number', rate: Number.NaN },
    { name: 'above the maximum', rate: 5000 },
  ])('refuses a $name rate', ({ rate }) => {
    const c = createCluster();
    expect(c.traffic.start({ service: 'web', ratePerSecond: rate })).toMatch(/^invalid rate/);
    expect(c.traffic.status()).toEqual({ running: false });
  });

  it('a Service that does not exist fails every request as unresolved; one without ready pods as refused', () => {
    const c = createCluster();
    c.traffic.start({ service: 'nope', ratePerSecond: 3 });
    c.advance(1_000);
    expect(c.traffic.samples()[0]?.failed).toEqual({ refused: 0, timeout: 0, http5xx: 0, unresolved: 3 });
    must(c.api.create(serviceBody('web')));
    must(c.api.create(demoDeployment('web', { replicas: 0 })));
    c.traffic.start({ service: 'web', ratePerSecond: 3 });
    c.advance(1_000);
    expect(c.traffic.samples().at(-1)?.failed).toEqual({ refused: 3, timeout: 0, http5xx: 0, unresolved: 0 });
  });

  it('an image answering 500s counts as http5xx failures, still attributed to its version', () => {
    const c = createCluster({ images: [{ repository: 'lab/bad', tags: ['v1'], pullMs: 100, startMs: 100, readyAfterMs: 0, process: { kind: 'serve' }, logs: [], stopMs: 0, http: { port: 8080, status: 500, headers: {}, body: 'oops', latencyMs: 1 } }] });
    must(c.api.create(demoDeployment('web', { image: 'lab/bad:v1', replicas: 1 })));
    must(c.api.create(serviceBody('web')));
    run(c, 5_000);
    c.traffic.start({ service: 'web', ratePerSecond: 2 });
    c.advance(1_000);
    const [s] = c.traffic.samples();
    expect(s?.failed.http5xx).toBe(2);
    expect(s?.served[0]).toMatchObject({ version: 'v1', count: 2, errors: 2 });
  });
});

describe('traffic generator determinism (property)', () => {
  it('any schedule of reads and clock steps gives the records of one read at the end', () => {
    const reference = rollout({ type: 'Recreate' });
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 4_000 }), { minLength: 1, maxLength: 30 }), (steps) => {
      const c = webCluster();
      c.traffic.start({ service: 'web', ratePerSecond: 10 });
      run(c, 5_000);
      update(c, 'kubelab/demo:v2', { type: 'Recreate' });
      let left = 40_000;
      for (const step of steps) {
        if (left <= 0) break;
        const ms = Math.min(step, left);
        c.advance(ms);
        left -= ms;
        c.traffic.samples();
      }
      c.advance(left);
      expect(c.traffic.samples()).toEqual(reference);
    }), { numRuns: 15 });
  });
});
