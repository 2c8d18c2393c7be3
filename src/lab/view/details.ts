/**
 * The details drawer's text: exactly what `kubectl describe` prints for the selected Pod or
 * ReplicaSet (kubectl's own describe printers), from a live or replayed snapshot.
 */
import type { Pod, ReplicaSet } from '../../engine/index';
// kubectl's describe printers are pure functions of objects; not yet re-exported from kubectl/index.ts.
import { describePod, describeReplicaSet } from '../../kubectl/printers/describeWorkloads';
import { eventsFor } from '../../kubectl/printers/describeWriter';
import type { ClusterSnapshot } from './types';

/** What the learner clicked. */
export interface SelectedObject {
  kind: 'Pod' | 'ReplicaSet';
  namespace: string;
  name: string;
}

export interface ObjectDetails {
  object: Pod | ReplicaSet;
  /** `kubectl describe` text. */
  text: string;
}

/** `kubectl describe` of the selected object in `snap`, or null when it does not exist there. */
export function describeSelected(sel: SelectedObject, snap: ClusterSnapshot): ObjectDetails | null {
  const match = (o: { metadata: { name: string; namespace?: string } }) =>
    o.metadata.name === sel.name && (o.metadata.namespace ?? 'default') === sel.namespace;
  const inNs = <T extends { metadata: { namespace?: string } }>(list: readonly T[]) =>
    list.filter((o) => (o.metadata.namespace ?? 'default') === sel.namespace);
  if (sel.kind === 'Pod') {
    const p = snap.pods.find(match);
    if (!p) return null;
    const events = eventsFor(inNs(snap.events), p.metadata.uid, 'Pod', p.metadata.name);
    return { object: p, text: describePod(p, events, snap.now) };
  }
  const rs = snap.replicaSets.find(match);
  if (!rs) return null;
  const events = eventsFor(inNs(snap.events), rs.metadata.uid, 'ReplicaSet', rs.metadata.name);
  return { object: rs, text: describeReplicaSet(rs, inNs(snap.pods), events, snap.now) };
}
