/**
 * Reading `-f` manifests: files, directories, `-` for stdin; multi-document YAML, JSON
 * objects and `kind: List`. Errors read as kubectl's (`error: the path "x" does not exist`,
 * `error parsing x: error converting YAML to JSON: yaml: line 3: …`, `kind not set`).
 * Mirrors k8s.io/cli-runtime/pkg/resource/visitor.go (FileVisitor, StreamVisitor) and
 * k8s.io/apimachinery/pkg/util/yaml/decoder.go.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import type { ApiError } from '../engine/index';
import { fail, type Kube } from './kube';
import { parseDryRun, type DryRun } from './commonFlags';
import { strictDecodingMessage, unknownFields } from './strictFields';
import type { ResourceType } from './resources';
import { RESOURCE_TYPES } from './resources';

/** One object read from a manifest, with the file it came from (for `error when creating "x.yaml"`). */
export interface ManifestObject {
  source: string;
  obj: Record<string, unknown>;
  type: ResourceType;
}

/** The BadRequest the API server answers a manifest with unknown fields with (strict field validation), or undefined. */
export function strictError(m: ManifestObject, verb: 'creating' | 'patching' | 'replacing'): ApiError | undefined {
  const unknown = unknownFields(m.type.kind, m.obj);
  if (unknown.length === 0) return undefined;
  return { reason: 'BadRequest', code: 400, message: `error when ${verb} "${m.source}": ${strictDecodingMessage(m.type.kind, unknown)}` };
}

export type ManifestResult = { ok: true; objects: ManifestObject[] } | { ok: false; error: string };

/** go-yaml's wording and line for the first parse error the `yaml` package reports. */
function goYamlError(errors: readonly { code: string; message: string; pos: [number, number] }[], lc: LineCounter): string {
  const first = errors[0];
  if (!first) return '';
  const line = (pos: number) => lc.linePos(pos).line;
  const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  switch (first.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `line ${line((multiline ?? first).pos[1])}: mapping values are not allowed in this context`;
    case 'TAB_AS_INDENT':
      return `line ${line(first.pos[0])}: found character that cannot start any token`;
    case 'BAD_INDENT': {
      const what = first.message.startsWith('Flow sequence') ? "did not find expected ',' or ']'"
        : first.message.startsWith('Flow mapping') ? "did not find expected ',' or '}'" : 'did not find expected key';
      return `line ${Math.max(1, line(first.pos[0]) - 1)}: ${what}`;
    }
    case 'DUPLICATE_KEY':
      return `line ${line(first.pos[0])}: mapping key already defined`;
    default:
      return `line ${line(first.pos[0])}: did not find expected key`;
  }
}

/** Go encoding/json's wording for what JSON.parse reports. */
function goJsonError(text: string, message: string): string {
  const pos = /at position (\d+)/.exec(message);
  if (!pos) return 'unexpected end of JSON input';
  const at = Number(pos[1]);
  const ch = text[at] ?? '';
  const what = message.startsWith('Expected double-quoted property name') ? 'looking for beginning of object key string'
    : message.startsWith("Expected ':'") ? 'after object key'
      : message.startsWith("Expected ',' or '}'") ? 'after object key:value pair'
        : message.startsWith("Expected ',' or ']'") ? 'after array element' : 'looking for beginning of value';
  return `json: offset ${at + 1}: invalid character '${ch}' ${what}`;
}

function parseJson(text: string, source: string): { ok: true; docs: unknown[] } | { ok: false; error: string } {
  try {
    return { ok: true, docs: [JSON.parse(text) as unknown] };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `error parsing ${source}: ${goJsonError(text, msg)}` };
  }
}

function parseYaml(text: string, source: string): { ok: true; docs: unknown[] } | { ok: false; error: string } {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, version: '1.1', uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: unknown[] = [];
  for (const d of list) {
    if (d.errors.length > 0) {
      return { ok: false, error: `error parsing ${source}: error converting YAML to JSON: yaml: ${goYamlError(d.errors, lc)}` };
    }
    const v: unknown = d.toJS({ maxAliasCount: 100 });
    if (v !== null && v !== undefined) out.push(v);
  }
  return { ok: true, docs: out };
}

/** YAML (or JSON) text to a value, with go-yaml's error wording (`yaml: line 1: …`) — kubectl patch's yaml.ToJSON. */
export function yamlToValue(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, version: '1.1' });
  const list = Array.isArray(docs) ? docs : [docs];
  const first = list[0];
  if (!first) return { ok: true, value: null };
  if (first.errors.length > 0) {
    const e = first.errors[0];
    if (e && (e.code === 'MISSING_CHAR' || e.code === 'UNEXPECTED_TOKEN') && /flow (map|collection)/i.test(e.message)) return { ok: false, error: "yaml: line 1: did not find expected ',' or '}'" };
    if (e && /flow sequence/i.test(e.message)) return { ok: false, error: "yaml: line 1: did not find expected ',' or ']'" };
    return { ok: false, error: `yaml: ${goYamlError(first.errors, lc)}` };
  }
  return { ok: true, value: first.toJS() as unknown };
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A manifest's `metadata.<field>` as a string ('' when absent or not a string). */
export function metaString(obj: Record<string, unknown>, field: 'name' | 'namespace' | 'generateName'): string {
  const meta = isMap(obj.metadata) ? obj.metadata : {};
  const v = meta[field];
  return typeof v === 'string' ? v : '';
}

