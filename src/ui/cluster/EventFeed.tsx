/**
 * The event feed as `kubectl get events` lists it (LAST SEEN, TYPE, REASON, OBJECT, MESSAGE),
 * with each controller step's one-line why in between. The scroll box is a reversed flex
 * column, so it stays at the newest line by itself (no forced layout on every update) and
 * keeps the learner's place when they scroll up.
 */
import { memo } from 'react';
import type { FeedItem } from '../../lab/view/index';

/** Lines drawn; older ones are in `kubectl get events`. */
const SHOWN = 120;

const FeedRow = memo(function FeedRow({ f }: { f: FeedItem }) {
  return (
    <tr className={`feed-${f.source} type-${f.type.toLowerCase()}`}>
      <td>{f.lastSeen}</td>
      <td>{f.source === 'why' ? <span className="why-badge">why</span> : f.type}</td>
      <td>{f.reason}</td>
      <td>{f.object}</td>
      <td>{f.message}{f.count > 1 ? ` (x${f.count})` : ''}</td>
    </tr>
  );
});

export const EventFeed = memo(function EventFeed({ feed }: { feed: readonly FeedItem[] }) {
  const shown = feed.length > SHOWN ? feed.slice(feed.length - SHOWN) : feed;
  return (
    <section className="event-feed" aria-label="Events">
      <h3>Events <small>(kubectl get events, with each controller step's why)</small></h3>
      <div className="feed-scroll" tabIndex={0} role="region" aria-label="Event lines">
        {feed.length === 0 ? <p className="empty">No events yet.</p> : (
          <table>
            <thead><tr><th>LAST SEEN</th><th>TYPE</th><th>REASON</th><th>OBJECT</th><th>MESSAGE</th></tr></thead>
            <tbody>
              {shown.map((f) => <FeedRow key={f.id} f={f} />)}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
});
