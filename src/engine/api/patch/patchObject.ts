/**
 * The patch verb: applies a merge, JSON or strategic merge patch to the stored object and
 * writes the result through update (defaulting, validation, resourceVersion precondition if
 * the patch carries one, no-op detection). Mirrors k8s.io/apiserver endpoints/handlers/patch.go.
 */
import type { Kind, KubeObject } from '../../types/objects';
import type { Result } from '../errors';
import { fail } from '../errors';
import type { ServerCore } from '../core';
import { isPlainObject, show } from '../objectUtil';
import { resourceForKind } from '../resources';
import { badRequest, notFound } from '../statusErrors';
import type { PatchType, WriteOptions } from '../types';
import { updateObject } from '../writes';
import { applyJsonPatch } from './json';
import { applyMergePatch } from './merge';
import { applyStrategicMergePatch } from './strategic';

/** Patch bodies may arrive as text (what `kubectl patch -p` sends) or already parsed. */
function decode(patch: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (typeof patch !== 'string') return { ok: true, value: patch };
  try {
    return { ok: true, value: JSON.parse(patch) as unknown };
  } catch (e) {
    return { ok: false, message: `error decoding patch: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function applyPatch(doc: unknown, type: PatchType, body: unknown): Result<unknown> {
  switch (type) {
    case 'merge':
      return { ok: true, value: applyMergePatch(doc, body) };
    case 'json': {
      const r = applyJsonPatch(doc, body);
      if (r.ok) return { ok: true, value: r.value };
      return fail(r.decode ? badRequest(r.message) : { reason: 'Invalid', code: 422, message: r.message });
    }
    case 'strategic': {
      const r = applyStrategicMergePatch(doc, body);
      return r.ok ? { ok: true, value: r.value } : fail(badRequest(r.message));
    }
  }
}

/** patch: applies `patch` of `type` to kind/namespace/name and stores the result like update. */
export function patchObject(core: ServerCore, kind: Kind, namespace: string, name: string, type: PatchType, patch: unknown, opts: WriteOptions): Result<KubeObject> {
  if (!resourceForKind(kind)) return fail(badRequest(`no kind "${kind}" is registered`));
  if (type !== 'merge' && type !== 'json' && type !== 'strategic') {
    return fail({ reason: 'BadRequest', code: 415, message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json` });
  }
  const old = core.store.get(kind, namespace, name);
  if (!old) return fail(notFound(kind, name));
  const body = decode(patch);
  if (!body.ok) return fail(badRequest(body.message));
  const patched = applyPatch(old, type, body.value);
  if (!patched.ok) return patched;
  const result = patched.value;
  if (!isPlainObject(result)) return fail(badRequest('couldn\'t get version/kind; json parse error: json: cannot unmarshal into Go value of type struct'));
  const meta: Record<string, unknown> = isPlainObject(result.metadata) ? { ...result.metadata } : {};
  result.metadata = meta;
  if (meta.name !== undefined && meta.name !== name) {
    return fail(badRequest(`the name of the object (${show(meta.name)}) does not match the name on the URL (${name})`));
  }
  if (result.kind !== undefined && result.kind !== kind) return fail(badRequest(`the kind of the object (${show(result.kind)}) does not match the kind on the URL (${kind})`));
  meta.name = name;
  if (resourceForKind(kind)?.namespaced) meta.namespace = namespace;
  result.kind = kind;
  if (!('resourceVersion' in meta)) meta.resourceVersion = old.metadata.resourceVersion;
  return updateObject(core, result, opts);
}
