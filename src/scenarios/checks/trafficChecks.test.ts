/**
 * The traffic check kinds on records of a real engine run (createCluster + its traffic
 * generator): the demo app behind a Service at 10 requests per second, updated with Recreate
 * (a gap where every request is refused) and then with RollingUpdate 1/0 (none fail).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../engine/index';
import type { Evidence } from './types';
import { acceptsArgs } from '../testing/runCheck';
import { demoCluster, mark, recreateUpdate, rollingUpdate, runOnCluster } from '../testing/trafficRun';

const NO_TRAFFIC = /^no traffic was recorded, so there is nothing to judge/;

describe('without any traffic', () => {
  let run: { c: Cluster; start: Evidence };
  beforeAll(() => {
    run = demoCluster(false);
    rollingUpdate(run.c, 'kubelab/demo:v2');
  });

  it.each([
    { kind: 'noFailedRequests', args: { deployment: 'web' } },
    { kind: 'failedRequests', args: { deployment: 'web', max: 0 } },
    { kind: 'trafficShare', args: { version: 'v2', min: 0 } },
    { kind: 'newServedBeforeOldGone', args: { deployment: 'web' } },
  ])('$kind fails: no traffic was recorded (silence never passes)', ({ kind, args }) => {
    const r = runOnCluster(kind, args, run.c, run.start);
    expect(r.passed).toBe(false);
    expect(r.detail).toMatch(NO_TRAFFIC);
  });
});

describe('traffic but no rollout yet', () => {
  let run: { c: Cluster; start: Evidence };
  beforeAll(() => {
    run = demoCluster(true);
    run.c.advance(20_000);
  });

  it.each([
    { kind: 'noFailedRequests', args: { deployment: 'web' }, detail: 'Deployment "web" has had no update yet, so there is nothing to judge' },
    { kind: 'failedRequests', args: { deployment: 'web', during: 'any', max: 0 }, detail: 'Deployment "web" has had no rollout or rollback yet, so there is nothing to judge' },
    { kind: 'newServedBeforeOldGone', args: { deployment: 'web' }, detail: 'Deployment "web" has had no update yet, so there is nothing to judge' },
  ])('$kind $args.service fails: $detail', ({ kind, args, detail }) => {
    expect(runOnCluster(kind, args, run.c, run.start)).toEqual({ passed: false, detail });
  });

  it('trafficShare: v1 answered all 200 requests of 20 seconds', () => {
    expect(runOnCluster('trafficShare', { version: 'v1', min: 100 }, run.c, run.start)).toMatchObject({ passed: true, detail: 'since +0s version v1 answered 200 of 200 (100%; v1 200)' });
  });
});

describe('a Recreate update, then a RollingUpdate with maxSurge 1 / maxUnavailable 0', () => {
  let run: { c: Cluster; start: Evidence };
  let beforeRolling: Evidence;
  beforeAll(() => {
    run = demoCluster(true);
    recreateUpdate(run.c, 'kubelab/demo:v2');
    beforeRolling = mark(run.c);
    rollingUpdate(run.c, 'kubelab/demo:v3');
  });

  it.each([
    {
      name: 'noFailedRequests fails on the Recreate gap: how many, when and why',
      kind: 'noFailedRequests', args: { deployment: 'web', service: 'web' }, passed: false,
      detail: /^during the update to revision 2 \(started \+0s\) (\d+) of \d+ requests failed between \+1s and \+\d+s: \1 connection refused \(no ready endpoint, or nothing listening on the target port\)$/,
    },
    { name: 'failedRequests min 1: the gap was seen', kind: 'failedRequests', args: { deployment: 'web', min: 1 }, passed: true, detail: /^during 2 update\(s\) \d+ of \d+ requests failed between/ },
    { name: 'failedRequests max 0 fails with the count', kind: 'failedRequests', args: { deployment: 'web', max: 0 }, passed: false, detail: /connection refused \(no ready endpoint, or nothing listening on the target port\); wanted at most 0 failed$/ },
    {
      name: 'newServedBeforeOldGone fails on Recreate: nobody served in between',
      kind: 'newServedBeforeOldGone', args: { deployment: 'web' }, passed: false,
      detail: /^during the update to revision 2 \(started \+0s\) the old pods answered their last request in the second at \+0s, the new pods their first at \+\d+s: a gap with nobody serving$/,
    },
    {
      name: 'noFailedRequests on a Service nobody sent requests to: no traffic was recorded',
      kind: 'noFailedRequests', args: { deployment: 'web', service: 'api' }, passed: false,
      detail: /^no traffic was recorded to service "api", so there is nothing to judge \(a request stream must run while the Deployment rolls out\)$/,
    },
    { name: 'trafficShare during each update: v2 answered part of both', kind: 'trafficShare', args: { deployment: 'web', version: 'v2', min: 1, max: 99 }, passed: true, detail: /^version v2 answered \d+ of \d+ \(\d+(\.\d)?%; v1 \d+, v2 \d+\); version v2 answered/ },
    { name: 'trafficShare: v3 alone in the last 5 seconds', kind: 'trafficShare', args: { image: 'docker.io/kubelab/demo:v3', min: 100, lastSeconds: 5 }, passed: true, detail: /^in the last 5s image docker.io\/kubelab\/demo:v3 answered 50 of 50 \(100%; v3 50\)$/ },
    { name: 'trafficShare: v1 at most 1% since the start fails', kind: 'trafficShare', args: { version: 'v1', max: 1 }, passed: false, detail: /^since \+0s version v1 answered \d+ of \d+ \(\d+(\.\d)?%; v1 \d+, v2 \d+, v3 \d+\); wanted at most 1%$/ },
  ])('$name', ({ kind, args, passed, detail }) => {
    const r = runOnCluster(kind, args, run.c, run.start);
    expect(r.passed).toBe(passed);
    expect(r.detail).toMatch(detail);
  });

  it.each([
    { name: 'noFailedRequests after the Recreate update: all answered', kind: 'noFailedRequests', args: { deployment: 'web', service: 'web' }, detail: /^all \d+ requests were answered during 1 update\(s\)$/ },
    { name: 'failedRequests equals 0 after it', kind: 'failedRequests', args: { deployment: 'web', equals: 0 }, detail: /^during 1 update\(s\) all \d+ requests were answered$/ },
    { name: 'newServedBeforeOldGone: v2 and v3 overlapped', kind: 'newServedBeforeOldGone', args: { deployment: 'web' }, detail: /^old and new pods both answered requests in all 1 update\(s\)$/ },
  ])('$name', ({ kind, args, detail }) => {
    const r = runOnCluster(kind, args, run.c, run.start, beforeRolling);
    expect(r.passed).toBe(true);
    expect(r.detail).toMatch(detail);
  });
});

describe('a rolling update that starts in the very second the Recreate update completes', () => {
  it('noFailedRequests counts only its whole seconds: the Recreate gap is not blamed on it', () => {
    const { c, start } = demoCluster(true);
    c.advance(2); // as kubectl does: the update lands 2 ms into a second, so the gap ends 2 ms into one
    recreateUpdate(c, 'kubelab/demo:v2', 0);
    const between = mark(c);
    const gapSecond = c.traffic.current();
    rollingUpdate(c, 'kubelab/demo:v3');
    expect(gapSecond?.failed.refused).toBeGreaterThan(0);
    expect(runOnCluster('noFailedRequests', { deployment: 'web' }, c, start, between)).toMatchObject({ passed: true, detail: expect.stringMatching(/^all \d+ requests were answered during 1 update\(s\)$/) as unknown });
    expect(runOnCluster('failedRequests', { deployment: 'web', min: 1 }, c, start)).toMatchObject({ passed: true });
  });
});

describe('argument schemas', () => {
  it.each([
    { kind: 'trafficShare', args: { version: 'v2', min: 50 }, ok: true },
    { kind: 'trafficShare', args: { version: 'v2', image: 'kubelab/demo:v2', min: 50 }, ok: false },
    { kind: 'trafficShare', args: { min: 50 }, ok: false },
    { kind: 'trafficShare', args: { version: 'v2' }, ok: false },
    { kind: 'trafficShare', args: { version: 'v2', max: 101 }, ok: false },
    { kind: 'trafficShare', args: { version: 'v2', min: 1, deployment: 'web', lastSeconds: 5 }, ok: false },
    { kind: 'trafficShare', args: { version: 'v2', min: 1, during: 'rollbacks' }, ok: false },
    { kind: 'noFailedRequests', args: { deployment: 'web', during: 'any', service: 'web' }, ok: true },
    { kind: 'noFailedRequests', args: { deployment: 'web', max: 0 }, ok: false },
    { kind: 'failedRequests', args: { deployment: 'web' }, ok: false },
    { kind: 'newServedBeforeOldGone', args: { deployment: 'web', during: 'rollbacks' }, ok: true },
  ])('$kind $args → valid: $ok', ({ kind, args, ok }) => {
    expect(acceptsArgs(kind, args)).toBe(ok);
  });
});
