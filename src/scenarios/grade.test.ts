import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, describeResult, type GradeResult, type GraderState } from './grade';
import { formatLoadError, loadScenario } from './load';
import type { Scenario } from './scenario';
import { FakeCluster } from './testing/fakeCluster';
import { MiniDeployment } from './testing/miniDeployment';

function scenario040(): Scenario {
  const file = 'scenarios/040-zero-downtime-rollback.yaml';
  const r = loadScenario(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
  if (!r.ok) throw new Error(r.errors.map(formatLoadError).join('\n'));
  return r.scenario;
}

/** Setup of scenario 4: 10 perl pods, default strategy; then the learner takes over. */
function setup(): { fc: FakeCluster; perl: MiniDeployment } {
  const fc = new FakeCluster();
  const perl = new MiniDeployment(fc, 'perl', 10);
  perl.create('perl');
  fc.advance(5000);
  fc.start();
  return { fc, perl };
}

const byId = (r: GradeResult, id: string) => r.checks.find((c) => c.id === id)!;
const failing = (r: GradeResult) => r.checks.filter((c) => !c.passed).map((c) => c.id);

const zeroDowntime = { type: 'RollingUpdate', maxSurge: '5%', maxUnavailable: '0%' } as const;

describe('scenario 040 zero-downtime-rollback', () => {
  it('a learner who does nothing fails every check but none by accident', () => {
    const { fc } = setup();
    const r = createGrader(scenario040()).evaluate(fc.view());
    expect(r.done).toBe(false);
    expect(r.checks.filter((c) => c.passed).map((c) => c.id)).toEqual([]);
    expect(byId(r, 'strategy').detail).toBe('maxSurge is 25%, not 5%; maxUnavailable is 25%, not 0%');
    expect(byId(r, 'maxPodsDuringRollout').detail).toBe('Deployment "perl" has had no update yet, so there is nothing to judge');
    expect(byId(r, 'rollback').detail).toMatch(/^waits until "update" is met first/);
  });

  it('the full solution passes every check', () => {
    const { fc, perl } = setup();
    fc.type('kubectl describe deployment perl');
    perl.setStrategy(zeroDowntime);
    perl.setImage('perl:5.40');
    perl.undo();
    const r = createGrader(scenario040()).evaluate(fc.view());
    expect(describeResult(r).split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(r.done).toBe(true);
  });

  it('updating with the default 25%/25% strategy fails with the numbers that broke the rule', () => {
    const { fc, perl } = setup();
    fc.type('kubectl describe deployment perl');
    perl.setImage('perl:5.40');
    perl.undo();
    const r = createGrader(scenario040()).evaluate(fc.view());
    expect(failing(r)).toEqual(['strategy', 'maxPodsDuringRollout', 'minAvailableDuringRollout', 'maxPodsDuringRollout-2', 'minAvailableDuringRollout-2']);
    expect(byId(r, 'maxPodsDuringRollout').detail).toMatch(/^during the update to revision 2 \(started \+0s\) there were 13 pods wanted \(Σ ReplicaSet replicas\) at \+\d+s; at most 11 allowed$/);
    expect(byId(r, 'minAvailableDuringRollout').detail).toMatch(/only 8 available pods at/);
  });

  it('a learner who never rolls back fails the rollback checks', () => {
    const { fc, perl } = setup();
    fc.type('kubectl describe deploy/perl');
    perl.setStrategy(zeroDowntime);
    perl.setImage('perl:5.40');
    const r = createGrader(scenario040()).evaluate(fc.view());
    expect(failing(r)).toEqual(['rollback', 'deploymentImage', 'maxPodsDuringRollout-2', 'minAvailableDuringRollout-2', 'expr']);
    expect(byId(r, 'rollback').detail).toBe('no rollback yet; wanted at least 1');
    expect(byId(r, 'deploymentImage').detail).toBe("the template's container perl uses perl:5.40, not perl");
  });

  it('a rollback made during setup does not count for the learner', () => {
    const fc = new FakeCluster();
    const perl = new MiniDeployment(fc, 'perl', 10);
    perl.create('perl');
    perl.setImage('perl:5.38');
    perl.undo();
    fc.start();
    perl.setStrategy(zeroDowntime);
    perl.setImage('perl:5.40');
    const r = createGrader(scenario040()).evaluate(fc.view());
    expect(byId(r, 'update').passed).toBe(true);
    expect(byId(r, 'rollback').detail).toBe('no rollback yet; wanted at least 1');
  });

  it('latched checks stay met after a reload of the grader state', () => {
    const { fc, perl } = setup();
    perl.setStrategy(zeroDowntime);
    perl.setImage('perl:5.40');
    const first = createGrader(scenario040());
    expect(byId(first.evaluate(fc.view()), 'update').passed).toBe(true);
    const restored = createGrader(scenario040(), JSON.parse(JSON.stringify(first.state())) as GraderState);
    const empty = new FakeCluster();
    empty.start();
    expect(byId(restored.evaluate(empty.view()), 'update').passed).toBe(true);
  });

  it('grading after every change of a 10-replica update and rollback stays cheap', () => {
    const { fc, perl } = setup();
    perl.setStrategy(zeroDowntime);
    perl.setImage('perl:5.40');
    perl.undo();
    const grader = createGrader(scenario040());
    const all = [...fc.changes];
    const view = fc.view();
    const t0 = performance.now();
    for (let n = 1; n <= all.length; n++) grader.evaluate({ ...view, changes: all.slice(0, n) });
    const perEval = (performance.now() - t0) / all.length;
    expect(all.length).toBeGreaterThan(300);
    console.info(`${all.length} evaluations, ${perEval.toFixed(3)} ms each`);
    expect(perEval).toBeLessThan(5);
  });
});
