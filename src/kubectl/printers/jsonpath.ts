/**
 * The JSONPath templates of `-o jsonpath=…`, `custom-columns` and `--sort-by`: fields,
 * `[*]`, `[n]`, `[a:b]`, `['key']`, `..name`, filters `?(@.x=="y")`, `range`/`end` and
 * quoted literals such as `{"\n"}`. Mirrors k8s.io/client-go/util/jsonpath (parser.go, jsonpath.go).
 */

type Step =
  | { t: 'field'; name: string }
  | { t: 'recursive'; name: string }
  | { t: 'wildcard' }
  | { t: 'index'; start: number; end?: number; slice: boolean }
  | { t: 'filter'; path: Step[]; op?: string; value?: string | number };

type Node =
  | { t: 'text'; text: string }
  | { t: 'path'; steps: Step[] }
  | { t: 'range'; steps: Step[]; body: Node[] };

export type JsonPathResult<T> = { ok: true; value: T } | { ok: false; error: string };

class PathParser {
  i = 0;
  constructor(readonly s: string) {}
  fail(msg: string): never { throw new SyntaxError(msg); }
  steps(): Step[] {
    const steps: Step[] = [];
    if (this.s[this.i] === '$' || this.s[this.i] === '@') this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '.') {
        if (this.s[this.i + 1] === '.') { this.i += 2; steps.push({ t: 'recursive', name: this.name() }); continue; }
        this.i++;
        if (this.s[this.i] === '*') { this.i++; steps.push({ t: 'wildcard' }); continue; }
        const name = this.name();
        if (name !== '') steps.push({ t: 'field', name });
      } else if (c === '[') {
        steps.push(this.bracket());
      } else if (c === ' ' || c === ')' || c === '=' || c === '!' || c === '<' || c === '>') {
        break;
      } else if (steps.length === 0) {
        steps.push({ t: 'field', name: this.name() });
      } else {
        this.fail(`unrecognized character in action: U+${(c ?? '').charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${c ?? ''}'`);
      }
    }
    return steps;
  }
  name(): string {
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i] ?? '';
      if (c === '\\' && this.i + 1 < this.s.length) { out += this.s[this.i + 1]; this.i += 2; continue; }
      if (!/[A-Za-z0-9_\-/]/.test(c)) break;
      out += c;
      this.i++;
    }
    return out;
  }
  bracket(): Step {
    const close = this.matching();
    const inner = this.s.slice(this.i + 1, close).trim();
    this.i = close + 1;
    if (inner === '*') return { t: 'wildcard' };
    const quoted = /^'(.*)'$|^"(.*)"$/.exec(inner);
    if (quoted) return { t: 'field', name: quoted[1] ?? quoted[2] ?? '' };
    if (inner.startsWith('?(') && inner.endsWith(')')) return this.filter(inner.slice(2, -1));
    const slice = /^(-?\d*)(:(-?\d*))?$/.exec(inner);
    if (!slice) this.fail(`invalid array index ${inner}`);
    const start = slice[1] === '' ? 0 : Number(slice[1]);
    if (slice[2] === undefined) return { t: 'index', start, slice: false };
    return { t: 'index', start, ...(slice[3] ? { end: Number(slice[3]) } : {}), slice: true };
  }
  matching(): number {
    let depth = 0;
    let quote = '';
    for (let j = this.i; j < this.s.length; j++) {
      const c = this.s[j];
      if (quote) { if (c === quote) quote = ''; continue; }
      if (c === "'" || c === '"') quote = c;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) return j;
    }
    return this.fail('unclosed array expect ]');
  }
  filter(text: string): Step {
    const m = /^\s*(@[^=!<>\s]*)\s*(==|!=|<=|>=|<|>)?\s*(.*?)\s*$/.exec(text);
    if (!m) return this.fail(`unrecognized filter: ${text}`);
    const path = new PathParser(m[1] ?? '@').steps();
    if (!m[2]) return { t: 'filter', path };
    const raw = m[3] ?? '';
    const q = /^'(.*)'$|^"(.*)"$/.exec(raw);
    const value = q ? (q[1] ?? q[2] ?? '') : Number(raw);
    if (typeof value === 'number' && Number.isNaN(value)) this.fail(`unrecognized filter value: ${raw}`);
    return { t: 'filter', path, op: m[2], value };
  }
}

function unquote(lit: string): string {
  return lit.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));
}

