/**
 * The cluster as the lab page draws it: plain, immutable view records derived from API
 * snapshots. Pure data: the UI renders these and invents no cluster state of its own.
 */
import type { Deployment, Event, Node, Pod, ReplicaSet } from '../../engine/index';

/** The colour a pod cell takes; derived from the STATUS column kubectl prints. */
export type PhaseClass =
  | 'pending'
  | 'creating'
  | 'running'
  | 'ready'
  | 'warning'
  | 'terminating'
  | 'completed';

/** Every PhaseClass, in the order a pod normally passes through them (legend and counts). */
export const PHASE_CLASSES: readonly PhaseClass[] = [
  'pending', 'creating', 'running', 'ready', 'warning', 'terminating', 'completed',
];

/** Pure helpers the view borrows from the engine and kubectl (injected, so the view stays a leaf). */
export interface ViewHelpers {
  /** kubectl's STATUS column for a pod (`ContainerCreating`, `ImagePullBackOff`, `Terminating` …). */
  podStatus(pod: Pod, now: number): string;
  /** The resolved rolling budget in pods (spec §4): surge rounds up, unavailable down, fallback 1. */
  resolveFenceposts(d: Deployment): { maxSurge: number; maxUnavailable: number };
  /** kubectl's AGE text for a duration in ms (`45s`, `2m5s`, `3h`). */
  formatAge(ms: number): string;
}

/** One pod cell. */
export interface PodView {
  uid: string;
  namespace: string;
  name: string;
  phaseClass: PhaseClass;
  /** kubectl's STATUS text. */
  statusText: string;
  ready: boolean;
  /** A pod above the Deployment's desired count (the surge of a rolling update). */
  surge: boolean;
  node: string | null;
  /** Revision of the pod's ReplicaSet; null for pods no Deployment owns. */
  revision: number | null;
  rs: string | null;
  restarts: number;
  /** Accessible name: "web-7d9f6c5b8-x2k4q, revision 2, Running, ready". */
  label: string;
}

/** A ReplicaSet that has or should have pods, drawn as a lane. */
export interface LaneView {
  uid: string;
  rs: string;
  revision: number | null;
  images: readonly string[];
  desired: number;
  current: number;
  ready: number;
  available: number;
  /** The ReplicaSet matching the Deployment's current template. */
  isNew: boolean;
  pods: readonly PodView[];
  /** Pods per PhaseClass, for lanes too large to draw cell by cell. */
  counts: Readonly<Record<PhaseClass, number>>;
  label: string;
}

/** One revision as `kubectl rollout history` knows it. */
export interface HistoryEntry {
  rs: string;
  revision: number;
  images: readonly string[];
  changeCause: string;
  /** The revision the Deployment runs now. */
  current: boolean;
  /** What a bare `kubectl rollout undo` would return to (the second-highest revision, spec §11.3). */
  undoTarget: boolean;
}

/** The rolling budget, resolved and in words. */
export interface BudgetView {
  strategy: 'RollingUpdate' | 'Recreate';
  maxSurge: string;
  surgePods: number;
  maxUnavailable: string;
  unavailablePods: number;
  /** replicas + surge: the most pods the controller plans for. */
  maxTotal: number;
  /** replicas − maxUnavailable: the fewest available pods the controller allows. */
  minAvailable: number;
  words: string;
}

export interface ConditionView {
  type: string;
  status: string;
  reason: string;
  message: string;
}

export interface DeploymentCounts {
  desired: number;
  updated: number;
  ready: number;
  available: number;
  /** status.replicas: non-terminating pods of all its ReplicaSets. */
  total: number;
}

/** A live gauge against one limit of the budget. */
export interface GaugeView {
  id: 'total' | 'available';
  label: string;
  value: number;
  limit: number;
  /** 'max': value must stay ≤ limit; 'min': value should stay ≥ limit. */
  limitKind: 'max' | 'min';
  crossed: boolean;
  words: string;
}

export interface DeploymentView {
  uid: string;
  namespace: string;
  name: string;
  revision: number | null;
  paused: boolean;
  budget: BudgetView;
  counts: DeploymentCounts;
  conditions: readonly ConditionView[];
  /** Newest revision on top. */
  lanes: readonly LaneView[];
  /** Every revision, newest first. */
  history: readonly HistoryEntry[];
  gauges: readonly [GaugeView, GaugeView];
  /** Pods of this Deployment with a deletion timestamp. */
  terminating: number;
}

export interface NodeView {
  name: string;
  ready: boolean;
  controlPlane: boolean;
  pods: readonly PodView[];
}

/** One line of the event feed: a stored Event, or a controller step's one-line why. */
export interface FeedItem {
  id: string;
  at: number;
  source: 'event' | 'why';
  type: string;
  reason: string;
  /** `deployment/web`, `pod/web-…`, as `kubectl get events` prints OBJECT. */
  object: string;
  message: string;
  count: number;
  /** kubectl's LAST SEEN text. */
  lastSeen: string;
}

/** Everything the cluster view draws at one moment. */
export interface ClusterView {
  now: number;
  deployments: readonly DeploymentView[];
  nodes: readonly NodeView[];
  unscheduled: readonly PodView[];
  /** Pods no Deployment owns (`kubectl run`, bare ReplicaSets). */
  loosePods: readonly PodView[];
  feed: readonly FeedItem[];
}

/** The objects the view is derived from, live (from the API) or replayed (from changes()). */
export interface ClusterSnapshot {
  now: number;
  deployments: readonly Deployment[];
  replicaSets: readonly ReplicaSet[];
  pods: readonly Pod[];
  nodes: readonly Node[];
  events: readonly Event[];
}
