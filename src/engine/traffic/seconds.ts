/**
 * Per-second accounting of a traffic run: an open second collects requests; a second is
 * recorded (frozen, appended) once time has passed its end, so records are append-only.
 */
import type { ServedBy } from '../network/types';
import type { ServedCount, TrafficFailure, TrafficSecond } from './types';

/** Counters of the open second. */
export interface SecondCounter {
  serve(by: ServedBy, status: number): void;
  fail(why: TrafficFailure): void;
}

interface Open {
  at: number;
  service: string;
  namespace: string;
  sent: number;
  succeeded: number;
  served: Map<string, ServedCount & { podNames: Set<string> }>;
  failed: Record<TrafficFailure, number>;
}

const secondOf = (t: number): number => Math.floor(t / 1000) * 1000;

const open = (at: number, service: string, namespace: string): Open => ({
  at, service, namespace, sent: 0, succeeded: 0, served: new Map(), failed: { refused: 0, timeout: 0, http5xx: 0, unresolved: 0 },
});

function freeze(o: Open): TrafficSecond {
  const served = [...o.served.values()].sort((a, b) => (a.replicaSet < b.replicaSet ? -1 : a.replicaSet > b.replicaSet ? 1 : 0))
    .map(({ podNames, ...s }) => Object.freeze({ ...s, pods: podNames.size }));
  return Object.freeze({ at: o.at, service: o.service, namespace: o.namespace, sent: o.sent, succeeded: o.succeeded, served: Object.freeze(served), failed: Object.freeze({ ...o.failed }) });
}

/** Creates the buckets of a generator (one run at a time; runs append to the same records). */
export function createSecondBuckets() {
  const records: TrafficSecond[] = [];
  let cur: Open | undefined;

  /** Records the open second and opens the next (empty) one of the same run. */
  const roll = (): void => {
    if (!cur) return;
    records.push(freeze(cur));
    cur = open(cur.at + 1000, cur.service, cur.namespace);
  };

  return {
    /** The counters for a request sent at `t` (opening its second; earlier open seconds are recorded first). */
    at(t: number, service: string, namespace: string): SecondCounter {
      if (!cur || cur.service !== service || cur.namespace !== namespace) cur = open(secondOf(t), service, namespace);
      while (cur.at + 1000 <= t) roll();
      const c = cur;
      return {
        serve(by, status) {
          c.sent++;
          if (status < 500) c.succeeded++;
          else c.failed.http5xx++;
          const key = by.replicaSet ?? by.pod;
          let s = c.served.get(key);
          if (!s) c.served.set(key, (s = { replicaSet: key, podTemplateHash: by.podTemplateHash ?? '', version: by.version, image: by.image, count: 0, errors: 0, pods: 0, podNames: new Set() }));
          s.count++;
          s.podNames.add(by.pod);
          if (status >= 500) s.errors++;
        },
        fail(why) {
          c.sent++;
          c.failed[why]++;
        },
      };
    },
    /** Records every open second that ends at or before `t`. */
    closeBefore(t: number): void {
      while (cur && cur.at + 1000 <= t) roll();
    },
    /** Ends the run: records the partial open second if it saw requests. */
    closeAll(): void {
      if (cur && cur.sent > 0) records.push(freeze(cur));
      cur = undefined;
    },
    records: (): readonly TrafficSecond[] => records,
    /** A frozen copy of the open second. */
    open: (): TrafficSecond | undefined => (cur ? freeze(cur) : undefined),
  };
}
