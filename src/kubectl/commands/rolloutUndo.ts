/**
 * `kubectl rollout undo`: client-side rollback (spec §11.3) — pick the target ReplicaSet,
 * then JSON-patch the Deployment's template and annotations. Mirrors
 * k8s.io/kubectl/pkg/polymorphichelpers/rollback.go (DeploymentRollbacker).
 */
import type { Deployment, ReplicaSet } from '../../engine/index';
import { dryRunFlag, filenameFlag, parseDryRun, recursiveFlag, selectorFlag } from '../commonFlags';
import { type Kube, apiErrorLine, fail } from '../kube';
import { equalIgnoreHash } from '../printers/describeWorkloads';
import type { CommandSpec } from '../spec';
import { printTemplate } from './rolloutHistory';
import { groupKind, nameOf, replicaSetsOf, revisionOf, rolloutTargets } from './rolloutUtil';

/** Annotations that stay the Deployment's own across a rollback. */
const SKIP = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision', 'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas', 'deployment.kubernetes.io/max-replicas', 'deprecated.deployment.rollback.to'];

/** The RS to roll back to: revision `to`, or the second-highest revision when `to` is 0. */
export function rollbackTarget(d: Deployment, rsList: readonly ReplicaSet[], to: number): { ok: true; rs: ReplicaSet } | { ok: false; error: string } {
  let latest: ReplicaSet | undefined; let latestRev = -1;
  let previous: ReplicaSet | undefined; let previousRev = -1;
  for (const rs of rsList) {
    if (rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === undefined) continue;
    const v = revisionOf(rs);
    if (to > 0) { if (v === to) return { ok: true, rs }; continue; }
    if (latestRev < v) { previousRev = latestRev; previous = latest; latestRev = v; latest = rs; }
    else if (previousRev < v) { previousRev = v; previous = rs; }
  }
  if (to > 0) return { ok: false, error: `unable to find specified revision ${to} in history` };
  if (!previous) return { ok: false, error: `no rollout history found for deployment "${d.metadata.name}"` };
  return { ok: true, rs: previous };
}

function rollback(k: Kube, d: Deployment, dry: 'none' | 'client' | 'server'): number {
  const to = k.flags.int('to-revision');
  const target = rollbackTarget(d, replicaSetsOf(k, d), to);
  if (!target.ok) return fail(k, target.error);
  if (d.spec.paused) return fail(k, "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  if (equalIgnoreHash(target.rs.spec.template, d.spec.template)) {
    k.out(`${nameOf(d)} skipped rollback (current template already matches revision ${to})${suffix}\n`);
    return 0;
  }
  const annotations: Record<string, string> = {};
  for (const key of SKIP) { const v = d.metadata.annotations?.[key]; if (v !== undefined) annotations[key] = v; }
  for (const [key, v] of Object.entries(target.rs.metadata.annotations ?? {})) if (!SKIP.includes(key)) annotations[key] = v;
  const t = target.rs.spec.template ?? {};
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  const template = { ...t, metadata: { ...(t.metadata ?? {}), labels } };
  if (dry === 'client') { k.out(`${nameOf(d)} ${printTemplate(template)}${suffix}\n`); return 0; }
  const patch = [{ op: 'replace', path: '/spec/template', value: template }, { op: 'replace', path: '/metadata/annotations', value: annotations }];
  const r = k.api.patch('Deployment', d.metadata.namespace ?? k.namespace, d.metadata.name, 'json', patch, { dryRun: dry === 'server' });
  if (!r.ok) { k.err(apiErrorLine(r.error)); return 1; }
  k.out(`${nameOf(d)} rolled back${suffix}\n`);
  return 0;
}

function runUndo(k: Kube): number {
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  const t = rolloutTargets(k);
  if (!t.ok) return t.code;
  let code = t.code;
  for (const o of t.objects) {
    if (o.kind !== 'Deployment') { return fail(k, `no rollbacker has been implemented for "${groupKind(o)}"`); }
    if (rollback(k, o, dry.value) !== 0) code = 1;
  }
  return code;
}

export const rolloutUndoCommand: CommandSpec = {
  name: 'undo',
  short: 'Undo a previous rollout',
  long: 'Roll back to a previous rollout.',
  example: '# Roll back to the previous deployment\nkubectl rollout undo deployment/abc\n\n# Roll back to daemonset revision 3\nkubectl rollout undo daemonset/abc --to-revision=3\n\n# Roll back to the previous deployment with dry-run\nkubectl rollout undo --dry-run=server deployment/abc',
  use: 'rollout undo (TYPE NAME | TYPE/NAME) [flags]',
  flags: [
    dryRunFlag,
    filenameFlag('identifying the resource to get from a server.'),
    recursiveFlag,
    selectorFlag,
    { name: 'to-revision', type: 'int', usage: 'The revision to rollback to. Default to 0 (last revision).' },
  ],
  args: 'deployments',
  run: runUndo,
};
