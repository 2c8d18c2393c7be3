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
export { createRng, nameSuffix, newUid, NAME_SUFFIX_ALPHABET, NAME_SUFFIX_LENGTH } from './rng';
export type { Rng } from './rng';
export { createApiServer, INITIAL_NAMESPACES } from './api/server';
export type { ApiServer, ApiServerOptions } from './api/server';
export { RESOURCES, resourceForKind, resolveResource, qualifiedResource, qualifiedKind, isNamespaced } from './api/resources';
export type { ResourceInfo } from './api/resources';
export {
  parseLabelSelector, matchesLabelSelector, matchesSelector, selectorFromLabelSelector, formatSelector, formatRequirement,
} from './api/labelSelectors';
export type { Requirement, Selector, SelectorOperator } from './api/labelSelectors';
export { parseFieldSelector } from './api/fieldSelectors';
export { renderFieldError, renderValue } from './api/fieldErrors';
export { createGarbageCollector } from './api/garbageCollector';
export type { GarbageCollector } from './api/garbageCollector';
export { createCluster, DEFAULT_START_TIME } from './cluster';
export { createSimClock, rfc3339 } from './clock';
export type { SimClock } from './clock';
export { builtinImages } from './registry/catalog';
export type { ImageSpec, ImageProcess, ImageHttp } from './registry/types';
export { parseImageRef } from './registry/registry';
export type { ImageRef } from './registry/registry';
export { computeHash } from './controllers/deployment/hash';
export { DeploymentReason, DeploymentConditionType, ControllerEventReason } from './controllers/deployment/reasons';
export { resolveFenceposts } from './controllers/deployment/util';
export type * from './network/types';
export type * from './traffic/types';
export { CLUSTER_DOMAIN, isIPv4 } from './network/dns';
export { reasonPhrase, httpDate } from './network/answer';
export { summarizeTraffic } from './traffic/summary';
export type { TrafficSummary, VersionShare } from './traffic/summary';
