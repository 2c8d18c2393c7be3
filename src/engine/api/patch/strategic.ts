/**
 * Strategic merge patch (`kubectl patch`, the default type) for the fields people patch on
 * Deployments, ReplicaSets, Pods and Services: lists of objects merge by their patchMergeKey
 * (containers by name, ports by containerPort, …), other lists replace, `null` deletes, and
 * the directives `$patch: replace|delete|merge`, `$retainKeys`, `$setElementOrder/<list>` and
 * `$deleteFromPrimitiveList/<list>` work. Mirrors apimachinery pkg/util/strategicpatch/patch.go
 * with the merge keys of k8s.io/api core/v1 and apps/v1 types.
 */
import { deepClone, isPlainObject, show } from '../objectUtil';

/** patchMergeKey by field name, for the list fields whose Go type declares `patchStrategy:"merge"`. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  conditions: 'type',
  ownerReferences: 'uid',
  topologySpreadConstraints: 'topologyKey',
  resourceClaims: 'name',
};

/** Primitive lists merged as sets (patchStrategy merge without a key). */
const MERGED_PRIMITIVE_LISTS = new Set(['finalizers']);

/** Merge key of a list, given its field name and the path of its parent (ports differ for pods and services). */
function mergeKeyFor(field: string, parentPath: string): string | undefined {
  if (field === 'ports') return parentPath === 'spec' ? 'port' : 'containerPort';
  return MERGE_KEYS[field];
}

export type StrategicResult = { ok: true; value: unknown } | { ok: false; message: string };

class SmpError extends Error {}

function mergeMaps(original: Record<string, unknown>, patch: Record<string, unknown>, path: string): Record<string, unknown> {
  const directive = patch.$patch;
  if (directive === 'replace') {
    const rest = { ...patch };
    delete rest.$patch;
    return deepClone(rest);
  }
  if (directive === 'delete') return {};
  if (directive !== undefined && directive !== 'merge') throw new SmpError(`Unknown patch type: ${show(directive)}`);
  let out: Record<string, unknown> = { ...original };
  const retain = patch.$retainKeys;
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys' || k.startsWith('$setElementOrder/')) continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const drop = new Set(Array.isArray(v) ? v : []);
      const cur = out[field];
      if (Array.isArray(cur)) out[field] = cur.filter((x) => !drop.has(x));
      continue;
    }
    if (v === null || (isPlainObject(v) && v.$patch === 'delete')) { delete out[k]; continue; }
    out[k] = mergeValue(out[k], v, k, path);
  }
  if (Array.isArray(retain)) {
    const keep = new Set(retain.map(String));
    out = Object.fromEntries(Object.entries(out).filter(([k]) => keep.has(k)));
  }
  for (const [k, order] of Object.entries(patch)) {
    if (!k.startsWith('$setElementOrder/') || !Array.isArray(order)) continue;
    const field = k.slice('$setElementOrder/'.length);
    const list = out[field];
    const key = mergeKeyFor(field, path);
    if (Array.isArray(list) && key) out[field] = reorder(list, order, key);
  }
  return out;
}

function reorder(list: unknown[], order: unknown[], key: string): unknown[] {
  const rank = new Map<unknown, number>();
  order.forEach((o, i) => rank.set(isPlainObject(o) ? o[key] : o, i));
  const keyed = list.map((item, i) => ({ item, i, r: rank.get(isPlainObject(item) ? item[key] : item) ?? Number.MAX_SAFE_INTEGER }));
  return keyed.sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}

function mergeValue(original: unknown, patch: unknown, field: string, parentPath: string): unknown {
  const path = parentPath === '' ? field : `${parentPath}.${field}`;
  if (isPlainObject(patch)) return mergeMaps(isPlainObject(original) ? original : {}, patch, path);
  if (Array.isArray(patch)) return mergeList(Array.isArray(original) ? original : [], patch, field, parentPath);
  return deepClone(patch);
}

function mergeList(original: unknown[], patch: unknown[], field: string, parentPath: string): unknown[] {
  if (MERGED_PRIMITIVE_LISTS.has(field)) {
    const out = [...original];
    for (const v of patch) if (!out.includes(v)) out.push(v);
    return out;
  }
  const replaceAll = patch.some((p) => isPlainObject(p) && p.$patch === 'replace');
  if (replaceAll) return deepClone(patch.filter((p) => !(isPlainObject(p) && p.$patch === 'replace')));
  const key = mergeKeyFor(field, parentPath);
  if (!key) return deepClone(patch);
  const out = [...original];
  const path = parentPath === '' ? field : `${parentPath}.${field}`;
  for (const p of patch) {
    if (!isPlainObject(p)) throw new SmpError(`unable to find api field in struct ${field} for the json field "${show(p)}"`);
    if (!(key in p)) throw new SmpError(`map: ${JSON.stringify(p)} does not contain declared merge key: ${key}`);
    const i = out.findIndex((o) => isPlainObject(o) && o[key] === p[key]);
    if (p.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = mergeMaps(out[i] as Record<string, unknown>, p, path);
    else out.push(mergeMaps({}, p, path));
  }
  return out;
}

/** Applies a strategic merge patch to a document (the top level must be an object). */
export function applyStrategicMergePatch(doc: unknown, patch: unknown): StrategicResult {
  if (!isPlainObject(patch)) return { ok: false, message: 'unable to unmarshal patch: json: cannot unmarshal into Go value of type map[string]interface {}' };
  try {
    return { ok: true, value: mergeMaps(isPlainObject(doc) ? doc : {}, patch, '') };
  } catch (e) {
    if (e instanceof SmpError) return { ok: false, message: e.message };
    throw e;
  }
}
