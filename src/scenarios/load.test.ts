import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { formatLoadError, loadAll, loadScenario } from './load';

/** A valid scenario with one step; `step` replaces the step's checks block. */
const scenario = (checks: string, extra = ''): string => `id: demo
title: Demo
summary: A demo.
difficulty: beginner
minutes: 5
steps:
  - title: Do it
    text: Run it.
    checks:
${checks}
solution:
  - kubectl get pods
explanation: Done.
${extra}`;

const errorsOf = (text: string, file = 'scenarios/010-demo.yaml'): string[] => {
  const r = loadScenario(text, file);
  return r.ok ? [] : r.errors.map(formatLoadError);
};

describe('loadScenario', () => {
  it('loads a valid file and names checks by kind', () => {
    const r = loadScenario(scenario('      - deploymentComplete: { name: web }\n      - deploymentComplete: { name: db }'), 'scenarios/010-demo.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.steps[0]!.checks.map((c) => c.id)).toEqual(['deploymentComplete', 'deploymentComplete-2']);
    expect(r.scenario.steps[0]!.checks[0]!.message).toBe('Deployment "web" has successfully rolled out');
    expect(r.scenario.setup).toEqual({ files: {}, commands: [], images: [] });
  });

  it.each([
    {
      name: 'wrong type of an argument',
      checks: '      - strategyIs: { name: web, type: RollingUpdate, maxSurge: true }',
      want: ['scenarios/010-demo.yaml:10:65: steps[0].checks[0].strategyIs.maxSurge: expected number or string, got boolean true'],
    },
    {
      name: 'unknown check kind lists the known kinds',
      checks: '      - podsHappy: { name: web }',
      want: [expect.stringMatching(/^scenarios\/010-demo\.yaml:10:9: steps\[0\]\.checks\[0\]\.podsHappy: unknown check kind "podsHappy"; known kinds: objectExists, fieldEquals, .*, expr, all, any, not$/)],
    },
    {
      name: 'missing required argument points at the map that lacks it',
      checks: '      - deploymentImage: { name: web }',
      want: ['scenarios/010-demo.yaml:10:26: steps[0].checks[0].deploymentImage.image: required field is missing (expected string)'],
    },
    {
      name: 'unknown field inside a check points at the key',
      checks: '      - deploymentComplete:\n          name: web\n          replicas: 3',
      want: ['scenarios/010-demo.yaml:12:11: steps[0].checks[0].deploymentComplete.replicas: unknown field "replicas"'],
    },
    {
      name: 'two kinds in one check',
      checks: '      - deploymentComplete: { name: web }\n        revisionCount: { name: web, min: 2 }',
      want: ['scenarios/010-demo.yaml:10:9: steps[0].checks[0]: a check has exactly one kind; found "deploymentComplete", "revisionCount"'],
    },
    {
      name: 'nested checks inside all are resolved by their kind',
      checks: '      - all:\n          - deploymentComplete: { name: web }\n          - rolloutCount: { deployment: web }',
      want: ['scenarios/010-demo.yaml:12:27: steps[0].checks[0].all[1].rolloutCount: give at least one of equals, min, max'],
    },
    {
      name: 'bad regular expression',
      checks: "      - commandUsed: { pattern: 'kubectl (get' }",
      want: [expect.stringMatching(/^scenarios\/010-demo\.yaml:10:33: steps\[0\]\.checks\[0\]\.commandUsed\.pattern: not a valid regular expression: /)],
    },
    {
      name: 'CEL that does not parse',
      checks: "      - expr: { expression: 'size(objects.pods) >' }",
      want: [expect.stringMatching(/^scenarios\/010-demo\.yaml:10:29: steps\[0\]\.checks\[0\]\.expr\.expression: CEL: Unexpected token/)],
    },
    {
      name: 'CEL that does not yield bool',
      checks: "      - expr: { expression: 'size(objects.pods)' }",
      want: ['scenarios/010-demo.yaml:10:29: steps[0].checks[0].expr.expression: CEL: the expression yields int; it must yield bool'],
    },
    {
      name: 'after names an unknown id',
      checks: '      - deploymentComplete: { name: web }\n        after: nothing',
      want: ['scenarios/010-demo.yaml:11:16: steps[0].checks[0].after: no check has id "nothing"; ids: (none given)'],
    },
    {
      name: 'after goes round in a circle',
      checks: '      - { id: a, after: b, deploymentComplete: { name: web } }\n      - { id: b, after: a, deploymentComplete: { name: db } }',
      want: [
        'scenarios/010-demo.yaml:10:25: steps[0].checks[0].after: "after" goes round in a circle: a → b → a',
        'scenarios/010-demo.yaml:11:25: steps[0].checks[1].after: "after" goes round in a circle: b → a → b',
      ],
    },
    {
      name: 'duplicate ids',
      checks: '      - { id: a, deploymentComplete: { name: web } }\n      - { id: a, deploymentComplete: { name: db } }',
      want: ['scenarios/010-demo.yaml:11:15: steps[0].checks[1].id: id "a" is already used at steps[0].checks[0]'],
    },
  ])('$name', ({ checks, want }) => {
    expect(errorsOf(scenario(checks))).toEqual(want);
  });

  it.each([
    { name: 'setup.traffic with a service and a rate loads', traffic: '{ service: web, ratePerSecond: 10, port: 80, path: /healthz }', want: [] },
    { name: 'setup.traffic needs a rate above 0', traffic: '{ service: web, ratePerSecond: 0 }', want: ['scenarios/010-demo.yaml:15:43: setup.traffic.ratePerSecond: Too small: expected number to be >0'] },
    { name: 'setup.traffic rejects a path without a slash', traffic: '{ service: web, ratePerSecond: 5, path: healthz }', want: ['scenarios/010-demo.yaml:15:52: setup.traffic.path: a path starting with "/"'] },
    { name: 'setup.traffic needs a service', traffic: '{ ratePerSecond: 5 }', want: ['scenarios/010-demo.yaml:15:12: setup.traffic.service: required field is missing (expected string)'] },
  ])('$name', ({ traffic, want }) => {
    expect(errorsOf(scenario('      - deploymentComplete: { name: web }', `setup:\n  traffic: ${traffic}\n`))).toEqual(want);
  });

  it('reports every mistake at once, top-level ones included', () => {
    const text = scenario('      - deploymentComplete: {}', 'difficulty2: hard\n').replace('minutes: 5', 'minutes: five');
    expect(errorsOf(text)).toEqual([
      'scenarios/010-demo.yaml:5:10: minutes: expected number, got the string "five"',
      'scenarios/010-demo.yaml:10:29: steps[0].checks[0].deploymentComplete.name: required field is missing (expected string)',
      'scenarios/010-demo.yaml:14:1: difficulty2: unknown field "difficulty2"',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    expect(errorsOf('id: demo\ntitle: [unclosed\n')).toEqual([expect.stringMatching(/^scenarios\/010-demo\.yaml:\d+:\d+: \(yaml\): /)]);
  });

  it('wants the id to match the file name', () => {
    expect(errorsOf(scenario('      - deploymentComplete: { name: web }'), 'scenarios/010-other.yaml')).toEqual([
      'scenarios/010-other.yaml:1:5: id: id "demo" does not match the file name 010-other.yaml (expected "other")',
    ]);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['', '*!', 'a: *unknown', '---\n- a\n- b', 'null', '{{{', 'id: [1, 2]', '\t\tx', 'steps: [{ checks: [1, null, "x", [] ] }]']) {
      expect(() => loadScenario(text, 'x.yaml')).not.toThrow();
      expect(loadScenario(text, 'x.yaml').ok).toBe(false);
    }
  });
});

describe('loadScenario on arbitrary input', () => {
  it('never throws, and every error has a position and a message', () => {
    const valid = scenario('      - deploymentComplete: { name: web }');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => stringify(v)), fc.nat(valid.length).map((n) => valid.slice(0, n))), (text) => {
        const r = loadScenario(text, 'x.yaml');
        if (r.ok) return;
        for (const e of r.errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadAll', () => {
  it('rejects the same id in two files', () => {
    const text = scenario('      - deploymentComplete: { name: web }');
    const r = loadAll([{ name: 'a.yaml', text }, { name: 'b.yaml', text }]);
    expect(r.scenarios).toHaveLength(1);
    expect(r.errors.map(formatLoadError)).toEqual(['b.yaml:1:1: id: id "demo" is also used by a.yaml']);
  });
});
