/**
 * `-o yaml` and `-o json` as kubectl writes them. kubectl prints what the server sent decoded
 * into unstructured maps, so both formats list keys in Go's sorted map order; JSON is indented
 * with four spaces (printers.JSONPrinter) and YAML follows go-yaml v2 (sequences not indented
 * under their key, strings quoted only when they would read as another type).
 * Mirrors k8s.io/cli-runtime/pkg/printers/json.go and yaml.go.
 */
import { stringify } from 'yaml';

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A deep copy with every map's keys in Go's sorted order (what unstructured → JSON does). */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort(byteOrder).filter((k) => o[k] !== undefined).map((k) => [k, sortKeys(o[k])]));
  }
  return v;
}

/** Go's json.Marshal escapes <, > and & in strings. */
const goEscape = (json: string): string => json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** JSON with four-space indent and a final newline; `sorted` false keeps the given key order (typed objects). */
export function toJson(obj: unknown, sorted = true): string {
  return `${goEscape(JSON.stringify(sorted ? sortKeys(obj) : obj, null, 4))}\n`;
}

/** YAML as kubectl prints it (keys sorted, go-yaml v2 layout). */
export function toYaml(obj: unknown): string {
  return stringify(sortKeys(obj), { version: '1.1', indentSeq: false, lineWidth: 0, aliasDuplicateObjects: false });
}

/** Wraps several objects the way `kubectl get -o yaml|json` does for a list. */
export function asList(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
