/**
 * The kinds the simulated API server serves, as discovery (`kubectl api-resources`) lists
 * them: resource plural, group, version, short names and scope. kubectl resolves `deploy`,
 * `po`, `rs` … through this table.
 */
import type { Kind } from '../types/objects';

/** One row of discovery for a kind. */
export interface ResourceInfo {
  kind: Kind;
  /** Lower-case plural used in URLs and messages: `deployments`. */
  resource: string;
  /** Lower-case singular: `deployment`. */
  singular: string;
  /** API group; '' for the core group. */
  group: string;
  version: string;
  /** `apps/v1`, or `v1` for the core group. */
  apiVersion: string;
  shortNames: readonly string[];
  namespaced: boolean;
  /** Has the status subresource: writes through the main resource keep the stored status. */
  hasStatus: boolean;
  /** Has the scale subresource. */
  hasScale: boolean;
  /** metadata.generation is set to 1 on create and bumped on spec changes. */
  tracksGeneration: boolean;
}

const row = (r: Omit<ResourceInfo, 'apiVersion'>): ResourceInfo => ({
  ...r,
  apiVersion: r.group === '' ? r.version : `${r.group}/${r.version}`,
});

/** Discovery, in the order `kubectl api-resources` prints groups (core first). Mirrors the 1.34 built-in resources. */
export const RESOURCES: readonly ResourceInfo[] = [
  row({ kind: 'Endpoints', resource: 'endpoints', singular: 'endpoints', group: '', version: 'v1', shortNames: ['ep'], namespaced: true, hasStatus: false, hasScale: false, tracksGeneration: false }),
  row({ kind: 'Event', resource: 'events', singular: 'event', group: '', version: 'v1', shortNames: ['ev'], namespaced: true, hasStatus: false, hasScale: false, tracksGeneration: false }),
  row({ kind: 'Namespace', resource: 'namespaces', singular: 'namespace', group: '', version: 'v1', shortNames: ['ns'], namespaced: false, hasStatus: true, hasScale: false, tracksGeneration: false }),
  row({ kind: 'Node', resource: 'nodes', singular: 'node', group: '', version: 'v1', shortNames: ['no'], namespaced: false, hasStatus: true, hasScale: false, tracksGeneration: false }),
  row({ kind: 'Pod', resource: 'pods', singular: 'pod', group: '', version: 'v1', shortNames: ['po'], namespaced: true, hasStatus: true, hasScale: false, tracksGeneration: true }),
  row({ kind: 'Service', resource: 'services', singular: 'service', group: '', version: 'v1', shortNames: ['svc'], namespaced: true, hasStatus: true, hasScale: false, tracksGeneration: false }),
  row({ kind: 'Deployment', resource: 'deployments', singular: 'deployment', group: 'apps', version: 'v1', shortNames: ['deploy'], namespaced: true, hasStatus: true, hasScale: true, tracksGeneration: true }),
  row({ kind: 'ReplicaSet', resource: 'replicasets', singular: 'replicaset', group: 'apps', version: 'v1', shortNames: ['rs'], namespaced: true, hasStatus: true, hasScale: true, tracksGeneration: true }),
  row({ kind: 'EndpointSlice', resource: 'endpointslices', singular: 'endpointslice', group: 'discovery.k8s.io', version: 'v1', shortNames: [], namespaced: true, hasStatus: false, hasScale: false, tracksGeneration: false }),
];

const BY_KIND = new Map<string, ResourceInfo>(RESOURCES.map((r) => [r.kind, r]));
const BY_NAME = new Map<string, ResourceInfo>();
for (const r of RESOURCES) {
  for (const n of [r.resource, r.singular, r.kind.toLowerCase(), ...r.shortNames]) BY_NAME.set(n, r);
  BY_NAME.set(`${r.resource}.${r.group}`, r);
  BY_NAME.set(`${r.singular}.${r.group}`, r);
  BY_NAME.set(`${r.resource}.${r.version}.${r.group}`, r);
}

/** Discovery row of a kind the server serves, or undefined for anything else. */
export function resourceForKind(kind: string): ResourceInfo | undefined {
  return BY_KIND.get(kind);
}

/** Discovery row of a kind the server serves; throws for a kind outside `Kind` (a bug, not user input). */
export function mustResourceForKind(kind: Kind): ResourceInfo {
  const r = BY_KIND.get(kind);
  if (!r) throw new Error(`resources: no discovery row for kind ${kind}`);
  return r;
}

/**
 * Resolves what a user typed (`deploy`, `deployments`, `deployment.apps`, `Deployment`, `po`)
 * to a resource, case-insensitively, as kubectl's RESTMapper does. Undefined when unknown.
 */
export function resolveResource(name: string): ResourceInfo | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/** `deployments.apps`, or `pods` for the core group: the form API messages use. */
export function qualifiedResource(kind: Kind): string {
  const r = mustResourceForKind(kind);
  return r.group === '' ? r.resource : `${r.resource}.${r.group}`;
}

/** `Deployment.apps`, or `Pod` for the core group: the form Invalid messages use. */
export function qualifiedKind(kind: Kind): string {
  const r = mustResourceForKind(kind);
  return r.group === '' ? r.kind : `${r.kind}.${r.group}`;
}

/** Whether objects of this kind live in a namespace. */
export function isNamespaced(kind: Kind): boolean {
  return mustResourceForKind(kind).namespaced;
}
