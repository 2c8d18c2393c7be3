/**
 * CEL (the expression language of Kubernetes validation rules) over the cluster's objects and
 * the recorded history, through @marcbachmann/cel-js. Integers reach CEL as `int` (BigInt), as
 * in Kubernetes, so `d.spec.replicas == 10` and `size(pods) + 1` type-check.
 */
import { Environment } from '@marcbachmann/cel-js';
import type { Kind, KubeObject } from '../engine/index';
import type { CheckView } from './checks/types';
import { rolloutsSince } from './history/windows';

/** The variables an `expr` check sees, documented in scenarios/README.md. */
export const CEL_VARIABLES = ['objects', 'history', 'commands', 'now', 'startedAt'] as const;

const env = new Environment({ unlistedVariablesAreDyn: false, homogeneousAggregateLiterals: false })
  .registerVariable('objects', 'map')
  .registerVariable('history', 'map')
  .registerVariable('commands', 'list')
  .registerVariable('now', 'int')
  .registerVariable('startedAt', 'int');

/** Lists under `objects`, keyed by Kubernetes' plural resource names. */
const PLURALS: Record<string, Kind> = {
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  pods: 'Pod',
  events: 'Event',
  services: 'Service',
  nodes: 'Node',
  namespaces: 'Namespace',
  endpoints: 'Endpoints',
  endpointslices: 'EndpointSlice',
};

/** Why an expression cannot be used (parse or type error), or undefined when it is fine. */
export function validateCel(expression: string): string | undefined {
  let r: ReturnType<typeof env.check>;
  try {
    r = env.check(expression);
  } catch (e) {
    return firstLine((e as Error).message);
  }
  if (!r.valid) return firstLine(r.error?.message ?? 'invalid expression');
  if (r.type !== 'bool' && r.type !== 'dyn') return `the expression yields ${r.type}; it must yield bool`;
  return undefined;
}

const parsed = new Map<string, (ctx: Record<string, unknown>) => unknown>();
const converted = new WeakMap<object, unknown>();

/** Evaluates an expression; errors come back as text (a missing field: use has()). */
export function evaluateCel(expression: string, view: CheckView): { value: unknown } | { error: string } {
  try {
    let fn = parsed.get(expression);
    if (!fn) {
      const p = env.parse(expression);
      fn = (ctx) => p(ctx) as unknown;
      parsed.set(expression, fn);
    }
    return { value: fn(celContext(view)) };
  } catch (e) {
    return { error: firstLine((e as Error).message) };
  }
}

/** The CEL variables for one evaluation. */
export function celContext(view: CheckView): Record<string, unknown> {
  const objects: Record<string, unknown> = {};
  for (const [plural, kind] of Object.entries(PLURALS)) {
    const r = view.api.list(kind, {});
    objects[plural] = r.ok ? r.value.map((o: KubeObject) => toCel(o)) : [];
  }
  const rollouts = [...view.history.tracks.values()].flatMap((t) => rolloutsSince(t, view.since, 'any'));
  const history = {
    rollouts: rollouts.map((r) => toCel({
      deployment: r.deployment,
      namespace: r.namespace,
      kind: r.kind,
      revision: r.revision,
      replicaSet: r.replicaSet,
      images: r.images,
      startedAt: r.start.at,
      completedAt: r.completed?.at ?? null,
      durationSeconds: r.completed ? Math.round((r.completed.at - r.start.at) / 1000) : null,
    })),
    actions: view.actions.filter((x) => x.at >= view.since.at).map((x) => toCel({
      at: x.at, actor: x.actor, action: x.action, kind: x.object.kind, namespace: x.object.namespace, name: x.object.name,
      message: x.message, from: x.from ?? null, to: x.to ?? null,
    })),
    traffic: view.traffic.filter((t) => t.at + 1000 > view.since.at).map((t) => toCel(t)),
  };
  return {
    objects,
    history,
    commands: view.commands.map((c) => toCel(c)),
    now: BigInt(Math.trunc(view.now)),
    startedAt: BigInt(Math.trunc(view.startedAt)),
  };
}

/** JSON-like value → CEL value: integral numbers become int (BigInt); frozen objects are memoised. */
export function toCel(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (v === null || typeof v !== 'object') return v;
  const hit = converted.get(v);
  if (hit !== undefined) return hit;
  const out: unknown = Array.isArray(v) ? v.map(toCel) : Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, toCel(x)]));
  if (Object.isFrozen(v)) converted.set(v, out);
  return out;
}

const firstLine = (s: string): string => s.split('\n')[0] ?? s;
