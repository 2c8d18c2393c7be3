/**
 * The event feed: stored Events as `kubectl get events` lists them (LAST SEEN, TYPE,
 * REASON, OBJECT, MESSAGE), interleaved with each controller step's one-line why.
 */
import type { ControllerAction, Event } from '../../engine/index';
import type { FeedItem, ViewHelpers } from './types';

/** Actors whose steps explain a rollout; kubelet and scheduler steps already show as pod events. */
const EXPLAINING = new Set(['deployment-controller', 'replicaset-controller']);

/** The time an Event was last seen: lastTimestamp, else eventTime, else creation. */
export function eventLastSeen(ev: Event): number {
  const t = ev.lastTimestamp ?? ev.eventTime ?? ev.metadata.creationTimestamp;
  return Date.parse(t);
}

/** `kubectl get events` OBJECT column: lower-case kind, slash, name. */
const objectOf = (kind: string | undefined, name: string | undefined): string =>
  `${(kind ?? '').toLowerCase()}/${name ?? ''}`;

/** Merges events and controller whys into one feed, oldest first, keeping the newest `limit` items. */
export function deriveFeed(
  events: readonly Event[], actions: readonly ControllerAction[], helpers: ViewHelpers, now: number, limit = 200,
): FeedItem[] {
  const items: FeedItem[] = [];
  for (const ev of events) {
    const at = eventLastSeen(ev);
    items.push({
      id: ev.metadata.uid, at, source: 'event', type: ev.type ?? 'Normal', reason: ev.reason ?? '',
      object: objectOf(ev.involvedObject.kind, ev.involvedObject.name), message: ev.message ?? '',
      count: ev.count ?? 1, lastSeen: helpers.formatAge(Math.max(0, now - at)),
    });
  }
  const firstAction = Math.max(0, actions.length - limit * 4);
  let lastKey = '';
  for (let i = firstAction; i < actions.length; i++) {
    const a = actions[i];
    if (!a || !EXPLAINING.has(a.actor)) continue;
    // Steps of one kind for one owner at one instant (a ReplicaSet creating 25 pods) fold into one line.
    const key = `${a.at}|${a.actor}|${a.action}|${a.owner?.kind ?? ''}/${a.owner?.name ?? a.object.name}`;
    const last = items[items.length - 1];
    if (key === lastKey && last?.source === 'why' && a.owner) {
      items[items.length - 1] = {
        ...last, count: last.count + 1, message: a.message, object: objectOf(a.owner.kind, a.owner.name),
      };
      continue;
    }
    lastKey = key;
    items.push({
      id: `action-${i}`, at: a.at, source: 'why', type: 'Why', reason: a.action,
      object: objectOf(a.object.kind, a.object.name), message: a.message, count: 1,
      lastSeen: helpers.formatAge(Math.max(0, now - a.at)),
    });
  }
  items.sort((x, y) => x.at - y.at || (x.source === y.source ? 0 : x.source === 'event' ? -1 : 1));
  return items.slice(Math.max(0, items.length - limit));
}
