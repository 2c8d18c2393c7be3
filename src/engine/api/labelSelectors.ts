/**
 * Label selectors: the text form kubectl's `-l` takes (`app=web,tier!=db,env in (a,b),!canary`)
 * and the structured metav1.LabelSelector of Deployments and ReplicaSets. Mirrors apimachinery
 * pkg/labels/selector.go (lexer, parser, Requirement.String) and
 * pkg/apis/meta/v1/helpers.go (LabelSelectorAsSelector).
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { goQuote } from './fieldErrors';
import { deepFreeze } from './objectUtil';
import { isQualifiedName, isValidLabelValue } from './validation/names';

/** Selector operators as apimachinery's selection package names them. */
export type SelectorOperator = 'in' | 'notin' | '=' | '==' | '!=' | 'exists' | '!' | 'gt' | 'lt';

/** One requirement: `key op values`. */
export interface Requirement {
  key: string;
  operator: SelectorOperator;
  /** Sorted and de-duplicated, as a Go sets.String list. */
  values: readonly string[];
}

/** A parsed selector: every requirement must hold. `null` matches nothing (a nil LabelSelector). */
export type Selector = readonly Requirement[] | null;

export type ParseResult = { ok: true; selector: readonly Requirement[] } | { ok: false; message: string };

type Tok = 'end' | 'id' | 'in' | 'notin' | '(' | ')' | ',' | '!' | '=' | '==' | '!=' | '>' | '<' | 'error';
interface Item { tok: Tok; lit: string }

const SPECIAL = new Set(['=', '!', '(', ')', ',', '>', '<']);
const WS = new Set([' ', '\t', '\r', '\n']);
const SYMBOLS = new Set(['(', ')', ',', '!', '==', '=', '!=', '>', '<']);

function lex(s: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  for (;;) {
    while (i < s.length && WS.has(s[i] ?? '')) i++;
    if (i >= s.length) { items.push({ tok: 'end', lit: '' }); return items; }
    if (SPECIAL.has(s[i] ?? '')) {
      let buf = '';
      let last: Item | undefined;
      while (i < s.length && SPECIAL.has(s[i] ?? '')) {
        const next = buf + (s[i] ?? '');
        if (SYMBOLS.has(next)) { buf = next; last = { tok: next as Tok, lit: next }; i++; }
        else if (last) break;
        else { buf = next; i++; }
      }
      items.push(last ?? { tok: 'error', lit: `error expected: keyword found '${buf}'` });
      continue;
    }
    let buf = '';
    while (i < s.length && !SPECIAL.has(s[i] ?? '') && !WS.has(s[i] ?? '')) buf += s[i++];
    items.push({ tok: buf === 'in' || buf === 'notin' ? buf : 'id', lit: buf });
  }
}

const BINARY_OPERATORS = 'in, notin, =, ==, !=, gt, lt';

class ParseError extends Error {}

function parseText(text: string): Requirement[] {
  const items = lex(text);
  let pos = 0;
  // In value context `in`/`notin` are plain identifiers.
  const look = (values: boolean): Item => { const it = items[pos] ?? { tok: 'end', lit: '' }; return values && (it.tok === 'in' || it.tok === 'notin') ? { tok: 'id', lit: it.lit } : it; };
  const take = (values: boolean): Item => { const it = look(values); pos++; return it; };
  const fail = (m: string): never => { throw new ParseError(m); };

  const values = (): string[] => {
    const open = take(true);
    if (open.tok !== '(') fail(`found '${open.lit}' expected: '('`);
    const first = look(true);
    if (first.tok === ')') { take(true); return ['']; }
    if (first.tok !== 'id' && first.tok !== ',') fail(`found '${first.lit}', expected: ',', ')' or identifier`);
    const out = new Set<string>();
    for (;;) {
      const it = take(true);
      if (it.tok === 'id') {
        out.add(it.lit);
        const nx = look(true);
        if (nx.tok === ',') continue;
        if (nx.tok === ')') break;
        fail(`found '${nx.lit}', expected: ',' or ')'`);
      } else if (it.tok === ',') {
        if (out.size === 0) out.add('');
        const nx = look(true);
        if (nx.tok === ')') { out.add(''); break; }
        if (nx.tok === ',') { take(true); out.add(''); }
      } else fail(`found '${it.lit}', expected: ',', or identifier`);
    }
    const close = take(true);
    if (close.tok !== ')') fail(`found '${first.lit}', expected: ')'`);
    return [...out];
  };

  const requirement = (): Requirement => {
    let it = take(true);
    let negated = false;
    if (it.tok === '!') { negated = true; it = take(true); }
    if (it.tok !== 'id') fail(`found '${it.lit}', expected: identifier`);
    const key = it.lit;
    const keyErrs = isQualifiedName(key);
    if (keyErrs.length > 0) fail(`<nil>: Invalid value: ${goQuote(key)}: ${keyErrs.join('; ')}`);
    const after = look(true).tok;
    if (negated || after === 'end' || after === ',') return { key, operator: negated ? '!' : 'exists', values: [] };
    const op = take(false);
    const operator: SelectorOperator | undefined = ({ in: 'in', notin: 'notin', '=': '=', '==': '==', '!=': '!=', '>': 'gt', '<': 'lt' } as const)[op.tok as string];
    if (!operator) return fail(`found '${op.lit}', expected: ${BINARY_OPERATORS}`);
    let vals: string[];
    if (operator === 'in' || operator === 'notin') vals = values();
    else {
      const nx = look(true);
      if (nx.tok === 'end' || nx.tok === ',') vals = [''];
      else { const v = take(true); if (v.tok !== 'id') fail(`found '${v.lit}', expected: identifier`); vals = [v.lit]; }
    }
    for (const v of vals) {
      const errs = isValidLabelValue(v);
      if (errs.length > 0) fail(`values[0][${key}]: Invalid value: ${goQuote(v)}: ${errs.join('; ')}`);
    }
    if ((operator === 'gt' || operator === 'lt') && !/^-?\d+$/.test(vals[0] ?? '')) {
      fail(`values[0]: Invalid value: ${JSON.stringify(vals[0] ?? '')}: for 'Gt', 'Lt' operators, the value must be an integer`);
    }
    return { key, operator, values: [...new Set(vals)].sort() };
  };

  const reqs: Requirement[] = [];
  for (;;) {
    const it = look(true);
    if (it.tok === 'end') return reqs;
    if (it.tok !== 'id' && it.tok !== '!') fail(`found '${it.lit}', expected: !, identifier, or 'end of string'`);
    try { reqs.push(requirement()); } catch (e) { if (e instanceof ParseError) fail(`unable to parse requirement: ${e.message}`); throw e; }
    const sep = take(true);
    if (sep.tok === 'end') return reqs;
    if (sep.tok !== ',') fail(`found '${sep.lit}', expected: ',' or 'end of string'`);
    const nx = look(true);
    if (nx.tok !== 'id' && nx.tok !== '!') fail(`found '${nx.lit}', expected: identifier after ','`);
  }
}