/** Parses a template into nodes; `range … end` blocks nest. */
function parseTemplate(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) { top().push({ t: 'text', text: template.slice(i) }); break; }
    if (open > i) top().push({ t: 'text', text: template.slice(i, open) });
    const close = template.indexOf('}', open);
    if (close < 0) throw new SyntaxError(`unclosed action`);
    const action = template.slice(open + 1, close).trim();
    i = close + 1;
    if (/^".*"$|^'.*'$/s.test(action)) { top().push({ t: 'text', text: unquote(action) }); continue; }
    if (action === 'end') {
      if (stack.length === 1) throw new SyntaxError('not in range, nothing to end');
      stack.pop();
      continue;
    }
    if (action.startsWith('range ')) {
      const body: Node[] = [];
      top().push({ t: 'range', steps: new PathParser(action.slice(6).trim()).steps(), body });
      stack.push(body);
      continue;
    }
    top().push({ t: 'path', steps: new PathParser(action).steps() });
  }
  if (stack.length > 1) throw new SyntaxError('unclosed range');
  return root;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function recurse(v: unknown, name: string, out: unknown[]): void {
  if (isObj(v)) {
    if (name in v) out.push(v[name]);
    for (const x of Object.values(v)) recurse(x, name, out);
  } else if (Array.isArray(v)) {
    for (const x of v) recurse(x, name, out);
  }
}

function compare(a: unknown, op: string, b: string | number): boolean {
  const x = typeof b === 'number' ? Number(a) : String(a);
  switch (op) {
    case '==': return x === b;
    case '!=': return x !== b;
    case '<': return x < b;
    case '>': return x > b;
    case '<=': return x <= b;
    case '>=': return x >= b;
    default: return false;
  }
}

function applyStep(values: unknown[], step: Step): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    switch (step.t) {
      case 'field': if (isObj(v) && step.name in v) out.push(v[step.name]); break;
      case 'recursive': recurse(v, step.name, out); break;
      case 'wildcard': if (Array.isArray(v)) out.push(...(v as unknown[])); else if (isObj(v)) out.push(...Object.values(v)); break;
      case 'index': {
        if (!Array.isArray(v)) break;
        const n = v.length;
        const norm = (k: number) => (k < 0 ? k + n : k);
        if (!step.slice) { const e: unknown = v[norm(step.start)]; if (norm(step.start) < n && norm(step.start) >= 0) out.push(e); break; }
        out.push(...(v as unknown[]).slice(norm(step.start), step.end === undefined ? n : norm(step.end)));
        break;
      }
      case 'filter': {
        const items: unknown[] = Array.isArray(v) ? v : [v];
        for (const item of items) {
          const found = evalSteps([item], step.path);
          if (step.op === undefined ? found.length > 0 : found.some((f) => compare(f, step.op ?? '', step.value ?? ''))) out.push(item);
        }
        break;
      }
    }
  }
  return out;
}

/** Every value a path reaches from `root`. */
export function evalSteps(root: unknown[], steps: readonly Step[]): unknown[] {
  return steps.reduce<unknown[]>((vals, s) => applyStep(vals, s), root);
}

/** A value as jsonpath prints it: strings raw, everything else as compact JSON. */
export function valueText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  return JSON.stringify(v);
}

function render(nodes: readonly Node[], data: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.text;
    else if (n.t === 'path') out += evalSteps([data], n.steps).map(valueText).join(' ');
    else for (const item of evalSteps([data], n.steps)) {
      const elems: unknown[] = Array.isArray(item) ? item : [item];
      for (const e of elems) out += render(n.body, e);
    }
  }
  return out;
}

/** A compiled template. */
export interface JsonPath {
  execute(data: unknown): string;
  /** The raw values of a template made of one path (custom-columns, sort-by). */
  values(data: unknown): unknown[];
}

/** Compiles a template; errors read like client-go's (`error parsing jsonpath …`). */
export function compileJsonPath(template: string): JsonPathResult<JsonPath> {
  try {
    const nodes = parseTemplate(template);
    return {
      ok: true,
      value: {
        execute: (data) => render(nodes, data),
        values: (data) => nodes.flatMap((n) => (n.t === 'path' ? evalSteps([data], n.steps) : [])),
      },
    };
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false, error: `error parsing jsonpath ${template}, ${e.message}` };
    throw e;
  }
}

/** kubectl's RelaxedJSONPathExpression: `.a.b`, `a.b` and `{.a.b}` all mean `{.a.b}`. */
export function relaxedJsonPath(expr: string): string {
  const inner = expr.startsWith('{') && expr.endsWith('}') ? expr.slice(1, -1) : expr;
  return `{${inner.startsWith('.') || inner.startsWith('$') ? inner : `.${inner}`}}`;
}
