/** The engine's public surface: the only path other layers import from. */
export * from './types/objects';
export type * from './types/history';
export * from './api/errors';
export type * from './api/types';
export type * from './clusterTypes';
export { humanDuration, translateTimestampSince, translateTimestampUntil, parseTimestamp } from './printers/duration';
export { podStatus } from './printers/podStatus';
export type { PodStatusCells } from './printers/podStatus';
export {
  tableFor, formatLabelSelector, formatLabels, deploymentTable, replicaSetTable, podTable, nodeTable, namespaceTable,
  serviceTable, endpointsTable, endpointSliceTable, eventTable,
} from './printers/tables';
export type { TableColumn, TableSpec } from './printers/tables';
