/** Which node each pod runs on: one box per node with a dot per pod (counts when crowded). */
import { memo } from 'react';
import type { NodeView, PodView } from '../../lab/view/index';
import { select } from '../state/actions';

const DOTS_UP_TO = 60;

const Dots = memo(function Dots({ pods }: { pods: readonly PodView[] }) {
  if (pods.length > DOTS_UP_TO) return <span className="node-count">{pods.length} pods</span>;
  return (
    <span className="node-dots">
      {pods.map((p) => (
        <button type="button" key={p.uid} className={`node-dot pod-${p.phaseClass}`} aria-label={p.label} title={p.label} tabIndex={-1}
          onClick={() => select({ kind: 'Pod', namespace: p.namespace, name: p.name })} />
      ))}
    </span>
  );
});

export const NodesStrip = memo(function NodesStrip({ nodes, unscheduled }: { nodes: readonly NodeView[]; unscheduled: readonly PodView[] }) {
  return (
    <section className="nodes-strip" aria-label="Nodes">
      <h3>Nodes</h3>
      <ul>
        {nodes.map((n) => (
          <li key={n.name} className={n.ready ? 'node' : 'node not-ready'} aria-label={`Node ${n.name}${n.ready ? '' : ', not ready'}, ${n.pods.length} pods`}>
            <span className="node-name">{n.name}{n.controlPlane && n.name !== 'control-plane' ? ' (control-plane)' : ''}</span>
            <Dots pods={n.pods} />
          </li>
        ))}
        {unscheduled.length > 0 && (
          <li className="node unscheduled" aria-label={`Not scheduled yet, ${unscheduled.length} pods`}>
            <span className="node-name">not scheduled</span>
            <Dots pods={unscheduled} />
          </li>
        )}
      </ul>
    </section>
  );
});
