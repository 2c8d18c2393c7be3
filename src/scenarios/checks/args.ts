/** Argument pieces several check kinds share, so the vocabulary reads the same everywhere. */
import { z } from 'zod';

/** The kinds the simulated API server stores, spelled as Kubernetes spells them. */
export const KINDS = ['Deployment', 'ReplicaSet', 'Pod', 'Node', 'Namespace', 'Event', 'Service', 'Endpoints', 'EndpointSlice'] as const;

export const kindArg = z.enum(KINDS).describe('Object kind, as in `kind:` of a manifest.');
export const nameArg = z.string().min(1).describe('Object name.');
export const namespaceArg = z.exactOptional(z.string().min(1).describe('Namespace (default: `default`).'));
export const deploymentArg = z.string().min(1).describe('Name of the Deployment.');

/** A JavaScript regular expression, checked at load time. */
export const regexArg = z.string().superRefine((source, ctx) => {
  try {
    new RegExp(source);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(e as Error).message}` });
  }
});

const count = z.int().nonnegative();

/** `equals`/`min`/`max` on a count; at least one is required. */
export const countRange = {
  equals: z.exactOptional(count.describe('Exactly this many.')),
  min: z.exactOptional(count.describe('At least this many.')),
  max: z.exactOptional(count.describe('At most this many.')),
};

export interface CountRange {
  equals?: number;
  min?: number;
  max?: number;
}

/** Refinement: a count range needs at least one bound. */
export function requireBound(value: CountRange, ctx: z.RefinementCtx): void {
  if (value.equals === undefined && value.min === undefined && value.max === undefined) {
    ctx.addIssue({ code: 'custom', message: 'give at least one of equals, min, max' });
  }
}

/** Whether `n` lies in the range. */
export function inRange(n: number, r: CountRange): boolean {
  if (r.equals !== undefined && n !== r.equals) return false;
  if (r.min !== undefined && n < r.min) return false;
  if (r.max !== undefined && n > r.max) return false;
  return true;
}

/** The range in words: "exactly 2", "at least 1", "between 1 and 3". */
export function describeRange(r: CountRange): string {
  if (r.equals !== undefined) return `exactly ${r.equals}`;
  if (r.min !== undefined && r.max !== undefined) return `between ${r.min} and ${r.max}`;
  if (r.min !== undefined) return `at least ${r.min}`;
  return `at most ${r.max ?? 0}`;
}

/**
 * Which rollouts a history check looks at: `rollouts` (new templates), `rollbacks` (an older
 * ReplicaSet re-used), or `any` of the two. The first revision of a new Deployment is neither.
 */
export const duringArg = z.exactOptional(
  z.enum(['rollouts', 'rollbacks', 'any']).describe('Which rollouts to look at (default `rollouts`).'),
);
export type During = 'rollouts' | 'rollbacks' | 'any';

/** Plural noun for a `during` value, for messages. */
export function duringWords(d: During): string {
  switch (d) {
    case 'rollouts': return 'update';
    case 'rollbacks': return 'rollback';
    case 'any': return 'rollout or rollback';
  }
}
