/**
 * RFC 7386 JSON merge patch (`kubectl patch --type merge`): objects merge recursively,
 * `null` removes a member, anything else (arrays included) replaces. Mirrors
 * evanphx/json-patch MergePatch as the API server applies it.
 */
import { deepClone, isPlainObject } from '../objectUtil';

/** Applies a merge patch to a document; returns a new value and leaves both inputs untouched. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return deepClone(patch);
  const out: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}
