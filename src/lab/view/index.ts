/** The lab page's view model: pure derivations from the session, for the UI to render. */
export * from './types';
export { describeBudget, deriveGauges } from './budget';
export { classifyPod, derivePodView, isPodReady } from './pods';
export { deriveDeploymentView, revisionOf } from './deployments';
export { deriveFeed } from './feed';
export { deriveNodes } from './nodes';
export { deriveClusterView } from './clusterView';
export { ChangeReplay, snapshotAt, takeSnapshot } from './snapshot';
export { TimelineRecorder } from './timeline';
export type { TimelineSample, TimelineSeries } from './timeline';
export { createClusterViewer } from './viewer';
export type { ClusterViewer, ViewedSession } from './viewer';
export { describeSelected } from './details';
export type { ObjectDetails, SelectedObject } from './details';
export { replaceEqualDeep } from './share';
export { engineViewHelpers } from './helpers';
