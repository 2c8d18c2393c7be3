/**
 * ClusterViewer: memoises the derived views of one session per cluster version, so the
 * UI can ask on every notification and React gets the same references while nothing moved.
 */
import type { Session } from '../types';
import type { ClusterSnapshot, ClusterView, ViewHelpers } from './types';
import type { TimelineSeries } from './timeline';
import { TimelineRecorder } from './timeline';
import { deriveClusterView } from './clusterView';
import { replaceEqualDeep } from './share';
import { snapshotAt, takeSnapshot } from './snapshot';
import { describeSelected } from './details';
import type { ObjectDetails, SelectedObject } from './details';

/** The parts of a Session the viewer reads. */
export type ViewedSession = Pick<Session, 'cluster' | 'version' | 'changes' | 'actions'>;

export interface ClusterViewer {
  /** The live view; the same object while the session's version is unchanged. */
  live(): ClusterView;
  /** The view as it stood at simulated time `at`, replayed from the change log (for scrubbing). */
  at(at: number): ClusterView;
  /** The objects as they stood at `at` (or now, when omitted), e.g. for the details drawer. */
  snapshot(at?: number): ClusterSnapshot;
  /** Pods per ReplicaSet and availability over time, per Deployment. */
  timeline(): readonly TimelineSeries[];
  /** `kubectl describe` of a pod or ReplicaSet as it stands at `at` (or now), null when absent. */
  describe(sel: SelectedObject, at?: number): ObjectDetails | null;
}

/** Creates the memoising viewer of `session`. */
export function createClusterViewer(session: ViewedSession, helpers: ViewHelpers): ClusterViewer {
  let liveVersion = -1;
  let liveView: ClusterView | undefined;
  let pastKey = '';
  let pastView: ClusterView | undefined;
  let timelineVersion = -1;
  let timelineView: readonly TimelineSeries[] = [];
  const recorder = new TimelineRecorder(helpers);

  const snapshot = (at?: number): ClusterSnapshot => {
    const now = session.cluster.now();
    return at === undefined || at >= now ? takeSnapshot(session.cluster.api, now) : snapshotAt(session.changes(), at);
  };

  return {
    live() {
      const v = session.version();
      if (liveView && v === liveVersion) return liveView;
      const next = deriveClusterView(snapshot(), session.actions(), helpers);
      liveView = replaceEqualDeep(liveView, next);
      liveVersion = v;
      return liveView;
    },
    at(at) {
      const changes = session.changes();
      const key = `${at}/${changes.length}`;
      if (pastView && key === pastKey) return pastView;
      const actions = session.actions().filter((a) => a.at <= at);
      pastView = replaceEqualDeep(pastView, deriveClusterView(snapshot(at), actions, helpers));
      pastKey = key;
      return pastView;
    },
    snapshot,
    describe: (sel, at) => describeSelected(sel, snapshot(at)),
    timeline() {
      const v = session.version();
      if (v === timelineVersion) return timelineView;
      recorder.update(session.changes());
      timelineView = replaceEqualDeep(timelineView, recorder.all());
      timelineVersion = v;
      return timelineView;
    },
  };
}
