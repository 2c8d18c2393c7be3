import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader } from './grade';
import { formatLoadError, loadAll } from './load';
import { FakeCluster } from './testing/fakeCluster';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => /^\d{3}-.+\.yaml$/.test(f))
  .map((f) => ({ name: `scenarios/${f}`, text: readFileSync(new URL(f, dir), 'utf8') }));

describe('the shipped scenarios', () => {
  it('are at least the eleven of issue 7, and all load without a mistake', () => {
    const r = loadAll(files);
    expect(r.errors.map(formatLoadError)).toEqual([]);
    expect(r.scenarios.length).toBeGreaterThanOrEqual(11);
  });

  it.each(files)('$name points editors at the JSON Schema', ({ text }) => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
  });

  it.each(files)('$name is not met on an empty cluster', ({ name, text }) => {
    const { scenarios } = loadAll([{ name, text }]);
    const fc = new FakeCluster();
    fc.start();
    expect(createGrader(scenarios[0]!).evaluate(fc.view()).done).toBe(false);
  });

  it.each(files)('$name gives every step text, and hints that do not paste the solution', ({ name, text }) => {
    const s = loadAll([{ name, text }]).scenarios[0]!;
    for (const step of s.steps) {
      expect(step.text.length).toBeGreaterThan(40);
      for (const hint of step.hints) expect(s.solution).not.toContain(hint.replace(/`/g, ''));
    }
  });
});
