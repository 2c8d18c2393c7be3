/**
 * The objects a mutating command acts on: `TYPE NAME…`, `TYPE/NAME…`, `-f` manifests,
 * `-l selector` and `--all`, with kubectl's errors for missing or mixed arguments.
 * Mirrors k8s.io/cli-runtime/pkg/resource/builder.go as used by label/annotate/delete/scale/set.
 */
import type { ApiError, KubeObject } from '../engine/index';
import { fetchRefs } from './fetch';
import type { Kube } from './kube';
import { metaString, readManifests } from './manifest';
import type { ResourceRef } from './resources';
import { parseResourceArgs, qualifiedSingular, resourceOf } from './resources';
import type { DryRun } from './commonFlags';
import { dryRunSuffix } from './commonFlags';

export const NO_RESOURCES = "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

export interface Targets {
  objects: KubeObject[];
  /** API errors for named objects (printed after the successes, exit 1). */
  errors: ApiError[];
  /** The types that were listed (for `No resources found`). */
  listed: ResourceRef[];
}

export type TargetsResult = { ok: true; value: Targets } | { ok: false; error: string };

export interface TargetOptions {
  /** Positional args to use (default: all of them). */
  args?: readonly string[];
  /** A type alone (no name, no -l, no --all) is an error with this text; undefined = list them all. */
  needName?: string;
}

/** Resolves what a command acts on. */
export function resolveTargets(k: Kube, o: TargetOptions = {}): TargetsResult {
  const args = o.args ?? k.flags.args;
  const files = k.flags.list('filename');
  let refs: ResourceRef[];
  if (files.length > 0) {
    if (args.length > 0) return { ok: false, error: `Unexpected args: [${args.join(' ')}]` };
    const m = readManifests(k, files, k.flags.bool('recursive'));
    if (!m.ok) return { ok: false, error: m.error };
    refs = m.objects.map((x) => ({ type: x.type, name: metaString(x.obj, 'name') }));
  } else {
    if (args.length === 0) return { ok: false, error: NO_RESOURCES };
    const parsed = parseResourceArgs(args);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    refs = parsed.refs;
  }
  const selector = k.flags.changed('selector') ? k.flags.str('selector') : '';
  const all = k.flags.bool('all') || selector !== '';
  const typeOnly = refs.filter((r) => r.name === undefined);
  if (typeOnly.length > 0 && !all && o.needName !== undefined) return { ok: false, error: o.needName };
  const fetched = fetchRefs(k, refs, { selector, fieldSelector: k.flags.str('field-selector') });
  return {
    ok: true,
    value: { objects: fetched.flatMap((f) => f.objects), errors: fetched.flatMap((f) => (f.error ? [f.error] : [])), listed: typeOnly },
  };
}

/** `deployment.apps/web scaled` (plus ` (dry run)`). */
export const successLine = (o: KubeObject, verb: string, dryRun: DryRun = 'none'): string =>
  `${qualifiedSingular(resourceOf(o.kind))}/${o.metadata.name} ${verb}${dryRunSuffix(dryRun)}\n`;
