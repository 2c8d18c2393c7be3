/**
 * Scenario self-tests over every file in scenarios/: the file loads without a mistake, the goal
 * is not met right after setup, and replaying the reference solution meets it.
 */
import { describe, expect, it } from 'vitest';
import { selfTestScenario } from '../src/lab/index';
import { loadScenarioDir } from '../src/headless/files';

const { scenarios, errors } = loadScenarioDir();

describe('scenarios', () => {
  it('every file loads without a mistake', () => {
    expect(errors).toEqual([]);
    expect(scenarios.length).toBeGreaterThanOrEqual(11);
  });
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: not done after setup, done after its solution', async (_id, scenario) => {
    expect(await selfTestScenario(scenario)).toEqual([]);
  });
});
