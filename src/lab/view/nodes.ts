/** The nodes strip: each node with the pods bound to it. */
import type { Node } from '../../engine/index';
import type { NodeView, PodView } from './types';

const CONTROL_PLANE = 'node-role.kubernetes.io/control-plane';

/** Groups pod cells by node; pods with no node are returned as `unscheduled`. */
export function deriveNodes(nodes: readonly Node[], pods: readonly PodView[]): { nodes: NodeView[]; unscheduled: PodView[] } {
  const byNode = new Map<string, PodView[]>();
  const unscheduled: PodView[] = [];
  for (const p of pods) {
    if (p.node === null) { unscheduled.push(p); continue; }
    const list = byNode.get(p.node);
    if (list) list.push(p);
    else byNode.set(p.node, [p]);
  }
  const views = [...nodes]
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))
    .map((n) => ({
      name: n.metadata.name,
      ready: n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false,
      controlPlane: n.metadata.labels?.[CONTROL_PLANE] !== undefined,
      pods: byNode.get(n.metadata.name) ?? [],
    }));
  return { nodes: views, unscheduled };
}
