/**
 * The event feed as `kubectl get events` lists it (LAST SEEN, TYPE, REASON, OBJECT, MESSAGE),
 * with each controller step's one-line why in between. Sticks to the bottom while new lines arrive.
 */
import { useLayoutEffect, useRef } from 'react';
import type { FeedItem } from '../../lab/view/index';

export function EventFeed({ feed }: { feed: readonly FeedItem[] }) {
  const box = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  useLayoutEffect(() => {
    const el = box.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [feed]);
  return (
    <section className="event-feed" aria-label="Events">
      <h3>Events <small>(kubectl get events, with each controller step's why)</small></h3>
      <div className="feed-scroll" ref={box} tabIndex={0}
        onScroll={(e) => { const el = e.currentTarget; stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24; }}>
        {feed.length === 0 ? <p className="empty">No events yet.</p> : (
          <table>
            <thead><tr><th>LAST SEEN</th><th>TYPE</th><th>REASON</th><th>OBJECT</th><th>MESSAGE</th></tr></thead>
            <tbody>
              {feed.map((f) => (
                <tr key={f.id} className={`feed-${f.source} type-${f.type.toLowerCase()}`}>
                  <td>{f.lastSeen}</td>
                  <td>{f.source === 'why' ? <span className="why-badge">why</span> : f.type}</td>
                  <td>{f.reason}</td>
                  <td>{f.object}</td>
                  <td>{f.message}{f.count > 1 ? ` (x${f.count})` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
