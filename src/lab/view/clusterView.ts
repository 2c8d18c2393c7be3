/**
 * deriveClusterView: the whole picture at one moment, from a snapshot of the objects plus
 * the controllers' recorded decisions. Pure; memoised per cluster version by ClusterViewer.
 */
import type { ControllerAction, Pod } from '../../engine/index';
import type { ClusterSnapshot, ClusterView, DeploymentView, PodView, ViewHelpers } from './types';
import { deriveDeploymentView } from './deployments';
import { deriveFeed } from './feed';
import { deriveNodes } from './nodes';
import { byCreation, controllerOf, derivePodView } from './pods';

const nsName = (o: { metadata: { namespace?: string; name: string } }): string =>
  `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`;

function groupPodsByRs(pods: readonly Pod[]): Map<string, Pod[]> {
  const map = new Map<string, Pod[]>();
  for (const p of pods) {
    const rs = controllerOf(p.metadata);
    if (rs === null) continue;
    const key = `${p.metadata.namespace ?? 'default'}/${rs}`;
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  }
  return map;
}

/** Derives everything the cluster view draws from `snap` (and the controllers' whys from `actions`). */
export function deriveClusterView(
  snap: ClusterSnapshot, actions: readonly ControllerAction[], helpers: ViewHelpers,
): ClusterView {
  const { now } = snap;
  const podsByRs = groupPodsByRs(snap.pods);
  const deployments: DeploymentView[] = [...snap.deployments]
    .sort((a, b) => (nsName(a) < nsName(b) ? -1 : 1))
    .map((d) => {
      const ns = d.metadata.namespace ?? 'default';
      const rsList = snap.replicaSets.filter((rs) => (rs.metadata.namespace ?? 'default') === ns);
      const local = new Map<string, Pod[]>();
      for (const rs of rsList) local.set(rs.metadata.name, podsByRs.get(nsName(rs)) ?? []);
      return deriveDeploymentView(d, rsList, local, helpers, now);
    });
  const drawn = new Map<string, PodView>();
  for (const d of deployments) for (const l of d.lanes) for (const p of l.pods) drawn.set(p.uid, p);
  const loosePods = [...snap.pods].filter((p) => !drawn.has(p.metadata.uid)).sort(byCreation)
    .map((p) => derivePodView(p, helpers, now, null, false));
  const { nodes, unscheduled } = deriveNodes(snap.nodes, [...drawn.values(), ...loosePods]);
  return { now, deployments, nodes, unscheduled, loosePods, feed: deriveFeed(snap.events, actions, helpers, now) };
}
