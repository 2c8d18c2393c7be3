/**
 * pod-template-hash: a deterministic FNV-32a hash of the pod template (plus collisionCount),
 * printed in decimal and re-encoded through Kubernetes' safe alphabet, so digits become
 * `4 5 6 7 8 9 b c d f`. Mirrors pkg/controller/controller_utils.go ComputeHash and
 * apimachinery pkg/util/rand SafeEncodeString (our canonical JSON stands in for Go's spew dump).
 */
import type { core } from '../../types/objects';
import { POD_TEMPLATE_HASH_LABEL } from './util';

/** Kubernetes' name alphabet: no vowels, no 0/1/3 (apimachinery rand). */
export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with object keys sorted at every level and undefined fields dropped. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** FNV-1a 32-bit over UTF-8 bytes, continuing from `seed`. */
export function fnv32a(bytes: Iterable<number>, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Maps every character through the safe alphabet by code modulo 27. Mirrors rand.SafeEncodeString. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHABET[s.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}

/** The template with the pod-template-hash label removed (templates compare without it). */
export function templateWithoutHash(t: core.PodTemplateSpec): core.PodTemplateSpec {
  const labels = t.metadata?.labels;
  if (!labels || !(POD_TEMPLATE_HASH_LABEL in labels)) return t;
  const { [POD_TEMPLATE_HASH_LABEL]: _hash, ...rest } = labels;
  return { ...t, metadata: { ...t.metadata, labels: rest } };
}

/** Hash of a pod template as Kubernetes names ReplicaSets: `nginx:1.14.2` → e.g. `75675f5897`. */
export function computeHash(template: core.PodTemplateSpec, collisionCount?: number): string {
  const text = canonicalJson(templateWithoutHash(template));
  let h = fnv32a(new TextEncoder().encode(text));
  if (collisionCount !== undefined) {
    const c = collisionCount >>> 0;
    h = fnv32a([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff], h);
  }
  return safeEncodeString(String(h));
}

/** True when two templates are equal once the hash label is ignored. Mirrors EqualIgnoreHash. */
export function equalIgnoreHash(a: core.PodTemplateSpec, b: core.PodTemplateSpec): boolean {
  return canonicalJson(templateWithoutHash(a)) === canonicalJson(templateWithoutHash(b));
}
