/**
 * `-o yaml` and `-o json` as kubectl writes them. kubectl prints what the server sent decoded
 * into unstructured maps, so both formats list keys in Go's sorted map order; JSON is indented
 * with four spaces (printers.JSONPrinter) and YAML follows go-yaml v2 (sequences not indented
 * under their key, strings quoted only when they would read as another type).
 * Mirrors k8s.io/cli-runtime/pkg/printers/json.go and yaml.go.
 */
import { Document, isScalar, parseDocument, visit } from 'yaml';

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

/**
 * go-yaml v2 double-quotes a string that would read back as another type (`"1"`, `"true"`,
 * timestamps, `""`); anything else is plain when it can be, else single-quoted.
 */
function goQuoting(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || node.value.includes('\n')) return;
      const v = node.value;
      const parsed = parseDocument(v, { version: '1.1' });
      if (v === '' || (isScalar(parsed.contents) && typeof parsed.contents.value !== 'string')) node.type = 'QUOTE_DOUBLE';
    },
  });
}

const BEST_WIDTH = 80;
const LINE = /^( *)((?:- )*)((?:[^'" \n][^:\n]*|"[^"\n]*"): )?(.*)$/;

/** go-yaml's emitter folds long plain and single-quoted scalars at the first space past column 80. */
function foldLine(line: string): string {
  const m = LINE.exec(line);
  if (!m || line.length <= BEST_WIDTH) return line;
  const [, indent = '', dashes = '', key = '', value = ''] = m;
  if (value === '' || /^["|>{[]/.test(value)) return line;
  const prefix = indent + dashes + key;
  const cont = ' '.repeat(indent.length + dashes.length + (key ? 2 : 0));
  let out = prefix;
  let col = prefix.length;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] ?? '';
    if (c === ' ' && i > 0 && value[i - 1] !== ' ' && col > BEST_WIDTH && value[i + 1] !== ' ' && i < value.length - 1) {
      out += `\n${cont}`;
      col = cont.length;
      continue;
    }
    out += c;
    col++;
  }
  return out;
}

/** YAML as kubectl prints it (keys sorted, go-yaml v2 quoting, layout and folding). */
export function toYaml(obj: unknown): string {
  const doc = new Document(sortKeys(obj), { version: '1.1' });
  goQuoting(doc);
  const text = doc.toString({ singleQuote: true, indentSeq: false, lineWidth: 0 });
  return text.split('\n').map(foldLine).join('\n');
}

/** Wraps several objects the way `kubectl get -o yaml|json` does for a list. */
export function asList(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
