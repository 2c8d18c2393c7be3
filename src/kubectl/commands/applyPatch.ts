/**
 * apply's three-way merge: the patch that takes the live object from what was last applied
 * (the `kubectl.kubernetes.io/last-applied-configuration` annotation) to the new manifest,
 * leaving fields set by others alone. Mirrors k8s.io/kubectl/pkg/cmd/apply/patcher.go and
 * apimachinery's CreateThreeWayMergePatch (lists are compared as wholes, maps key by key).
 */

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when every field `want` sets has that value in `have` (defaults the server added are ignored). */
export function isSubset(want: unknown, have: unknown): boolean {
  if (isMap(want)) return isMap(have) && Object.entries(want).every(([k, v]) => isSubset(v, have[k]));
  if (Array.isArray(want)) return Array.isArray(have) && want.length === have.length && want.every((w, i) => isSubset(w, have[i]));
  return want === have;
}

/** The three-way patch (JSON merge style: null deletes); empty object when nothing changes. */
export function threeWayPatch(original: unknown, modified: Record<string, unknown>, current: Record<string, unknown>): Record<string, Json> {
  const patch: Record<string, Json> = {};
  for (const [key, want] of Object.entries(modified)) {
    const have = current[key];
    if (isMap(want) && isMap(have)) {
      const sub = threeWayPatch(isMap(original) ? original[key] : undefined, want, have);
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (!isSubset(want, have)) {
      patch[key] = want as Json;
    }
  }
  if (isMap(original)) {
    for (const key of Object.keys(original)) {
      if (!(key in modified) && key in current) patch[key] = null;
    }
  }
  return patch;
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (isMap(v)) return Object.fromEntries(Object.keys(v).sort(byteOrder).map((k) => [k, sorted(v[k])]));
  return v;
}

/** The manifest with the last-applied annotation set to its own JSON (keys sorted, trailing newline), as kubectl stores it. */
export function withLastApplied(manifest: Record<string, unknown>): Record<string, unknown> {
  const meta = isMap(manifest.metadata) ? manifest.metadata : {};
  const annotations = isMap(meta.annotations) ? { ...meta.annotations } : {};
  delete annotations[LAST_APPLIED];
  // kubectl serialises the object after removing its own key, so an otherwise empty map stays as `{}`.
  const recorded = { ...manifest, metadata: { ...meta, annotations } };
  const text = `${JSON.stringify(sorted(recorded))}\n`;
  return { ...manifest, metadata: { ...meta, annotations: { ...annotations, [LAST_APPLIED]: text } } };
}

/** The last-applied configuration recorded on a live object, parsed (undefined when absent or unreadable). */
export function lastApplied(obj: { metadata: { annotations?: Record<string, string> } }): unknown {
  const text = obj.metadata.annotations?.[LAST_APPLIED];
  if (!text) return undefined;
  try { return JSON.parse(text) as unknown; } catch { return undefined; }
}
