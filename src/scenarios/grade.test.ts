import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, describeResult, type GradeResult, type GraderState } from './grade';
import { formatLoadError, loadScenario } from './load';
import type { Scenario } from './scenario';
import type { TrafficSecond } from '../engine/index';
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

/** A steady 10 requests per second, every one answered, from the start until now (the fake has no generator). */
function answeredTraffic(fc: FakeCluster): void {
  const seconds: TrafficSecond[] = [];
  for (let at = fc.startedAt; at < fc.now + 1000; at += 1000) {
    seconds.push({ at, service: 'perl', namespace: 'default', sent: 10, succeeded: 10, served: [], failed: { refused: 0, timeout: 0, http5xx: 0, unresolved: 0 } });
  }
  fc.traffic = seconds;
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
    answeredTraffic(fc);
    const r = createGrader(scenario040()).evaluate(fc.view());
    expect(describeResult(r).split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(r.done).toBe(true);
  });

  it('updating with the default 25%/25% strategy fails with the numbers that broke the rule', () => {
    const { fc, perl } = setup();
    fc.type('kubectl describe deployment perl');
    perl.setImage('perl:5.40');
    perl.undo();
    answeredTraffic(fc);
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
    answeredTraffic(fc);
    const r = createGrader(scenario040()).evaluate(fc.view());
    expect(failing(r)).toEqual(['rollback', 'deploymentImage', 'maxPodsDuringRollout-2', 'minAvailableDuringRollout-2', 'noFailedRequests-2', 'expr']);
    expect(byId(r, 'noFailedRequests-2').detail).toBe('Deployment "perl" has had no rollback yet, so there is nothing to judge');
    expect(byId(r, 'rollback').detail).toBe('no rollback since "update" was met; wanted at least 1');
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
    expect(byId(r, 'rollback').detail).toBe('no rollback since "update" was met; wanted at least 1');
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

/** A one-step scenario around the given checks (YAML, indented under `checks:`). */
function inline(checks: string): Scenario {
  const r = loadScenario(
    `id: t\ntitle: T\nsummary: S\ndifficulty: beginner\nminutes: 1\nsteps:\n  - title: A\n    text: B\n    checks:\n${checks}\nsolution: [x]\nexplanation: E\n`,
    't.yaml',
  );
  if (!r.ok) throw new Error(r.errors.map(formatLoadError).join('\n'));
  return r.scenario;
}

describe('combinators, ordering and latching', () => {
  it.each([
    { name: 'all passes when every child passes', checks: '      - all: [{ deploymentComplete: { name: web } }, { revisionCount: { name: web, equals: 1 } }]', passed: true },
    { name: 'all fails and says which child failed', checks: '      - all: [{ deploymentComplete: { name: web } }, { revisionCount: { name: web, equals: 2 } }]', passed: false },
    { name: 'any passes on one child', checks: '      - any: [{ deploymentComplete: { name: db } }, { deploymentComplete: { name: web } }]', passed: true },
    { name: 'not inverts', checks: '      - not: { objectExists: { kind: Deployment, name: db } }', passed: true },
  ])('$name', ({ checks, passed }) => {
    const { fc } = setup0();
    const r = createGrader(inline(checks)).evaluate(fc.view());
    expect(r.checks[0]!.passed).toBe(passed);
  });

  it('all: the detail names the failing child', () => {
    const { fc } = setup0();
    const r = createGrader(inline('      - all: [{ deploymentComplete: { name: web } }, { revisionCount: { name: web, equals: 2 } }]')).evaluate(fc.view());
    expect(r.checks[0]!.detail).toBe('Deployment "web" has exactly 2 revision(s) in its rollout history: the history lists 1 revision(s) (1); wanted exactly 2');
  });

  it('after: a rollout before the referenced rollback does not count; one after it does', () => {
    const { fc, web } = setup0();
    const grader = createGrader(inline('      - { id: back, rollbackCount: { deployment: web, min: 1 }, latch: true }\n      - { id: again, rolloutCount: { deployment: web, min: 1 }, after: back }'));
    web.setImage('nginx:1.27');
    web.undo();
    let r = grader.evaluate(fc.view());
    expect(r.checks.map((c) => c.passed)).toEqual([true, false]);
    expect(r.checks[1]!.detail).toBe('no update since "back" was met; wanted at least 1');
    web.setImage('nginx:1.28');
    r = grader.evaluate(fc.view());
    expect(r.checks.map((c) => c.passed)).toEqual([true, true]);
    expect(r.done).toBe(true);
  });

  it('after: a state check waits for the referenced check', () => {
    const { fc, web } = setup0();
    const grader = createGrader(inline('      - { id: up, deploymentImage: { name: web, image: "nginx:1.27" }, latch: true }\n      - { deploymentImage: { name: web, image: "nginx:1.26" }, after: up }'));
    let r = grader.evaluate(fc.view());
    expect(r.checks[1]).toMatchObject({ passed: false, detail: 'waits until "up" is met first: Deployment "web" uses image nginx:1.27' });
    web.setImage('nginx:1.27');
    r = grader.evaluate(fc.view());
    expect(r.checks.map((c) => c.passed)).toEqual([true, false]);
    web.undo();
    r = grader.evaluate(fc.view());
    expect(r.checks.map((c) => c.passed)).toEqual([true, true]);
  });

  it('latch: once met it stays met; without latch it follows the state', () => {
    const { fc, web } = setup0();
    const grader = createGrader(inline('      - { id: l, deploymentImage: { name: web, image: "nginx:1.27" }, latch: true }\n      - { id: p, deploymentImage: { name: web, image: "nginx:1.27" } }'));
    web.setImage('nginx:1.27');
    expect(grader.evaluate(fc.view()).checks.map((c) => c.passed)).toEqual([true, true]);
    web.undo();
    const r = grader.evaluate(fc.view());
    expect(r.checks.map((c) => c.passed)).toEqual([true, false]);
    expect(r.checks[0]!.detail).toMatch(/^met at \+\d+s$/);
    expect(grader.state().passed.l).toMatchObject({ latched: true });
    expect(grader.state().passed.p).toBeUndefined();
  });

  it('describeResult prints PASS and FAIL lines and a count', () => {
    const { fc } = setup0();
    const r = createGrader(inline('      - deploymentComplete: { name: web }\n      - { id: two, revisionCount: { name: web, min: 2 }, message: Roll out a second revision }')).evaluate(fc.view());
    expect(describeResult(r)).toBe(
      [
        'PASS  deploymentComplete: Deployment "web" has successfully rolled out',
        'FAIL  two: Roll out a second revision — the history lists 1 revision(s) (1); wanted at least 2',
        '1 of 2 checks pass',
      ].join('\n'),
    );
  });
});

function setup0(): { fc: FakeCluster; web: MiniDeployment } {
  const fc = new FakeCluster();
  const web = new MiniDeployment(fc, 'web', 3);
  web.create('nginx:1.26');
  fc.start();
  return { fc, web };
}
