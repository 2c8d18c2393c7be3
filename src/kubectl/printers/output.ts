/**
 * `-o` for objects: yaml, json, name, jsonpath=…, custom-columns=…. Mirrors
 * k8s.io/cli-runtime/pkg/genericclioptions/print_flags.go and kubectl/pkg/cmd/get/customcolumn.go.
 */
import type { KubeObject } from '../../engine/index';
import { qualifiedSingular, resourceOf } from '../resources';
import { type JsonPath, compileJsonPath, relaxedJsonPath, valueText } from './jsonpath';
import { asList, sortKeys, toJson, toYaml } from './serialize';
import { renderTable } from './table';

export type OutputResult = { ok: true; text: string } | { ok: false; error: string };

const GET_FORMATS = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';
const OBJECT_FORMATS = 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/** The error for an `-o` kubectl cannot print; `forGet` lists get's larger set. */
export function unknownFormat(format: string, forGet: boolean): string {
  return `unable to match a printer suitable for the output format "${format}", allowed formats are: ${forGet ? GET_FORMATS : OBJECT_FORMATS}`;
}

/** `deployment.apps/web`. */
export const nameOf = (o: KubeObject): string => `${qualifiedSingular(resourceOf(o.kind))}/${o.metadata.name}`;

/** What `-o` selects: a table kind (handled by get) or an object printer. */
export function isObjectFormat(format: string): boolean {
  return ['yaml', 'json', 'name'].includes(format) || format.startsWith('jsonpath=') || format.startsWith('custom-columns=') || format === 'jsonpath';
}

/** kubectl hides metadata.managedFields unless --show-managed-fields. */
function withoutManagedFields(o: KubeObject): KubeObject {
  if (!o.metadata.managedFields) return o;
  const { managedFields: _hidden, ...metadata } = o.metadata;
  return { ...o, metadata };
}

/** Parses `NAME:.metadata.name,IMAGE:.spec…` into headers and compiled paths. */
function customColumns(spec: string, objs: readonly KubeObject[], noHeaders: boolean): OutputResult {
  const header: string[] = [];
  const paths: JsonPath[] = [];
  for (const part of spec.split(',')) {
    const i = part.indexOf(':');
    if (i <= 0) return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    const jp = compileJsonPath(relaxedJsonPath(part.slice(i + 1)));
    if (!jp.ok) return { ok: false, error: jp.error };
    header.push(part.slice(0, i));
    paths.push(jp.value);
  }
  const rows = objs.map((o) => paths.map((p) => {
    const vals = p.values(sortKeys(o));
    return vals.length === 0 ? '<none>' : vals.map(valueText).join(',');
  }));
  return { ok: true, text: renderTable(noHeaders ? undefined : header, rows) };
}

/**
 * Prints objects in an object format. `single` = one object was asked for by name, so it
 * prints bare; otherwise the objects are wrapped in a List (yaml, json, jsonpath).
 */
export function printObjects(input: readonly KubeObject[], format: string, single: boolean, noHeaders = false): OutputResult {
  const objs = input.map(withoutManagedFields);
  const data: unknown = single && objs.length === 1 ? objs[0] : asList(objs);
  if (format === 'yaml') return { ok: true, text: toYaml(data) };
  if (format === 'json') return { ok: true, text: toJson(data) };
  if (format === 'name') return { ok: true, text: objs.map((o) => `${nameOf(o)}\n`).join('') };
  if (format === 'jsonpath') return { ok: false, error: 'template format specified but no template given' };
  if (format.startsWith('jsonpath=')) {
    const jp = compileJsonPath(format.slice('jsonpath='.length));
    if (!jp.ok) return { ok: false, error: jp.error };
    return { ok: true, text: jp.value.execute(sortKeys(data)) };
  }
  if (format.startsWith('custom-columns=')) return customColumns(format.slice('custom-columns='.length), objs, noHeaders);
  return { ok: false, error: unknownFormat(format, true) };
}
