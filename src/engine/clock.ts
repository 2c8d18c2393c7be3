/**
 * SimClock: the one simulated clock of a cluster. Work is scheduled at absolute times and runs
 * in (time, sequence) order; `advance(ms)` runs everything due, so a run is the same whatever
 * step sizes advance it. No wall clock anywhere.
 */

/** A handle to cancel scheduled work. */
export type TimerId = number;

interface Task {
  at: number;
  seq: number;
  key: string;
  fn: () => void;
}

/** The clock interface the controllers, kubelet and cluster share. */
export interface SimClock {
  /** Simulated time now, ms since epoch. */
  now: () => number;
  /**
   * Runs `fn` at `at` (never earlier than now). A key names the timer: scheduling a key that
   * is already pending replaces it, so "requeue this Deployment at t" stays one timer.
   */
  schedule: (at: number, key: string, fn: () => void) => TimerId;
  /** Cancels a timer by id or key; unknown ones are ignored. */
  cancel: (idOrKey: TimerId | string) => void;
  /** Time of the next pending task, or undefined when idle. */
  nextDueAt: () => number | undefined;
  /**
   * Runs every task due up to now + ms in time order, then sets now to the target.
   * `afterInstant` is called after all tasks of one instant ran (the cluster drains its queues there).
   */
  advance: (ms: number, afterInstant?: () => void) => void;
}

/** Binary-heap ordering: earlier time first, then earlier scheduling. */
function before(a: Task, b: Task): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/** Creates a SimClock starting at `start` (ms since epoch). */
export function createSimClock(start: number): SimClock {
  let now = start;
  let seq = 0;
  const heap: Task[] = [];
  const live = new Map<number, Task>();
  const byKey = new Map<string, number>();

  const push = (t: Task): void => {
    heap.push(t);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): Task | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  const peekLive = (): Task | undefined => {
    while (heap.length > 0 && !live.has(heap[0]!.seq)) pop();
    return heap[0];
  };
  const cancel = (idOrKey: TimerId | string): void => {
    const id = typeof idOrKey === 'string' ? byKey.get(idOrKey) : idOrKey;
    if (id === undefined) return;
    const t = live.get(id);
    if (!t) return;
    live.delete(id);
    if (byKey.get(t.key) === id) byKey.delete(t.key);
  };

  return {
    now: () => now,
    schedule(at, key, fn) {
      cancel(key);
      const t: Task = { at: Math.max(at, now), seq: ++seq, key, fn };
      live.set(t.seq, t);
      byKey.set(key, t.seq);
      push(t);
      return t.seq;
    },
    cancel,
    nextDueAt: () => peekLive()?.at,
    advance(ms, afterInstant) {
      if (!(ms >= 0)) throw new Error(`SimClock.advance: bad step ${ms}`);
      const target = now + ms;
      for (let t = peekLive(); t && t.at <= target; t = peekLive()) {
        now = t.at;
        const instant = t.at;
        while ((t = peekLive()) && t.at === instant) {
          pop();
          live.delete(t.seq);
          if (byKey.get(t.key) === t.seq) byKey.delete(t.key);
          t.fn();
        }
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
  return s === undefined ? Number.NaN : Date.parse(s);
}
