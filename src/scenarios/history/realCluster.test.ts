/**
 * The history checks on a log recorded by the real engine (createCluster): scenario 040's
 * learner paths, driven through the API as kubectl would drive it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster, type ReplicaSet } from '../../engine/index';
import type { CommandRecord } from '../checks/types';
import { createGrader, type GradeResult } from '../grade';
import { formatLoadError, loadScenario } from '../load';
import { deploymentBehindService, ok, waitComplete } from '../testing/trafficRun';

function scenario040() {
  const file = 'scenarios/040-zero-downtime-rollback.yaml';
  const r = loadScenario(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.map(formatLoadError).join('\n'));
  return r.scenario;
}

/** What `kubectl rollout undo` does: the template of the second-highest revision, hash label removed. */
function undo(c: Cluster, name: string): void {
  const rev = (o: ReplicaSet): number => Number(o.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const rss = ok(c.api.list('ReplicaSet', { namespace: 'default' })).filter((rs) => rs.metadata.ownerReferences?.[0]?.name === name);
  const target = rss.sort((a, b) => rev(b) - rev(a))[1]!;
  const labels = { ...target.spec.template!.metadata!.labels };
  delete labels['pod-template-hash'];
  const d = ok(c.api.get('Deployment', 'default', name));
  ok(c.api.update<'Deployment'>({ ...d, spec: { ...d.spec, template: { ...target.spec.template!, metadata: { ...target.spec.template!.metadata, labels } } } }));
}

function setup(): { c: Cluster; commands: CommandRecord[]; start: { startedAt: number; startVersion: number } } {
  const c = createCluster({ seed: 7 });
  deploymentBehindService(c, 'perl', 10, [{ name: 'perl', image: 'perl', command: ['perl', '-e', 'while (1) { sleep 60 }'] }, { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }], 80);
  c.advance(60_000);
  const err = c.traffic.start({ service: 'perl', ratePerSecond: 20 });
  if (err) throw new Error(err);
  const changes = c.changes();
  return { c, commands: [], start: { startedAt: c.now(), startVersion: changes[changes.length - 1]!.resourceVersion } };
}

function grade(s: ReturnType<typeof setup>): GradeResult {
  return createGrader(scenario040()).evaluate({
    api: s.c.api, changes: s.c.changes(), actions: s.c.actions(), commands: s.commands,
    readFile: () => undefined, traffic: s.c.traffic.samples(), now: s.c.now(), ...s.start,
  });
}

const detail = (r: GradeResult, id: string): string => r.checks.find((x) => x.id === id)!.detail;

function patchStrategy(c: Cluster, maxSurge: string, maxUnavailable: string): void {
  ok(c.api.patch('Deployment', 'default', 'perl', 'merge', { spec: { strategy: { rollingUpdate: { maxSurge, maxUnavailable } } } }));
}

function setImage(c: Cluster, image: string): void {
  ok(c.api.patch('Deployment', 'default', 'perl', 'strategic', { spec: { template: { spec: { containers: [{ name: 'perl', image }] } } } }));
}

describe('scenario 040 on the real engine', () => {
  it('the zero-downtime path: 5%/0%, update, undo — every check passes', () => {
    const s = setup();
    s.commands.push({ line: 'kubectl describe deployment perl', exitCode: 0, at: s.c.now() });
    patchStrategy(s.c, '5%', '0%');
    setImage(s.c, 'perl:5.40');
    waitComplete(s.c, 'perl');
    undo(s.c, 'perl');
    waitComplete(s.c, 'perl');
    const r = grade(s);
    expect(r.checks.filter((x) => !x.passed).map((x) => `${x.id}: ${x.detail}`)).toEqual([]);
    expect(detail(r, 'maxPodsDuringRollout')).toBe('at most 11 pods wanted (Σ ReplicaSet replicas) during 1 update(s)');
    expect(detail(r, 'minAvailableDuringRollout')).toBe('never fewer than 10 available pods during 1 update(s)');
    expect(detail(r, 'noFailedRequests')).toMatch(/^all \d+ requests were answered during 1 update\(s\)$/);
    expect(detail(r, 'noFailedRequests-2')).toMatch(/^all \d+ requests were answered during 1 rollback\(s\)$/);
  });

  it('the default 25%/25% path fails the strategy and both bounds, with the numbers', () => {
    const s = setup();
    setImage(s.c, 'perl:5.40');
    waitComplete(s.c, 'perl');
    undo(s.c, 'perl');
    waitComplete(s.c, 'perl');
    const r = grade(s);
    expect(detail(r, 'strategy')).toBe('maxSurge is 25%, not 5%; maxUnavailable is 25%, not 0%');
    expect(detail(r, 'maxPodsDuringRollout')).toMatch(/there were 13 pods wanted \(Σ ReplicaSet replicas\) at \+\d+s; at most 11 allowed$/);
    expect(detail(r, 'minAvailableDuringRollout')).toMatch(/only 8 available pods at \+\d+s; at least 10 required$/);
    // Capacity drops, yet no request fails: the Service drops a pod the moment it terminates.
    expect(detail(r, 'noFailedRequests')).toMatch(/^all \d+ requests were answered during 1 update\(s\)$/);
  });

  it('stopping the request stream before the update fails the traffic checks: no traffic was recorded', () => {
    const s = setup();
    s.c.advance(3000);
    s.c.traffic.stop();
    s.c.advance(5000);
    s.start.startedAt = s.c.now();
    patchStrategy(s.c, '5%', '0%');
    setImage(s.c, 'perl:5.40');
    waitComplete(s.c, 'perl');
    expect(detail(grade(s), 'noFailedRequests')).toBe('during the update to revision 2 (started +0s) no traffic was recorded');
  });

  it('never rolling back fails the rollback checks', () => {
    const s = setup();
    patchStrategy(s.c, '5%', '0%');
    setImage(s.c, 'perl:5.40');
    waitComplete(s.c, 'perl');
    const r = grade(s);
    expect(detail(r, 'rollback')).toBe('no rollback since "update" was met; wanted at least 1');
    expect(detail(r, 'deploymentImage')).toBe("the template's container perl uses perl:5.40, not perl");
    expect(r.done).toBe(false);
  });

  it('doing nothing passes nothing', () => {
    const r = grade(setup());
    expect(r.checks.filter((x) => x.passed)).toEqual([]);
  });
});

describe('cost on the real log', () => {
  it('evaluating after every change of a 10-replica update and rollback stays well under a millisecond', () => {
    const s = setup();
    patchStrategy(s.c, '5%', '0%');
    setImage(s.c, 'perl:5.40');
    waitComplete(s.c, 'perl');
    undo(s.c, 'perl');
    waitComplete(s.c, 'perl');
    const all = s.c.changes();
    const grader = createGrader(scenario040());
    const t0 = performance.now();
    let done = false;
    for (let n = 1; n <= all.length; n++) {
      done = grader.evaluate({
        api: s.c.api, changes: all.slice(0, n), actions: s.c.actions(), commands: [{ line: 'kubectl describe deploy perl', exitCode: 0, at: s.start.startedAt }],
        readFile: () => undefined, traffic: s.c.traffic.samples(), now: s.c.now(), ...s.start,
      }).done;
    }
    const perEval = (performance.now() - t0) / all.length;
    console.info(`${all.length} changes, ${perEval.toFixed(3)} ms per evaluation`);
    expect(done).toBe(true);
    expect(perEval).toBeLessThan(5);
  });
});
