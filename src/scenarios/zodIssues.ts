/**
 * Turns zod issues into one plain message per mistake. The check union is resolved by the
 * kind key the author wrote, so a bad `maxSurge` reads "expected …", not "Invalid input".
 */
import type { z } from 'zod';
import { CHECK_KINDS, COMBINATORS, COMMON_KEYS } from './checks/registry';

/** A mistake at a path; `pointAtKey` puts the position on the key rather than its value. */
export interface PlainIssue {
  path: (string | number)[];
  message: string;
  pointAtKey: boolean;
}

type Issue = z.core.$ZodIssue;

/** Union options in schema order: every kind, then the combinators. */
const OPTION_NAMES: readonly string[] = [...CHECK_KINDS.map((k) => k.kind), ...COMBINATORS];

/** Flattens and words every issue; `data` is the parsed YAML, to look at what was written. */
export function resolveIssues(issues: readonly Issue[], data: unknown, prefix: (string | number)[] = []): PlainIssue[] {
  return issues.flatMap((issue) => resolveIssue(issue, data, prefix));
}

function resolveIssue(issue: Issue, data: unknown, prefix: (string | number)[]): PlainIssue[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'invalid_union':
      if (isCheckPosition(path)) return resolveCheckUnion(issue, value, path, data);
      return [{ path, message: unionMessage(issue, value), pointAtKey: false }];
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ path: [...path, k], message: `unknown field "${k}"`, pointAtKey: true }));
    case 'invalid_type':
      if (value === undefined) return [{ path, message: `required field is missing (expected ${issue.expected})`, pointAtKey: false }];
      return [{ path, message: `expected ${issue.expected}, got ${describeValue(value)}`, pointAtKey: false }];
    default:
      return [{ path, message: issue.message, pointAtKey: false }];
  }
}

function resolveCheckUnion(issue: Extract<Issue, { code: 'invalid_union' }>, value: unknown, path: (string | number)[], data: unknown): PlainIssue[] {
  const known = `known kinds: ${OPTION_NAMES.join(', ')}`;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ path, message: `a check is a map with one kind, e.g. "deploymentComplete: { name: web }"; ${known}`, pointAtKey: false }];
  }
  const keys = Object.keys(value).filter((k) => !(COMMON_KEYS as readonly string[]).includes(k));
  const kinds = keys.filter((k) => OPTION_NAMES.includes(k));
  const unknown = keys.filter((k) => !OPTION_NAMES.includes(k));
  if (kinds.length === 1) {
    const option = issue.errors[OPTION_NAMES.indexOf(kinds[0]!)] ?? [];
    return resolveIssues(option, data, path);
  }
  if (kinds.length > 1) return [{ path, message: `a check has exactly one kind; found ${kinds.map((k) => `"${k}"`).join(', ')}`, pointAtKey: false }];
  if (unknown.length > 0) return unknown.map((k) => ({ path: [...path, k], message: `unknown check kind "${k}"; ${known}`, pointAtKey: true }));
  return [{ path, message: `a check needs a kind; ${known}`, pointAtKey: false }];
}

/** Checks sit in `checks: [...]`, `all: [...]`, `any: [...]` and under `not:`. */
function isCheckPosition(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  return last === 'not' || (typeof last === 'number' && (parent === 'checks' || parent === 'all' || parent === 'any'));
}

/** "expected number or string, got boolean true" from the options' type errors. */
function unionMessage(issue: Extract<Issue, { code: 'invalid_union' }>, value: unknown): string {
  const expected = [...new Set(issue.errors.flatMap((opt) => opt.flatMap((i) => (i.code === 'invalid_type' && i.path.length === 0 ? [i.expected] : []))))];
  if (expected.length === 0) return issue.errors[0]?.[0]?.message ?? issue.message;
  return `expected ${expected.join(' or ')}, got ${describeValue(value)}`;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `${typeof v} ${JSON.stringify(v) ?? typeof v}`;
}
