/** One ReplicaSet as a labelled lane: revision, images, desired/current/ready, and its pods. */
import { memo } from 'react';
import * as m from 'motion/react-m';
import type { LaneView } from '../../lab/view/index';
import { select } from '../state/actions';
import { PodGrid } from './PodGrid';

export const ReplicaSetLane = memo(function ReplicaSetLane({ lane, namespace }: { lane: LaneView; namespace: string }) {
  return (
    <m.div className={`rs-lane${lane.isNew ? ' rs-new' : ''}`} role="group" aria-label={lane.label}
      data-rs={lane.rs}>
      <div className="rs-head">
        <button type="button" className="rs-name link-button"
          onClick={() => select({ kind: 'ReplicaSet', namespace, name: lane.rs })}
          aria-label={`Details of ReplicaSet ${lane.rs}`}>
          <span className="rev-badge">rev {lane.revision ?? '?'}</span> {lane.rs}
        </button>
        <span className="rs-images">{lane.images.join(', ')}</span>
        <span className="rs-counts" aria-hidden="true">
          <abbr title="desired">D</abbr> {lane.desired} · <abbr title="current">C</abbr> {lane.current} · <abbr title="ready">R</abbr> {lane.ready}
        </span>
      </div>
      <PodGrid pods={lane.pods} counts={lane.counts} label={`Pods of ${lane.rs}`} />
    </m.div>
  );
});
