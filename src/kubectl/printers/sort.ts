/**
 * `--sort-by=<jsonpath>`: integers numerically, strings (and timestamps) lexically, objects
 * without the field first. Mirrors k8s.io/kubectl/pkg/cmd/get/sorter.go.
 */
import type { KubeObject } from '../../engine/index';
import { compileJsonPath, relaxedJsonPath } from './jsonpath';
import { sortKeys } from './serialize';

export type SortResult = { ok: true; objects: KubeObject[] } | { ok: false; error: string };

function compareValues(a: unknown, b: unknown): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = typeof a === 'string' ? a : JSON.stringify(a);
  const y = typeof b === 'string' ? b : JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sorts stably by the first value the JSONPath finds in each object. */
export function sortObjects(objs: readonly KubeObject[], sortBy: string): SortResult {
  if (sortBy === '') return { ok: true, objects: [...objs] };
  const jp = compileJsonPath(relaxedJsonPath(sortBy));
  if (!jp.ok) return { ok: false, error: jp.error };
  const keyed = objs.map((o) => ({ o, v: jp.value.values(sortKeys(o))[0] }));
  keyed.sort((a, b) => compareValues(a.v, b.v));
  return { ok: true, objects: keyed.map((x) => x.o) };
}
