/**
 * SimClock: the one simulated clock of a cluster. Work is scheduled at absolute times and runs
 * in (time, sequence) order; `advance(ms)` runs everything due, so a run is the same whatever
 * step sizes advance it. No wall clock anywhere.
 */

/** A handle to an unnamed timer (see SimClock.timer). */
export interface Timer {
  readonly at: number;
}

/** One piece of scheduled work. */
interface Task {
  at: number;
  key: string;
  fn: () => void;
  live: boolean;
  bucket: Bucket;
}

/** The tasks due at one instant, in scheduling order; `next` is how far the instant has run. */
interface Bucket {
  tasks: Task[];
  live: number;
  next: number;
}

/** The clock interface the controllers, kubelet and cluster share. */
export interface SimClock {
  /** Simulated time now, ms since epoch. */
  now: () => number;
  /**
   * Runs `fn` at `at` (never earlier than now). A key names the timer: scheduling a key that
   * is already pending replaces it, so "requeue this Deployment at t" stays one timer.
   */
  schedule: (at: number, key: string, fn: () => void) => void;
  /** Cancels the timer with this key; unknown ones are ignored. */
  cancel: (key: string) => void;
  /** Runs `fn` at `at` (never earlier than now) with no name: only its handle cancels it. */
  timer: (at: number, fn: () => void) => Timer;
  /** Cancels an unnamed timer; one that ran or was cancelled is ignored. */
  cancelTimer: (t: Timer) => void;
  /** Time of the next pending task, or undefined when idle. */
  nextDueAt: () => number | undefined;
  /**
   * Runs every task due up to now + ms in time order, then sets now to the target.
   * `afterInstant` is called after all tasks of one instant ran (the cluster drains its queues there).
   */
  advance: (ms: number, afterInstant?: () => void) => void;
}

/**
 * Creates a SimClock starting at `start` (ms since epoch). Tasks are kept per instant (a
 * rollout schedules thousands of pod timers on the same few milliseconds), with a binary heap
 * of the distinct instants: scheduling and running a task is O(1) plus one heap step per instant.
 */
export function createSimClock(start: number): SimClock {
  let now = start;
  const buckets = new Map<number, Bucket>();
  /** Min-heap of the instants that have a bucket. */
  const times: number[] = [];
  const byKey = new Map<string, Task>();

  const pushTime = (at: number): void => {
    let i = times.length;
    times.push(at);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = times[p] as number;
      if (parent <= at) break;
      times[i] = parent;
      i = p;
    }
    times[i] = at;
  };
  const popTime = (): void => {
    const last = times.pop() as number;
    const n = times.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && (times[r] as number) < (times[l] as number) ? r : l;
      if ((times[c] as number) >= last) break;
      times[i] = times[c] as number;
      i = c;
    }
    times[i] = last;
  };
  /** The earliest instant with live work, dropping spent buckets on the way. */
  const peekLive = (): Bucket | undefined => {
    while (times.length > 0) {
      const b = buckets.get(times[0] as number);
      if (b && b.live > 0) return b;
      buckets.delete(times[0] as number);
      popTime();
    }
    return undefined;
  };
  const kill = (t: Task): void => {
    t.live = false;
    t.bucket.live -= 1;
    if (t.key !== '' && byKey.get(t.key) === t) byKey.delete(t.key);
  };
  const add = (at: number, key: string, fn: () => void): Task => {
    const when = Math.max(at, now);
    let bucket = buckets.get(when);
    if (!bucket) {
      bucket = { tasks: [], live: 0, next: 0 };
      buckets.set(when, bucket);
      pushTime(when);
    }
    const t: Task = { at: when, key, fn, live: true, bucket };
    bucket.tasks.push(t);
    bucket.live += 1;
    return t;
  };

  return {
    now: () => now,
    schedule(at, key, fn) {
      if (key === '') throw new Error('SimClock.schedule: empty key (use timer)');
      const prev = byKey.get(key);
      if (prev?.live) kill(prev);
      byKey.set(key, add(at, key, fn));
    },
    cancel(key) {
      const t = byKey.get(key);
      if (t?.live) kill(t);
    },
    timer: (at, fn) => add(at, '', fn),
    cancelTimer(handle) {
      const t = handle as Task;
      if (t.live) kill(t);
    },
    nextDueAt: () => peekLive()?.tasks[0]?.at,
    advance(ms, afterInstant) {
      if (!(ms >= 0)) throw new Error(`SimClock.advance: bad step ${ms}`);
      const target = now + ms;
      for (let b = peekLive(); b && (b.tasks[0] as Task).at <= target; b = peekLive()) {
        now = (b.tasks[0] as Task).at;
        // Work scheduled for this instant while it runs joins the same bucket, after what is there.
        while (b.next < b.tasks.length) {
          const t = b.tasks[b.next++] as Task;
          if (!t.live) continue;
          kill(t);
          t.fn();
        }
        buckets.delete(now);
        popTime();
        afterInstant?.();
      }
      now = target;
    },
  };
}

const formatted = new Map<number, string>();

/** RFC 3339 with second precision, as metav1.Time serialises: `2026-01-01T00:00:05Z`. */
export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  let text = formatted.get(second);
  if (text === undefined) {
    if (formatted.size > 100_000) formatted.clear();
    text = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    formatted.set(second, text);
  }
  return text;
}

/** Parses an RFC 3339 time to ms since epoch (NaN when malformed). */
export function parseTime(s: string | undefined): number {
  if (s === undefined) return Number.NaN;
  // Stored times are a few distinct seconds shared by thousands of objects: parse each once.
  let t = parsed.get(s);
  if (t === undefined) {
    if (parsed.size > 100_000) parsed.clear();
    t = Date.parse(s);
    parsed.set(s, t);
  }
  return t;
}

const parsed = new Map<string, number>();
