/** A dismissible notice (progress discarded, import refused, storage full), announced politely. */
import { setNotice, useScenarioState } from './scenarioStore';

export function NoticeBar() {
  const notice = useScenarioState((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="notice-bar" role="status" aria-live="polite" data-testid="notice">
      <span>{notice}</span>
      <button type="button" className="btn" onClick={() => setNotice(null)}>Dismiss</button>
    </div>
  );
}
