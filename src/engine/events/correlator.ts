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
  fieldPath?: string | undefined;
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

interface Bucket { source: string; tokens: number; at: number }
/** One container's (or the pod's) message inside a group, before the group aggregates. */
interface MessageRecord { fieldPath: string; message: string; record: EventRecord }
/** An aggregation group: one source, type and reason for the object. */
interface Group {
  source: string;
  type: string;
  reason: string;
  /** Distinct messages of the current window, oldest first (at most maxEvents). */
  messages: string[];
  last: number;
  records: MessageRecord[];
  /** The group's "(combined from similar events)" Event, once it aggregates. */
  aggregate?: EventRecord;
}

/**
 * Everything the correlator keeps about one involved object: its spam buckets (per source), its
 * aggregation groups (per source, type and reason) and its dedupe records (per group, container
 * and message, or per group once aggregated). client-go keys three flat LRUs by strings with the
 * object in them; here they hang off the object in small arrays (an object has a handful of
 * sources and reasons), and the LRU holds the 4096 most recently involved objects. A group that
 * starts afresh after maxIntervalMs keeps its records, as client-go's dedupe cache outlives the
 * aggregator's window.
 */
interface ObjectEntry {
  buckets: Bucket[];
  groups: Group[];
}

/** Creates a correlator (state per recorder, as in client-go). */
export function createEventCorrelator(): { correlate(ev: EmittedEvent, now: number): Correlation } {
  const objects = new Lru<ObjectEntry>(CorrelatorDefaults.lruSize);

  const groupOf = (entry: ObjectEntry, ev: EmittedEvent): Group => {
    for (const g of entry.groups) if (g.reason === ev.reason && g.type === ev.type && g.source === ev.sourceKey) return g;
    const g: Group = { source: ev.sourceKey, type: ev.type, reason: ev.reason, messages: [], last: -Infinity, records: [] };
    entry.groups.push(g);
    return g;
  };
  /** The record this emission counts against and the message to store: the event's own, or the group's aggregate. */
  const aggregate = (entry: ObjectEntry, ev: EmittedEvent, now: number): { record: EventRecord; message: string } => {
    const g = groupOf(entry, ev);
    if (now - g.last > CorrelatorDefaults.maxIntervalMs) g.messages = [];
    if (!g.messages.includes(ev.message)) g.messages.push(ev.message);
    g.last = now;
    if (g.messages.length < CorrelatorDefaults.maxEvents) {
      const fieldPath = ev.fieldPath ?? '';
      let slot = g.records.find((r) => r.message === ev.message && r.fieldPath === fieldPath);
      if (!slot) g.records.push((slot = { fieldPath, message: ev.message, record: { count: 0 } }));
      return { record: slot.record, message: ev.message };
    }
    g.messages.shift();
    g.aggregate ??= { count: 0 };
    return { record: g.aggregate, message: `(combined from similar events): ${ev.message}` };
  };
  const allow = (entry: ObjectEntry, source: string, now: number): boolean => {
    let b = entry.buckets.find((x) => x.source === source);
    if (!b) entry.buckets.push((b = { source, tokens: CorrelatorDefaults.spamBurst, at: now }));
    b.tokens = Math.min(CorrelatorDefaults.spamBurst, b.tokens + (now - b.at) / CorrelatorDefaults.spamRefillMs);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };

  return {
    correlate(ev, now) {
      let entry = objects.get(ev.objectKey);
      if (!entry) objects.set(ev.objectKey, (entry = { buckets: [], groups: [] }));
      const { record, message } = aggregate(entry, ev, now);
      record.count += 1;
      if (!allow(entry, ev.sourceKey, now)) return { kind: 'skip' };
      return record.count > 1 ? { kind: 'update', record, message, count: record.count } : { kind: 'create', record, message };
    },
  };
}
