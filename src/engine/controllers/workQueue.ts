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
  const queued = new Set<string>();
  let items: string[] = [];
  let head = 0;
  return {
    add(key) {
      if (queued.has(key)) return;
      queued.add(key);
      items.push(key);
    },
    pop() {
      if (head >= items.length) return undefined;
      const key = items[head++];
      if (head > 1024 && head * 2 > items.length) {
        items = items.slice(head);
        head = 0;
      }
      if (key !== undefined) queued.delete(key);
      return key;
    },
    get size() { return queued.size; },
  };
}
