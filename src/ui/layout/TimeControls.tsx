/** Play/pause, speed, step to the next change, and the simulated clock. */
import { SPEEDS, setSpeed, step, togglePlay } from '../state/actions';
import { useLab } from '../state/hooks';
import { selectClock } from '../state/selectors';

/** Simulated time as `HH:MM:SS` UTC. */
export function formatClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

export function TimeControls() {
  const clock = useLab(selectClock);
  return (
    <div className="time-controls" role="group" aria-label="Simulated time">
      <button type="button" className="btn" onClick={togglePlay} aria-pressed={clock.playing}
        title={clock.playing ? 'Pause the cluster' : 'Let the cluster run'}>
        {clock.playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <label className="speed">
        <span>Speed</span>
        <select value={clock.speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-label="Speed">
          {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </label>
      <button type="button" className="btn" onClick={step} title="Jump to the next thing the cluster will do">
        Step ⇥
      </button>
      <output className="clock" aria-label="Simulated clock" data-testid="sim-clock">
        <span className={clock.playing ? 'clock-dot running' : 'clock-dot'} aria-hidden="true" />
        {formatClock(clock.now)} <small>{clock.playing ? 'sim' : 'paused'}</small>
      </output>
    </div>
  );
}
