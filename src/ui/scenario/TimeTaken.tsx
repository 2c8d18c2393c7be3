/** Time spent in the running lab: simulated (the cluster's clock since the learner took over) and real. */
import { useLab } from '../state/hooks';
import { useScenarioState, wallMsNow } from './scenarioStore';

/** `1 min 05 s`, `42 s`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

export function TimeTaken() {
  const now = useLab((s) => s.clock.now);
  const startedAt = useScenarioState((s) => s.startedAt);
  const state = useScenarioState((s) => s);
  if (startedAt === null) return null;
  return <span data-testid="time-taken">{formatDuration(now - startedAt)} simulated, {formatDuration(wallMsNow(state))} real</span>;
}
