/**
 * Loads scenario files: YAML with positions, zod validation, then the rules zod cannot see
 * (ids, `after` references, file name). Never throws; every mistake comes back as
 * `file:line:column: field.path: message`.
 */
import { LineCounter, parseDocument } from 'yaml';
import { buildCheckNodes, walkNodes } from './checkTree';
import { CHECK_KINDS } from './checks/registry';
import { scenarioSchema, type RawCheck } from './schema';
import type { Scenario } from './scenario';
import { formatFieldPath, lineColumn, offsetOf, type FieldPath } from './yamlPositions';
import { resolveIssues } from './zodIssues';

/** One mistake in one file. */
export interface LoadError {
  file: string;
  line: number;
  column: number;
  /** `steps[0].checks[1].strategyIs.maxSurge`, or `(top level)`. */
  path: string;
  message: string;
}

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: LoadError[] };

/** `file:line:column: field.path: message` */
export const formatLoadError = (e: LoadError): string => `${e.file}:${e.line}:${e.column}: ${e.path}: ${e.message}`;

/** Parses and validates one scenario file. */
export function loadScenario(text: string, fileName: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (path: FieldPath, message: string, pointAtKey = false): LoadError => ({
    file: fileName,
    ...lineColumn(lineCounter, offsetOf(doc, path, pointAtKey)),
    path: formatFieldPath(path),
    message,
  });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ file: fileName, ...lineColumn(lineCounter, e.pos[0]), path: '(yaml)', message: e.message.split('\n')[0] ?? e.message })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // The yaml package throws (rather than reports) for aliases it cannot resolve.
    return { ok: false, errors: [{ file: fileName, line: 1, column: 1, path: '(yaml)', message: (e as Error).message }] };
  }
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: resolveIssues(parsed.error.issues, data).map((i) => at(i.path, i.message, i.pointAtKey)) };
  }
  const file = parsed.data;
  const errors = checkNames(file.id, fileName, at);
  const explicit = collectIds(file.steps.map((s) => s.checks), at, errors);
  const taken = new Set(explicit.keys());
  const steps = file.steps.map((s, i) => ({ ...s, checks: buildCheckNodes(s.checks, ['steps', i, 'checks'], taken) }));
  const ids = new Set([...walkNodes(steps.flatMap((s) => s.checks))].map((n) => n.id));
  for (const n of walkNodes(steps.flatMap((s) => s.checks))) {
    if (n.after === undefined) continue;
    if (!ids.has(n.after)) errors.push(at([...n.path, 'after'], `no check has id "${n.after}"; ids: ${[...explicit.keys()].join(', ') || '(none given)'}`));
    else if (n.after === n.id) errors.push(at([...n.path, 'after'], 'a check cannot come after itself'));
  }
  errors.push(...afterCycles(steps.flatMap((s) => s.checks), at));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, scenario: { ...file, steps, fileName } };
}

function checkNames(id: string, fileName: string, at: (p: FieldPath, m: string) => LoadError): LoadError[] {
  const base = fileName.split('/').pop() ?? fileName;
  const m = /^\d+-(.+)\.ya?ml$/.exec(base);
  if (m && m[1] !== id) return [at(['id'], `id "${id}" does not match the file name ${base} (expected "${m[1]}")`)];
  return [];
}

/** Explicit ids → path; duplicates are errors. */
function collectIds(stepChecks: RawCheck[][], at: (p: FieldPath, m: string) => LoadError, errors: LoadError[]): Map<string, FieldPath> {
  const seen = new Map<string, FieldPath>();
  const visit = (raw: RawCheck, path: (string | number)[]): void => {
    if (raw.id !== undefined) {
      const first = seen.get(raw.id);
      if (first) errors.push(at([...path, 'id'], `id "${raw.id}" is already used at ${formatFieldPath(first)}`));
      else seen.set(raw.id, path);
    }
    for (const k of ['all', 'any'] as const) {
      const list = raw[k];
      if (Array.isArray(list)) (list as RawCheck[]).forEach((c, i) => visit(c, [...path, k, i]));
    }
    if (raw.not && typeof raw.not === 'object') visit(raw.not as RawCheck, [...path, 'not']);
  };
  stepChecks.forEach((checks, s) => checks.forEach((c, i) => visit(c, ['steps', s, 'checks', i])));
  return seen;
}

function afterCycles(nodes: Scenario['steps'][number]['checks'], at: (p: FieldPath, m: string) => LoadError): LoadError[] {
  const byId = new Map([...walkNodes(nodes)].map((n) => [n.id, n]));
  const errors: LoadError[] = [];
  for (const n of byId.values()) {
    const chain = [n.id];
    let cur = n.after !== undefined ? byId.get(n.after) : undefined;
    while (cur && !chain.includes(cur.id)) {
      chain.push(cur.id);
      cur = cur.after !== undefined ? byId.get(cur.after) : undefined;
    }
    if (cur && cur.id === n.id && n.after !== n.id) errors.push(at([...n.path, 'after'], `"after" goes round in a circle: ${[...chain, n.id].join(' → ')}`));
  }
  return errors;
}

/** Loads many files; ids must be unique across them. */
export function loadAll(files: readonly { name: string; text: string }[]): { scenarios: Scenario[]; errors: LoadError[] } {
  const scenarios: Scenario[] = [];
  const errors: LoadError[] = [];
  const ids = new Map<string, string>();
  for (const f of files) {
    const r = loadScenario(f.text, f.name);
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    const other = ids.get(r.scenario.id);
    if (other) errors.push({ file: f.name, line: 1, column: 1, path: 'id', message: `id "${r.scenario.id}" is also used by ${other}` });
    else {
      ids.set(r.scenario.id, f.name);
      scenarios.push(r.scenario);
    }
  }
  return { scenarios, errors };
}

/** Names of every check kind, for messages. */
export const knownKinds = (): string => CHECK_KINDS.map((k) => k.kind).join(', ');
