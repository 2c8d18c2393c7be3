/**
 * The cluster picture: every Deployment (lanes, gauges, history), pods no Deployment owns,
 * the nodes strip, the rollout timeline and the event feed. Shows a replayed past moment
 * when the timeline is scrubbed.
 */
import { LazyMotion, MotionConfig } from 'motion/react';
import type { PhaseClass, PodView } from '../../lab/view/index';
import { runLine, scrubTo } from '../state/actions';
import { useLab, useUi } from '../state/hooks';
import { selectScrubAt, selectShown, selectTimeline, selectLiveNow } from '../state/selectors';
import { formatClock } from '../layout/TimeControls';
import { DeploymentCard } from './DeploymentCard';
import { EventFeed } from './EventFeed';
import { NodesStrip } from './NodesStrip';
import { PodGrid } from './PodGrid';
import { PodLegend } from './PodLegend';
import { Timeline } from './Timeline';
import { loadMotionFeatures } from './motion';

const FIRST_COMMAND = 'kubectl create deployment web --image=nginx:1.27 --replicas=3';

function EmptyState() {
  return (
    <div className="empty-state">
      <p>No Deployments yet. Create one in the terminal, for example:</p>
      <button type="button" className="btn code" onClick={() => runLine(FIRST_COMMAND)}>{FIRST_COMMAND}</button>
    </div>
  );
}

export function ClusterView() {
  const shown = useLab(selectShown);
  const timeline = useLab(selectTimeline);
  const liveNow = useLab(selectLiveNow);
  const scrubAt = useUi(selectScrubAt);
  const loose = shown.loosePods;
  return (
    // Replaying a past moment jumps between states: no movement, only fades.
    <MotionConfig reducedMotion={scrubAt === null ? 'user' : 'always'}>
      <LazyMotion features={loadMotionFeatures} strict>
        <div className="cluster-view" data-testid="cluster-view">
          {scrubAt !== null && (
            <div className="replay-banner" role="status">
              Replaying the cluster at {formatClock(scrubAt)}
              <button type="button" className="btn" onClick={() => scrubTo(null)}>Back to live</button>
            </div>
          )}
          {shown.deployments.length === 0 && loose.length === 0 ? <EmptyState /> : <PodLegend />}
          {shown.deployments.map((d) => <DeploymentCard key={`${d.uid}${scrubAt === null ? '' : ':replay'}`} d={d} />)}
          {loose.length > 0 && (
            <section className="loose-pods" role="group" aria-label="Pods without a Deployment">
              <h3>Other pods</h3>
              <PodGrid pods={loose} counts={countOf(loose)} label="Pods without a Deployment" />
            </section>
          )}
          <Timeline series={timeline} now={liveNow} scrubAt={scrubAt} />
          <NodesStrip nodes={shown.nodes} unscheduled={shown.unscheduled} />
          <EventFeed feed={shown.feed} />
        </div>
      </LazyMotion>
    </MotionConfig>
  );
}

function countOf(pods: readonly PodView[]): Record<PhaseClass, number> {
  const counts = { pending: 0, creating: 0, running: 0, ready: 0, warning: 0, terminating: 0, completed: 0 };
  for (const p of pods) counts[p.phaseClass] += 1;
  return counts;
}
