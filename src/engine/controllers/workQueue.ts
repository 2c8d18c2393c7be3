/**
 * A de-duplicating FIFO of keys, like client-go's workqueue: a key queued twice before it is
 * processed is processed once. Deterministic: insertion order.
 */
export interface WorkQueue {
  add(key: string): void;
  /** The oldest key, removed; undefined when empty. */
  pop(): string | undefined;
  readonly size: number;
}

/** Creates an empty queue. */
export function createWorkQueue(): WorkQueue {
  const keys = new Set<string>();
  return {
    add: (key) => { keys.add(key); },
    pop() {
      for (const k of keys) {
        keys.delete(k);
        return k;
      }
      return undefined;
    },
    get size() { return keys.size; },
  };
}
