/** The revisions `kubectl rollout history` lists, with what a bare `rollout undo` would return to. */
import type { HistoryEntry } from '../../lab/view/index';

export function HistoryStrip({ history, name }: { history: readonly HistoryEntry[]; name: string }) {
  if (history.length === 0) return null;
  return (
    <div className="history-strip">
      <span className="strip-title">History</span>
      <ol aria-label={`Revision history of ${name}`}>
        {history.map((h) => (
          <li key={h.rs} className={h.current ? 'current' : h.undoTarget ? 'undo-target' : ''}>
            <span className="rev-badge">rev {h.revision}</span>
            <span className="history-image">{h.images.join(', ')}</span>
            <span className="history-cause">{h.changeCause}</span>
            {h.current && <span className="tag">current</span>}
            {h.undoTarget && <span className="tag undo">rollout undo → here</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
