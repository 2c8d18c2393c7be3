/**
 * The details drawer's text: a describe-like summary of one Pod or ReplicaSet (the fields
 * `kubectl describe` leads with, and the object's events), from a snapshot.
 */
import type { Event, Pod, ReplicaSet } from '../../engine/index';
import type { ClusterSnapshot, ViewHelpers } from './types';
import { eventLastSeen } from './feed';

/** What the learner clicked. */
export interface SelectedObject {
  kind: 'Pod' | 'ReplicaSet';
  namespace: string;
  name: string;
}

export interface ObjectDetails {
  object: Pod | ReplicaSet;
  /** Label/value lines, labels padded like describe's. */
  text: string;
}

const labels = (m?: Record<string, string>): string =>
  m && Object.keys(m).length > 0 ? Object.entries(m).map(([k, v]) => `${k}=${v}`).join(',') : '<none>';

function block(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return rows.map(([k, v]) => `${`${k}:`.padEnd(width)}${v}`);
}

function eventLines(events: readonly Event[], kind: string, name: string, ns: string, helpers: ViewHelpers, now: number): string[] {
  const mine = events
    .filter((e) => e.involvedObject.kind === kind && e.involvedObject.name === name && (e.involvedObject.namespace ?? 'default') === ns)
    .sort((a, b) => eventLastSeen(a) - eventLastSeen(b));
  if (mine.length === 0) return ['Events:  <none>'];
  return ['Events:', ...mine.map((e) =>
    `  ${(e.type ?? 'Normal').padEnd(8)}${(e.reason ?? '').padEnd(20)}${helpers.formatAge(Math.max(0, now - eventLastSeen(e))).padEnd(8)}${e.message ?? ''}`)];
}

function describePod(p: Pod, snap: ClusterSnapshot, helpers: ViewHelpers): string[] {
  const owner = p.metadata.ownerReferences?.find((o) => o.controller);
  const head = block([
    ['Name', p.metadata.name], ['Namespace', p.metadata.namespace ?? 'default'],
    ['Node', p.spec.nodeName ?? '<none>'], ['Labels', labels(p.metadata.labels)],
    ['Status', helpers.podStatus(p, snap.now)], ['IP', p.status?.podIP ?? ''],
    ['Controlled By', owner ? `${owner.kind}/${owner.name}` : '<none>'],
  ]);
  const containers = p.spec.containers.flatMap((c) => {
    const st = p.status?.containerStatuses?.find((s) => s.name === c.name);
    const state = st?.state?.running ? 'Running' : st?.state?.terminated ? 'Terminated' : 'Waiting';
    const reason = st?.state?.waiting?.reason ?? st?.state?.terminated?.reason;
    return [`  ${c.name}:`, ...block([
      ['Image', c.image ?? ''], ['State', state], ...(reason ? [['Reason', reason] as const] : []),
      ['Ready', String(st?.ready ?? false)], ['Restart Count', String(st?.restartCount ?? 0)],
    ]).map((l) => `    ${l}`)];
  });
  const conditions = (p.status?.conditions ?? []).map((c) => `  ${c.type.padEnd(28)}${c.status}`);
  return [...head, 'Containers:', ...containers, 'Conditions:', '  Type                        Status', ...conditions,
    ...eventLines(snap.events, 'Pod', p.metadata.name, p.metadata.namespace ?? 'default', helpers, snap.now)];
}

function describeReplicaSet(rs: ReplicaSet, snap: ClusterSnapshot, helpers: ViewHelpers): string[] {
  const owner = rs.metadata.ownerReferences?.find((o) => o.controller);
  const mine = snap.pods.filter((p) => p.metadata.ownerReferences?.some((o) => o.uid === rs.metadata.uid));
  const phase = (ph: string) => mine.filter((p) => (p.status?.phase ?? 'Pending') === ph).length;
  const annotations = Object.entries(rs.metadata.annotations ?? {}).map(([k, v]) => `${k}: ${v}`);
  return [
    ...block([
      ['Name', rs.metadata.name], ['Namespace', rs.metadata.namespace ?? 'default'],
      ['Selector', labels(rs.spec.selector.matchLabels)], ['Labels', labels(rs.metadata.labels)],
      ['Annotations', annotations.join('\n              ') || '<none>'],
      ['Controlled By', owner ? `${owner.kind}/${owner.name}` : '<none>'],
      ['Replicas', `${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 0} desired`],
      ['Pods Status', `${phase('Running')} Running / ${phase('Pending')} Waiting / ${phase('Succeeded')} Succeeded / ${phase('Failed')} Failed`],
    ]),
    'Pod Template:', ...(rs.spec.template?.spec?.containers ?? []).map((c) => `  ${c.name}: ${c.image ?? ''}`),
    ...eventLines(snap.events, 'ReplicaSet', rs.metadata.name, rs.metadata.namespace ?? 'default', helpers, snap.now),
  ];
}

/** Describe-like details of the selected object in `snap`, or null when it does not exist there. */
export function describeSelected(sel: SelectedObject, snap: ClusterSnapshot, helpers: ViewHelpers): ObjectDetails | null {
  const match = (o: { metadata: { name: string; namespace?: string } }) =>
    o.metadata.name === sel.name && (o.metadata.namespace ?? 'default') === sel.namespace;
  if (sel.kind === 'Pod') {
    const p = snap.pods.find(match);
    return p ? { object: p, text: describePod(p, snap, helpers).join('\n') } : null;
  }
  const rs = snap.replicaSets.find(match);
  return rs ? { object: rs, text: describeReplicaSet(rs, snap, helpers).join('\n') } : null;
}