const byKey = (a: Requirement, b: Requirement): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Parses `-l` text; the empty string selects everything. Errors carry the server's wording. */
export function parseLabelSelector(text: string): ParseResult {
  try {
    return { ok: true, selector: parseText(text).sort(byKey) };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Whether one requirement holds for a label set. */
export function matchesRequirement(r: Requirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = has ? labels[r.key] : undefined;
  switch (r.operator) {
    case '=': case '==': case 'in': return v !== undefined && r.values.includes(v);
    case '!=': case 'notin': return v === undefined || !r.values.includes(v);
    case 'exists': return has;
    case '!': return !has;
    case 'gt': case 'lt': {
      if (v === undefined || !/^-?\d+$/.test(v)) return false;
      const n = Number(v);
      const bound = Number(r.values[0]);
      return r.operator === 'gt' ? n > bound : n < bound;
    }
  }
}

/** Whether every requirement holds; `null` (a nil selector) matches nothing. */
export function matchesSelector(sel: Selector, labels: Readonly<Record<string, string>> | undefined): boolean {
  if (sel === null) return false;
  const ls = labels ?? {};
  for (const r of sel) if (!matchesRequirement(r, ls)) return false;
  return true;
}

/**
 * metav1.LabelSelector → requirements. An empty selector `{}` matches everything; an absent
 * one (undefined) matches nothing. Mirrors LabelSelectorAsSelector; unknown operators yield null.
 */
export function selectorFromLabelSelector(ls: LabelSelector | undefined | null): Selector {
  if (!ls) return null;
  const hit = parsedSelectors.get(ls);
  if (hit !== undefined) return hit;
  const sel = toRequirements(ls);
  if (Object.isFrozen(ls) && sel !== null) parsedSelectors.set(ls, deepFreeze(sel));
  return sel;
}

/** Parsed forms of stored (frozen, hence unchanging) selectors: controllers match every pod against the same few. */
const parsedSelectors = new WeakMap<LabelSelector, Selector>();

function toRequirements(ls: LabelSelector): Selector {
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(ls.matchLabels ?? {})) reqs.push({ key, operator: '=', values: [value] });
  for (const e of ls.matchExpressions ?? []) {
    const op = ({ In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' } as const)[e.operator as 'In'];
    if (op === undefined) return null;
    reqs.push({ key: e.key, operator: op, values: [...new Set(e.values ?? [])].sort() });
  }
  return reqs.sort(byKey);
}

/** Whether a structured selector matches a label set (empty selects all, absent selects none). */
export function matchesLabelSelector(ls: LabelSelector | undefined | null, labels: Readonly<Record<string, string>> | undefined): boolean {
  return matchesSelector(selectorFromLabelSelector(ls), labels);
}

/** Requirement.String(): `app=web`, `env in (a,b)`, `!canary`, `tier`. */
export function formatRequirement(r: Requirement): string {
  switch (r.operator) {
    case 'exists': return r.key;
    case '!': return `!${r.key}`;
    case 'in': case 'notin': return `${r.key} ${r.operator} (${r.values.join(',')})`;
    case 'gt': return `${r.key}>${r.values[0] ?? ''}`;
    case 'lt': return `${r.key}<${r.values[0] ?? ''}`;
    default: return `${r.key}${r.operator}${r.values[0] ?? ''}`;
  }
}

/** The selector text `kubectl describe` and the scale subresource show: `app=web,tier in (a,b)`. */
export function formatSelector(sel: Selector): string {
  return sel === null ? '' : sel.map(formatRequirement).join(',');
}

/** LabelSelectorAsSelector(ls).String(). */
export function formatLabelSelector(ls: LabelSelector | undefined | null): string {
  return formatSelector(selectorFromLabelSelector(ls));
}
