/**
 * Kubernetes object shapes, taken from the `kubernetes-types` package and narrowed to what
 * our API server guarantees after defaulting: every stored object has apiVersion, kind and
 * a metadata block with name, uid, resourceVersion and creationTimestamp.
 */
import type * as apps from 'kubernetes-types/apps/v1';
import type * as core from 'kubernetes-types/core/v1';
import type * as discovery from 'kubernetes-types/discovery/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

export type { apps, core, discovery };

/** Metadata of a stored object: the fields the API server always sets. */
export type StoredMeta = ObjectMeta & {
  name: string;
  uid: string;
  resourceVersion: string;
  /** RFC 3339, from the simulated clock. */
  creationTimestamp: string;
};

type Stored<T extends { metadata?: ObjectMeta }, K extends string, V extends string> = Omit<T, 'metadata' | 'kind' | 'apiVersion'> & {
  apiVersion: V;
  kind: K;
  metadata: StoredMeta;
};

export type Deployment = Stored<apps.Deployment, 'Deployment', 'apps/v1'> & { spec: apps.DeploymentSpec };
export type ReplicaSet = Stored<apps.ReplicaSet, 'ReplicaSet', 'apps/v1'> & { spec: apps.ReplicaSetSpec };
export type Pod = Stored<core.Pod, 'Pod', 'v1'> & { spec: core.PodSpec };
export type Node = Stored<core.Node, 'Node', 'v1'>;
export type Namespace = Stored<core.Namespace, 'Namespace', 'v1'>;
export type Event = Stored<core.Event, 'Event', 'v1'>;
export type Service = Stored<core.Service, 'Service', 'v1'> & { spec: core.ServiceSpec };
export type Endpoints = Stored<core.Endpoints, 'Endpoints', 'v1'>;
export type EndpointSlice = Stored<discovery.EndpointSlice, 'EndpointSlice', 'discovery.k8s.io/v1'>;

/** Every kind the simulated API server stores. */
export type KubeObject = Deployment | ReplicaSet | Pod | Node | Namespace | Event | Service | Endpoints | EndpointSlice;
export type Kind = KubeObject['kind'];
export type ObjectOf<K extends Kind> = Extract<KubeObject, { kind: K }>;

/** Kinds that live in a namespace (the others are cluster-scoped). */
export const NAMESPACED_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'Deployment', 'ReplicaSet', 'Pod', 'Event', 'Service', 'Endpoints', 'EndpointSlice',
]);

/** Identifies one object. `namespace` is '' for cluster-scoped kinds. */
export interface ObjectKey {
  kind: Kind;
  namespace: string;
  name: string;
}
