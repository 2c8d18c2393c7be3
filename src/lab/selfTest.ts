/**
 * A scenario's self-test, as `scenarios:check` and tests/scenarios.test.ts run it: after setup
 * the goal must NOT be met (a grader that passes without work is broken), and after the
 * reference solution it must be.
 */
import type { Scenario } from '../scenarios/index';
import { startScenario } from './scenarioSession';
import { runTranscript } from './transcript';

/** Problems found, in words; empty when the scenario is sound. */
export async function selfTestScenario(scenario: Scenario): Promise<string[]> {
  const problems: string[] = [];
  const { session, failures } = await startScenario(scenario, 'headless');
  for (const f of failures) problems.push(`setup line "${f.line}" exited ${f.exitCode}: ${f.output.trim()}`);
  const before = session.grade();
  if (!before) return [...problems, 'no grader'];
  if (before.done) problems.push('goal already met right after setup');
  await runTranscript(session, scenario.solution);
  const after = session.grade();
  if (!after?.done) {
    const missing = after?.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.detail || c.message}`) ?? [];
    problems.push(`goal not met after the solution (${missing.join('; ')})`);
  }
  return problems;
}
