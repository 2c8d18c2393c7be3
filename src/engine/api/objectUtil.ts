/**
 * Plain-data helpers for stored objects: clone, copy, compare, freeze. Objects are JSON
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
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = deepClone(v[i] as unknown);
    return out as T;
  }
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(src)) {
    const x = src[k];
    if (x !== undefined) out[k] = typeof x === 'object' && x !== null ? deepClone(x) : x;
  }
  return out as T;
}

/**
 * `{ ...o, ...changes }` built with Object.assign. On the hot write paths this matters: V8 (Node
 * 20) gives object-spread copies of stored objects hidden classes of their own, one per object,
 * which costs memory and turns every later property read on them megamorphic.
 */
export function copyWith<T extends object>(o: T, changes?: Partial<T>): T {
  const out = Object.assign({}, o);
  return changes === undefined ? out : Object.assign(out, changes);
}

/**
 * Like deepClone, but frozen subtrees (stored snapshots, immutable) are shared instead of
 * copied. The result's unfrozen parts are the caller's to mutate.
 */
export function cloneShared<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  if (Array.isArray(v)) return v.map((x: unknown) => cloneShared(x)) as T;
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(src)) {
    const x = src[k];
    if (x !== undefined) out[k] = cloneShared(x);
  }
  return out as T;
}

/**
 * Returns `prev` where `next` is structurally equal to it, and otherwise `next` with every
 * equal subtree replaced by `prev`'s (frozen) one — so unchanged parts of an updated object
 * stay the same references, freezing is cheap and selectors see stable identities.
 */
export function shareEqual(next: unknown, prev: unknown): unknown {
  if (next === prev) return prev;
  if (typeof next !== 'object' || next === null || typeof prev !== 'object' || prev === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = next.length === prev.length;
    for (let i = 0; i < next.length; i++) {
      const s = shareEqual(next[i], prev[i]);
      if (s !== prev[i]) same = false;
      if (!Object.isFrozen(next)) next[i] = s;
    }
    return same ? prev : next;
  }
  if (Array.isArray(prev)) return next;
  const n = next as Record<string, unknown>;
  const p = prev as Record<string, unknown>;
  const writable = !Object.isFrozen(n);
  let same = true;
  let count = 0;
  // for-in, not Object.keys: these are plain data objects, and no key array is allocated per level.
  for (const k in n) {
    const v = n[k];
    if (v === undefined) continue;
    count++;
    const pv = p[k];
    const s = v === pv ? pv : shareEqual(v, pv);
    if (s !== pv) same = false;
    if (writable && s !== v) n[k] = s;
  }
  if (same) for (const k in p) if (p[k] !== undefined) count--;
  return same && count === 0 ? prev : next;
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

/** Freezes an object and everything inside it (already-frozen subtrees are skipped); returns it. */
export function deepFreeze<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  Object.freeze(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null) deepFreeze(x);
    }
  } else {
    const o = v as Record<string, unknown>;
    for (const k in o) {
      const x = o[k];
      if (typeof x === 'object' && x !== null) deepFreeze(x);
    }
  }
  return v;
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
