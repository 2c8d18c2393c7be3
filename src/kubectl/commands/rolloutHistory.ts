/**
 * `kubectl rollout history`: the revisions of a Deployment's ReplicaSets with their
 * change-cause, or one revision's pod template. Mirrors k8s.io/kubectl/pkg/cmd/rollout/rollout_history.go
 * and pkg/polymorphichelpers/history.go (DeploymentHistoryViewer).
 */
import type { Deployment, core } from '../../engine/index';
import { filenameFlag, recursiveFlag, selectorFlag } from '../commonFlags';
import { type Kube, fail } from '../kube';
import { describePodTemplate } from '../printers/describeContainers';
import { DescribeWriter } from '../printers/describeWriter';
import { DESCRIBE_TABWRITER, tabwrite } from '../printers/tabwriter';
import type { CommandSpec } from '../spec';
import { CHANGE_CAUSE, groupKind, nameOf, replicaSetsOf, revisionOf, rolloutTargets } from './rolloutUtil';

/** revision → the RS's template, with the RS's change-cause copied onto it. */
export function historyOf(k: Kube, d: Deployment): Map<number, core.PodTemplateSpec> {
  const out = new Map<number, core.PodTemplateSpec>();
  for (const rs of replicaSetsOf(k, d)) {
    const rev = revisionOf(rs);
    if (rev === 0 && !rs.metadata.annotations?.['deployment.kubernetes.io/revision']) continue;
    const cause = rs.metadata.annotations?.[CHANGE_CAUSE];
    const t = rs.spec.template ?? {};
    const annotations = { ...(t.metadata?.annotations ?? {}), ...(cause ? { [CHANGE_CAUSE]: cause } : {}) };
    out.set(rev, { ...t, metadata: { ...(t.metadata ?? {}), ...(Object.keys(annotations).length > 0 ? { annotations } : {}) } });
  }
  return out;
}

/** The pod template as printTemplate renders it: describe's lines with raw tabs. */
export function printTemplate(t: core.PodTemplateSpec): string {
  const w = new DescribeWriter();
  describePodTemplate(w, t);
  return w.raw();
}

function viewHistory(k: Kube, d: Deployment, revision: number): { ok: true; text: string } | { ok: false; error: string } {
  const history = historyOf(k, d);
  if (revision > 0) {
    const t = history.get(revision);
    if (!t) return { ok: false, error: 'unable to find the specified revision' };
    return { ok: true, text: `${nameOf(d)} with revision #${revision}\n${printTemplate(t)}\n` };
  }
  if (history.size === 0) return { ok: true, text: `${nameOf(d)} \nNo rollout history found.\n` };
  const rows = [...history.keys()].sort((a, b) => a - b).map((r) => `${r}\t${history.get(r)?.metadata?.annotations?.[CHANGE_CAUSE] || '<none>'}\n`);
  return { ok: true, text: `${nameOf(d)} \n${tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, DESCRIBE_TABWRITER)}\n` };
}

function runHistory(k: Kube): number {
  if (k.flags.int('revision') < 0) return fail(k, `revision must be a positive integer: ${k.flags.int('revision')}`);
  const t = rolloutTargets(k);
  if (!t.ok) return t.code;
  let code = t.code;
  for (const o of t.objects) {
    if (o.kind !== 'Deployment') { return fail(k, `no history viewer has been implemented for "${groupKind(o)}"`); }
    const v = viewHistory(k, o, k.flags.int('revision'));
    if (!v.ok) { code = fail(k, v.error); continue; }
    k.out(v.text);
  }
  return code;
}

export const rolloutHistoryCommand: CommandSpec = {
  name: 'history',
  short: 'View rollout history',
  long: 'View previous rollout revisions and configurations.',
  example: '# View the rollout history of a deployment\nkubectl rollout history deployment/abc\n\n# View the details of daemonset revision 3\nkubectl rollout history daemonset/abc --revision=3',
  use: 'rollout history (TYPE NAME | TYPE/NAME) [flags]',
  flags: [
    filenameFlag('identifying the resource to get from a server.'),
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
    recursiveFlag,
    { name: 'revision', type: 'int', usage: 'See the details, including podTemplate of the revision specified' },
    selectorFlag,
  ],
  args: 'deployments',
  run: runHistory,
};
