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

/** What the correlator remembers of one stored Event: how often it was seen, and its name once created. */
export interface EventRecord {
  count: number;
  name?: string;
}

/** What to do with one emission. */
export type Correlation =
  /** Dropped by the spam filter. */
  | { kind: 'skip' }
  /** Create a new Event; `record` identifies it for later dedupe; `message` may be the aggregate text. */
  | { kind: 'create'; record: EventRecord; message: string }
  /** Bump the existing Event known by `record`: count = `count`, message = `message`. */
  | { kind: 'update'; record: EventRecord; message: string; count: number };

interface Bucket { tokens: number; at: number }
interface Group { messages: Set<string>; last: number }

/**
 * Everything the correlator keeps about one involved object: its spam buckets (per source), its
 * aggregation groups (per source, type and reason) and its dedupe records (per group, container
 * and message, or per group once aggregated). client-go keys three flat LRUs by the same strings
 * with the object in them; grouping them under the object keeps each lookup short (a uid, then
 * a small map), and the LRU holds the 4096 most recently involved objects.
 */
interface ObjectEntry {
  buckets: Map<string, Bucket>;
  groups: Map<string, Group>;
  records: Map<string, EventRecord>;
}

/** Creates a correlator (state per recorder, as in client-go). */
export function createEventCorrelator(): { correlate(ev: EmittedEvent, now: number): Correlation } {
  const objects = new Lru<ObjectEntry>(CorrelatorDefaults.lruSize);

  /** The dedupe key within the object and the message to store: the event's own, or the group's aggregate. */
  const aggregate = (entry: ObjectEntry, ev: EmittedEvent, now: number): { key: string; message: string } => {
    const groupKey = `${ev.sourceKey}\u0000${ev.type}\u0000${ev.reason}`;
    let g = entry.groups.get(groupKey);
    if (!g || now - g.last > CorrelatorDefaults.maxIntervalMs) {
      g = { messages: new Set(), last: now };
      entry.groups.set(groupKey, g);
    }
    g.messages.add(ev.message);
    g.last = now;
    if (g.messages.size < CorrelatorDefaults.maxEvents) return { key: `${groupKey}\u0000${ev.fieldPath ?? ''}\u0000${ev.message}`, message: ev.message };
    const first = g.messages.values().next().value;
    if (first !== undefined) g.messages.delete(first);
    return { key: groupKey, message: `(combined from similar events): ${ev.message}` };
  };
  const allow = (entry: ObjectEntry, source: string, now: number): boolean => {
    let b = entry.buckets.get(source);
    if (!b) entry.buckets.set(source, (b = { tokens: CorrelatorDefaults.spamBurst, at: now }));
    b.tokens = Math.min(CorrelatorDefaults.spamBurst, b.tokens + (now - b.at) / CorrelatorDefaults.spamRefillMs);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };

  return {
    correlate(ev, now) {
      let entry = objects.get(ev.objectKey);
      if (!entry) objects.set(ev.objectKey, (entry = { buckets: new Map(), groups: new Map(), records: new Map() }));
      const { key, message } = aggregate(entry, ev, now);
      let record = entry.records.get(key);
      if (!record) entry.records.set(key, (record = { count: 0 }));
      record.count += 1;
      if (!allow(entry, ev.sourceKey, now)) return { kind: 'skip' };
      return record.count > 1 ? { kind: 'update', record, message, count: record.count } : { kind: 'create', record, message };
    },
  };
}
