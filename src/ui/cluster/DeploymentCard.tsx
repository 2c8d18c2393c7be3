/**
 * One Deployment: header (name, strategy, budget in words, desired/updated/ready/available,
 * conditions), the two gauges, its ReplicaSet lanes newest on top, and the history strip.
 */
import { memo } from 'react';
import { AnimatePresence } from 'motion/react';
import type { DeploymentView } from '../../lab/view/index';
import { Gauge } from './Gauge';
import { HistoryStrip } from './HistoryStrip';
import { ReplicaSetLane } from './ReplicaSetLane';

function Conditions({ d }: { d: DeploymentView }) {
  return (
    <ul className="conditions" aria-label={`Conditions of ${d.name}`}>
      {d.conditions.map((c) => (
        <li key={c.type} className={`condition status-${c.status.toLowerCase()}`} title={c.message}>
          {c.type}={c.status} <span className="reason">{c.reason}</span>
        </li>
      ))}
      {d.paused && <li className="condition status-unknown">paused</li>}
    </ul>
  );
}

export const DeploymentCard = memo(function DeploymentCard({ d }: { d: DeploymentView }) {
  const scale = Math.max(d.budget.maxTotal, d.gauges[0].value, d.counts.desired, 1);
  return (
    <article className="deployment" aria-labelledby={`dep-${d.uid}`} data-deployment={d.name}>
      <header className="deployment-head">
        <h2 id={`dep-${d.uid}`}>deployment/{d.name}</h2>
        <span className="strategy">{d.budget.strategy}</span>
        <dl className="counts">
          <div><dt>desired</dt><dd>{d.counts.desired}</dd></div>
          <div><dt>updated</dt><dd>{d.counts.updated}</dd></div>
          <div><dt>ready</dt><dd>{d.counts.ready}</dd></div>
          <div><dt>available</dt><dd>{d.counts.available}</dd></div>
        </dl>
      </header>
      <p className="budget-words">{d.budget.words}</p>
      <Conditions d={d} />
      <div className="gauges">
        <Gauge gauge={d.gauges[0]} scale={scale} />
        <Gauge gauge={d.gauges[1]} scale={scale} />
      </div>
      <div className="lanes">
        <AnimatePresence initial={false}>
          {d.lanes.map((l) => <ReplicaSetLane key={l.uid} lane={l} namespace={d.namespace} />)}
        </AnimatePresence>
      </div>
      <HistoryStrip history={d.history} name={d.name} />
    </article>
  );
});
