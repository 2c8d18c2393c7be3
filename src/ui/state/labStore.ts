/**
 * The bridge from the session to React (house style example 5): a vanilla zustand store
 * holding derived, memoised views, refreshed once per burst of session notifications.
 */
import { createStore } from 'zustand/vanilla';
import type { ClockState, Session } from '../../lab/types';
import type { ClusterView, ClusterViewer, TimelineSeries } from '../../lab/view/index';
import { uiStore } from './uiStore';

export interface LabView {
  /** The session the page drives, or null before one is connected. */
  session: Session | null;
  version: number;
  clock: ClockState;
  /** The live cluster. */
  live: ClusterView;
  /** What the view shows: live, or replayed at uiStore.scrubAt. */
  shown: ClusterView;
  timeline: readonly TimelineSeries[];
}

const EMPTY_VIEW: ClusterView = { now: 0, deployments: [], nodes: [], unscheduled: [], loosePods: [], feed: [] };

export const labStore = createStore<LabView>()(() => ({
  session: null,
  version: -1,
  clock: { playing: false, speed: 1, now: 0 },
  live: EMPTY_VIEW,
  shown: EMPTY_VIEW,
  timeline: [],
}));

let viewer: ClusterViewer | null = null;

/** The viewer of the connected session (details drawer, scrubbing). */
export function currentViewer(): ClusterViewer | null {
  return viewer;
}

function refresh(session: Session, v: ClusterViewer): void {
  const live = v.live();
  const scrubAt = uiStore.getState().scrubAt;
  labStore.setState({
    session,
    version: session.version(),
    clock: session.clock(),
    live,
    shown: scrubAt === null ? live : v.at(scrubAt),
    timeline: v.timeline(),
  });
}

/**
 * Connects `session`: derives views now and after every burst of notifications (coalesced
 * into one microtask, so a frame's many cluster steps cost one derivation). Returns a disconnect.
 */
export function connectSession(session: Session, v: ClusterViewer): () => void {
  viewer = v;
  let queued = false;
  let live = true;
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (live) refresh(session, v);
    });
  };
  const offSession = session.subscribe(schedule);
  const offUi = uiStore.subscribe((s, prev) => {
    if (s.scrubAt !== prev.scrubAt) refresh(session, v);
  });
  refresh(session, v);
  return () => {
    live = false;
    offSession();
    offUi();
    if (viewer === v) viewer = null;
  };
}
