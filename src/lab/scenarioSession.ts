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
  const traffic = startTraffic(session, scenario.setup.traffic);
  if (traffic) failures.push(traffic);
  session.setTimeMode(mode);
  session.attachScenario(scenario);
  return { session, failures };
}

/**
 * Starts the scenario's request stream (setup.traffic) through the session's journaled
 * generator, so a reload replays it. A Service the setup did not create, or a bad rate, is
 * reported like a failed setup command.
 */
function startTraffic(session: LabSession, t: Scenario['setup']['traffic']): SetupFailure | undefined {
  if (!t) return undefined;
  const namespace = t.namespace ?? 'default';
  const line = `setup.traffic: ${t.ratePerSecond}/s to service ${t.service} in namespace ${namespace}`;
  if (!session.cluster.api.get('Service', namespace, t.service).ok) {
    return { line, exitCode: 1, output: `services "${t.service}" not found in namespace ${namespace}\n` };
  }
  const err = session.cluster.traffic.start({
    service: t.service,
    namespace,
    ratePerSecond: t.ratePerSecond,
    ...(t.port !== undefined ? { port: t.port } : {}),
    ...(t.path !== undefined ? { path: t.path } : {}),
  });
  return err === undefined ? undefined : { line, exitCode: 1, output: `${err}\n` };
}
