/**
 * Plain-data helpers for stored objects: clone, compare, freeze, timestamps. Objects are JSON
 * data (no functions, no cycles), so these stay small and fast.
 */

/** A JSON-shaped value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** True for a non-null, non-array object. */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep copy of JSON data; `undefined` members are dropped as JSON would drop them. */
export function deepClone<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x: unknown) => deepClone(x)) as T;
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k in v) {
      const x = v[k];
      if (x !== undefined) out[k] = deepClone(x);
    }
    return out as T;
  }
  return v;
}

/** Structural equality of JSON data; a member set to `undefined` equals a missing one. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  let na = 0;
  for (const k in a) {
    if (a[k] === undefined) continue;
    na++;
    if (!deepEqual(a[k], b[k])) return false;
  }
  let nb = 0;
  for (const k in b) if (b[k] !== undefined) nb++;
  return na === nb;
}

/** Freezes an object and everything inside it; returns it for chaining. */
export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k in v) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** RFC 3339 with seconds precision, as Kubernetes stores metav1.Time: `2026-01-01T00:00:05Z`. */
export function formatTimestamp(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Parses a stored RFC 3339 timestamp back to ms since epoch (NaN when malformed). */
export function parseTimestamp(s: string): number {
  return Date.parse(s);
}

/** A writable view of a (kubernetes-types, partly readonly) object shape. */
export type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;

/** Treats a draft the server owns (a fresh clone) as writable; no copy is made. */
export function mutable<T>(draft: T): DeepMutable<T> {
  return draft as DeepMutable<T>;
}

/** Text of any JSON value for messages: strings as is, everything else as JSON. */
export function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === undefined) return '';
  return JSON.stringify(v);
}
