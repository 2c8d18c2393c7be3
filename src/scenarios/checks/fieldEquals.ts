/** fieldEquals / fieldMatches share this: resolve a field path on one object. */
import { z } from 'zod';
import { formatValue, parseFieldPath, resolveFieldPath } from '../fieldPath';
import { kindArg, nameArg, namespaceArg } from './args';
import { defineCheck, failWith, pass, type CheckOutcome, type CheckView } from './types';
import { getObject } from './util';
import type { Kind } from '../../engine/index';

/** A field path argument, checked at load time. */
export const pathArg = z
  .string()
  .describe("Field path: `spec.replicas`, `spec.template.spec.containers[0].image`, `status.conditions[type=Available].status`, `metadata.annotations['kubernetes.io/change-cause']`.")
  .superRefine((p, ctx) => {
    const r = parseFieldPath(p);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: `bad field path: ${r.error}` });
  });

export const objectRef = { kind: kindArg, name: nameArg, namespace: namespaceArg, path: pathArg };

/** Looks up the field and hands it to `test`; missing object or field is a failure in words. */
export function checkField(
  view: CheckView,
  a: { kind: Kind; name: string; namespace?: string; path: string },
  test: (value: unknown) => CheckOutcome,
): CheckOutcome {
  const obj = getObject(view, a.kind, a.name, a.namespace);
  if (!obj) return failWith(`there is no ${a.kind} "${a.name}"`);
  const parsed = parseFieldPath(a.path);
  if (!parsed.ok) return failWith(parsed.error);
  const r = resolveFieldPath(obj, parsed.segments);
  if (!r.found) return failWith(`${a.kind} "${a.name}" has no ${a.path}`);
  return test(r.value);
}

/** Deep equality of JSON-like values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export const fieldEquals = defineCheck({
  kind: 'fieldEquals',
  summary: 'A field of one object equals a value (numbers and strings are distinct: 3 is not "3").',
  args: z.object({ ...objectRef, value: z.json().describe('The expected value (scalar, list or map).') }).strict(),
  describe: (a) => `${a.kind} "${a.name}" has ${a.path} = ${formatValue(a.value)}`,
  check: (view, a) =>
    checkField(view, a, (v) =>
      jsonEqual(v, a.value)
        ? pass(`${a.path} is ${formatValue(v)}`)
        : typeof v !== typeof a.value
          ? failWith(`${a.path} is ${JSON.stringify(v)}, not ${JSON.stringify(a.value)}`)
          : failWith(`${a.path} is ${formatValue(v)}, not ${formatValue(a.value)}`),
    ),
});
