/** Work-queue keys of the cluster's controllers: `namespace/name`, interned. */
import type { KubeObject } from '../types/objects';

const splitKey = (k: string): [string, string] => {
  const i = k.indexOf('/');
  return [k.slice(0, i), k.slice(i + 1)];
};
/** Past this many names the key table starts afresh (keys still split from their text). */
const MAX_KEYS = 200_000;

/**
 * Work-queue keys `namespace/name`, one canonical string per object name: a pod's key is built
 * once, not on every change of the pod, and splits back into the object's own (already hashed)
 * namespace and name strings.
 */
export function createQueueKeys(): { of(o: KubeObject): string; key(namespace: string, name: string): string; split(key: string): [string, string] } {
  let byNamespace = new Map<string, Map<string, string>>();
  let parts = new Map<string, [string, string]>();
  const key = (namespace: string, name: string): string => {
    let names = byNamespace.get(namespace);
    if (!names) byNamespace.set(namespace, (names = new Map<string, string>()));
    let k = names.get(name);
    if (k === undefined) {
      if (parts.size >= MAX_KEYS) {
        names = new Map<string, string>();
        byNamespace = new Map([[namespace, names]]);
        parts = new Map();
      }
      k = `${namespace}/${name}`;
      names.set(name, k);
      parts.set(k, [namespace, name]);
    }
    return k;
  };
  return {
    key,
    of: (o) => key(o.metadata.namespace ?? '', o.metadata.name),
    split: (k) => parts.get(k) ?? splitKey(k),
  };
}
