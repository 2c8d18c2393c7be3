/**
 * Per-node runtime facts: the image cache (an image is pulled once per node), pulls in flight
 * (a second pod waiting for the same image shares the pull), host IPs and the pod CIDR that
 * hands out pod IPs (10.244.<node index>.<n>, as kind's kindnet does).
 */
import { fnv32a } from '../controllers/deployment/hash';

export interface NodeRuntime {
  /** True when a kubelet runs on this node (pods bound elsewhere stay Pending, as on a real cluster). */
  has(node: string): boolean;
  hostIP(node: string): string;
  nextPodIP(node: string): string;
  hasImage(node: string, image: string): boolean;
  /**
   * Pulls `image` on `node`, finishing at `doneAt` (or with the pull already in flight);
   * `ok` false means the pull fails then. `onDone(doneAt, startedAt)` runs when it finishes.
   */
  pull(node: string, image: string, doneAt: number, onDone: (doneAt: number, startedAt: number) => void, ok: boolean): void;
  /** A digest-pinned image ID for a fully qualified reference. */
  imageID(full: string): string;
}

interface Pull { startedAt: number; waiters: ((doneAt: number, startedAt: number) => void)[] }

/** Creates the runtime for nodes in order (index 0 = control-plane). */
export function createNodeRuntime(nodeNames: readonly string[], schedule: (at: number, key: string, fn: () => void) => void, now: () => number): NodeRuntime {
  const index = new Map(nodeNames.map((n, i) => [n, i]));
  const next = new Map<string, number>();
  const images = new Map<string, Set<string>>();
  const pulls = new Map<string, Pull>();
  const ids = new Map<string, string>();
  const cached = (node: string): Set<string> => {
    let s = images.get(node);
    if (!s) images.set(node, (s = new Set()));
    return s;
  };
  return {
    has: (node) => index.has(node),
    hostIP: (node) => `172.18.0.${(index.get(node) ?? 0) + 2}`,
    nextPodIP(node) {
      const n = next.get(node) ?? 2;
      next.set(node, n >= 254 ? 2 : n + 1);
      return `10.244.${index.get(node) ?? 0}.${n}`;
    },
    hasImage: (node, image) => cached(node).has(image),
    pull(node, image, doneAt, onDone, ok) {
      const key = `${node}\u0000${image}`;
      const inFlight = pulls.get(key);
      if (inFlight) return void inFlight.waiters.push(onDone);
      const p: Pull = { startedAt: now(), waiters: [onDone] };
      pulls.set(key, p);
      schedule(doneAt, `pull/${key}`, () => {
        pulls.delete(key);
        if (ok) cached(node).add(image);
        for (const w of p.waiters) w(doneAt, p.startedAt);
      });
    },
    imageID(full) {
      const known = ids.get(full);
      if (known !== undefined) return known;
      const name = full.replace(/:[^/:@]+$/, '').replace(/@.*$/, '');
      let hex = '';
      for (let i = 0; hex.length < 64; i++) hex += fnv32a(new TextEncoder().encode(`${full}#${i}`)).toString(16).padStart(8, '0');
      const id = `${name}@sha256:${hex.slice(0, 64)}`;
      ids.set(full, id);
      return id;
    },
  };
}