/** Resolves `apiVersion` + `kind` to a served type. */
function typeOfManifest(obj: Record<string, unknown>): ResourceType | undefined {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  return RESOURCE_TYPES.find((t) => t.kind === obj.kind && apiVersion === (t.group ? `${t.group}/${t.version}` : t.version));
}

function toObjects(docs: readonly unknown[], source: string): ManifestResult {
  const objects: ManifestObject[] = [];
  for (const doc of docs) {
    if (!isMap(doc)) return { ok: false, error: `error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false` };
    const missing = [...(typeof doc.apiVersion === 'string' && doc.apiVersion ? [] : ['apiVersion not set']), ...(typeof doc.kind === 'string' && doc.kind ? [] : ['kind not set'])];
    if (missing.length > 0) {
      const what = missing.length === 1 ? missing[0] ?? '' : `[${missing.join(', ')}]`;
      return { ok: false, error: `error validating "${source}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false` };
    }
    if (doc.kind === 'List' && Array.isArray(doc.items)) {
      const inner = toObjects(doc.items as unknown[], source);
      if (!inner.ok) return inner;
      objects.push(...inner.objects);
      continue;
    }
    const type = typeOfManifest(doc);
    if (!type) {
      return {
        ok: false,
        error: `resource mapping not found for name: "${metaString(doc, 'name')}" namespace: "${metaString(doc, 'namespace')}" from "${source}": no matches for kind "${String(doc.kind)}" in version "${String(doc.apiVersion)}"\nensure CRDs are installed first`,
      };
    }
    objects.push({ source, obj: doc, type });
  }
  return { ok: true, objects };
}

/** Parses one manifest text (YAML or JSON, sniffed like the apimachinery decoder: JSON starts with `{`). */
export function parseManifest(text: string, source: string): ManifestResult {
  const parsed = text.trimStart().startsWith('{') ? parseJson(text, source) : parseYaml(text, source);
  if (!parsed.ok) return parsed;
  return toObjects(parsed.docs, source);
}

const MANIFEST_EXT = /\.(ya?ml|json)$/;

/** Reads every `-f` argument (files, directories' .yaml/.yml/.json files, `-` = stdin). */
export function readManifests(k: Kube, filenames: readonly string[], recursive = false): ManifestResult {
  const all: ManifestObject[] = [];
  const readOne = (path: string, display: string): string | undefined => {
    const st = k.ctx.fs.stat(path);
    if (!st.ok) return `the path "${display}" does not exist`;
    if (st.value.kind === 'dir') {
      const entries = k.ctx.fs.readDir(path);
      for (const e of entries.ok ? [...entries.value].sort() : []) {
        const child = `${path.replace(/\/$/, '')}/${e}`;
        const cst = k.ctx.fs.stat(child);
        if (!cst.ok) continue;
        if (cst.value.kind === 'dir') { if (recursive) { const er = readOne(child, child); if (er) return er; } continue; }
        if (!MANIFEST_EXT.test(e)) continue;
        const er = readOne(child, child);
        if (er) return er;
      }
      return undefined;
    }
    const text = k.ctx.fs.readFile(path);
    if (!text.ok) return `the path "${display}" does not exist`;
    const r = parseManifest(text.value, display);
    if (!r.ok) return r.error;
    all.push(...r.objects);
    return undefined;
  };
  for (const f of filenames) {
    if (f === '-') {
      const r = parseManifest(k.ctx.stdin, 'STDIN');
      if (!r.ok) return r;
      all.push(...r.objects);
      continue;
    }
    const er = readOne(f, f);
    if (er) return { ok: false, error: er };
  }
  return { ok: true, objects: all };
}

/**
 * The prologue every `-f` command shares (create, apply, replace): files were given,
 * `--dry-run` is valid, and every manifest read and parsed. On failure the error is printed
 * and `code` is the exit status.
 */
export function readFileArgs(k: Kube): { ok: true; dry: DryRun; objects: ManifestObject[] } | { ok: false; code: number } {
  const files = k.flags.list('filename');
  if (files.length === 0) return { ok: false, code: fail(k, 'must specify one of -f and -k') };
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return { ok: false, code: fail(k, dry.error) };
  const m = readManifests(k, files, k.flags.bool('recursive'));
  if (!m.ok) return { ok: false, code: fail(k, m.error) };
  return { ok: true, dry: dry.value, objects: m.objects };
}
