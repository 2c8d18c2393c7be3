/** Which node each pod runs on: one box per node with a dot per pod (a bar and counts on every node when one is crowded). */
import { memo } from 'react';
import type { NodeView, PodView } from '../../lab/view/index';
import { select } from '../state/actions';

const DOTS_UP_TO = 60;

/** Pods per phase on one node, for strips too crowded for a dot per pod. */
function Counts({ pods }: { pods: readonly PodView[] }) {
  const counts = new Map<string, number>();
  for (const p of pods) counts.set(p.phaseClass, (counts.get(p.phaseClass) ?? 0) + 1);
  return (
    <span className="node-count">
      <span className="node-bar" aria-hidden="true">
        {[...counts.entries()].map(([phase, n]) => <span key={phase} className={`pod-${phase}`} style={{ flexGrow: n }} />)}
      </span>
      {pods.length} pods
    </span>
  );
}

const Dots = memo(function Dots({ pods, compact }: { pods: readonly PodView[]; compact: boolean }) {
  if (compact) return <Counts pods={pods} />;
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
  const compact = [...nodes.map((n) => n.pods.length), unscheduled.length].some((n) => n > DOTS_UP_TO);
  return (
    <section className="nodes-strip" aria-label="Nodes">
      <h3>Nodes</h3>
      <ul>
        {nodes.map((n) => (
          <li key={n.name} className={n.ready ? 'node' : 'node not-ready'} aria-label={`Node ${n.name}${n.ready ? '' : ', not ready'}, ${n.pods.length} pods`}>
            <span className="node-name">{n.name}{n.controlPlane && n.name !== 'control-plane' ? ' (control-plane)' : ''}</span>
            <Dots pods={n.pods} compact={compact} />
          </li>
        ))}
        {unscheduled.length > 0 && (
          <li className="node unscheduled" aria-label={`Not scheduled yet, ${unscheduled.length} pods`}>
            <span className="node-name">not scheduled</span>
            <Dots pods={unscheduled} compact={compact} />
          </li>
        )}
      </ul>
    </section>
  );
});
