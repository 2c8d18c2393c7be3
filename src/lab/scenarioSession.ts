/**
 * Starting a scenario: a session seeded and stocked as the scenario says, its setup commands
 * run headless (setup takes no learner time), then handed to the learner with the grader on.
 */
import type { Scenario } from '../scenarios/index';
import type { Writer } from '../shell/command';
import { createSession, type LabSession, type SessionSnapshot } from './session';
import type { TimeMode } from './timer';

export interface SetupFailure {
  line: string;
  exitCode: number;
  output: string;
}

/**
 * startScenario builds a session for `scenario` and runs its setup. A saved snapshot of the same
 * scenario resumes instead (its journal already holds the setup). Setup commands that fail are
 * reported: a scenario whose setup fails is broken, and scenarios:check says so.
 */
export async function startScenario(
  scenario: Scenario,
  mode: TimeMode,
  saved?: SessionSnapshot,
): Promise<{ session: LabSession; failures: SetupFailure[] }> {
  if (saved?.scenario?.id === scenario.id) {
    const session = createSession({ mode, restore: saved });
    session.attachScenario(scenario, saved.scenario);
    return { session, failures: [] };
  }
  const session = createSession({ mode: 'headless', files: scenario.setup.files, images: scenario.setup.images, ...(scenario.setup.seed !== undefined ? { seed: scenario.setup.seed } : {}) });
  const failures: SetupFailure[] = [];
  for (const line of scenario.setup.commands) {
    let output = '';
    const w: Writer = { write: (s) => void (output += s) };
    const exitCode = await session.runSetupLine(line, { stdout: w, stderr: w });
    if (exitCode !== 0) failures.push({ line, exitCode, output });
  }
  session.setTimeMode(mode);
  session.attachScenario(scenario);
  return { session, failures };
}
