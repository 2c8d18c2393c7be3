/**
 * Event correlation, as client-go's recorder does it before anything reaches the API server:
 * aggregation of similar events, de-duplication into counts, and a per-object spam filter.
 * Mirrors client-go tools/record/events_cache.go (EventCorrelator, EventAggregator,
 * eventLogger, EventSourceObjectSpamFilter) with its defaults.
 */

/** Defaults of client-go's EventCorrelator. */
export const CorrelatorDefaults = {
  /** Token bucket size per (source, involved object). */
  spamBurst: 25,
  /** One token per this many ms (qps 1/300). */
  spamRefillMs: 300_000,
  /** From this many distinct messages on, events of a group are aggregated. */
  maxEvents: 10,
  /** A group starts afresh after this long without events. */
  maxIntervalMs: 600_000,
  /** Each cache (spam buckets, groups, counts) is an LRU of this many entries. */
  lruSize: 4096,
} as const;

/**
 * A bounded cache with LRU-like eviction, as client-go's 4096-entry LRUs: two generations;
 * when the young one fills up, the old one is dropped. Keys used recently survive.
 */
export class Lru<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }
  set(key: string, v: V): void {
    if (!this.young.has(key) && this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, v);
  }
}

/** The identifying fields of one emission. */
export interface EmittedEvent {
  sourceKey: string;
  /** The involved object (its uid); groups and the spam filter work per object. */
  objectKey: string;
  /** The container the event is about, if any: part of the dedupe key only. */
  fieldPath?: string;
  type: string;
  reason: string;
  message: string;
}

/** What to do with one emission. */
export type Correlation =
  /** Dropped by the spam filter. */
  | { kind: 'skip' }
  /** Create a new Event; `cacheKey` identifies it for later dedupe; `message` may be the aggregate text. */
  | { kind: 'create'; cacheKey: string; message: string }
  /** Bump the existing Event known under `cacheKey`: count = `count`, message = `message`. */
  | { kind: 'update'; cacheKey: string; message: string; count: number };

interface Bucket { tokens: number; at: number }
interface Group { messages: Set<string>; last: number }

/** Creates a correlator (state per recorder, as in client-go). */
export function createEventCorrelator(): { correlate(ev: EmittedEvent, now: number): Correlation; observed(cacheKey: string): number } {
  const buckets = new Lru<Bucket>(CorrelatorDefaults.lruSize);
  const groups = new Lru<Group>(CorrelatorDefaults.lruSize);
  const counts = new Lru<number>(CorrelatorDefaults.lruSize);

  const aggregate = (ev: EmittedEvent, now: number): { cacheKey: string; message: string } => {
    const groupKey = `${ev.sourceKey}\u0000${ev.objectKey}\u0000${ev.type}\u0000${ev.reason}`;
    const eventKey = `${groupKey}\u0000${ev.fieldPath ?? ''}\u0000${ev.message}`;
    let g = groups.get(groupKey);
    if (!g || now - g.last > CorrelatorDefaults.maxIntervalMs) g = { messages: new Set(), last: now };
    g.messages.add(ev.message);
    g.last = now;
    groups.set(groupKey, g);
    if (g.messages.size < CorrelatorDefaults.maxEvents) return { cacheKey: eventKey, message: ev.message };
    const first = g.messages.values().next().value;
    if (first !== undefined) g.messages.delete(first);
    return { cacheKey: groupKey, message: `(combined from similar events): ${ev.message}` };
  };
  const allow = (key: string, now: number): boolean => {
    const b = buckets.get(key) ?? { tokens: CorrelatorDefaults.spamBurst, at: now };
    b.tokens = Math.min(CorrelatorDefaults.spamBurst, b.tokens + (now - b.at) / CorrelatorDefaults.spamRefillMs);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };

  return {
    correlate(ev, now) {
      const { cacheKey, message } = aggregate(ev, now);
      const count = (counts.get(cacheKey) ?? 0) + 1;
      counts.set(cacheKey, count);
      if (!allow(`${ev.sourceKey}\u0000${ev.objectKey}`, now)) return { kind: 'skip' };
      return count > 1 ? { kind: 'update', cacheKey, message, count } : { kind: 'create', cacheKey, message };
    },
    observed: (cacheKey) => counts.get(cacheKey) ?? 0,
  };
}
