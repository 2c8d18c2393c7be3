/**
 * Fetching the objects a command names: by name, by type (with label and field selectors),
 * in one namespace or all. Mirrors the visitor of k8s.io/cli-runtime/pkg/resource (builder.go, helper.go).
 */
import type { ApiError, KubeObject } from '../engine/index';
import type { Kube } from './kube';
import type { ResourceRef, ResourceType } from './resources';

export interface FetchOptions {
  selector?: string;
  fieldSelector?: string;
  allNamespaces?: boolean;
}

/** The result for one ref: the objects found, or the API error for a named object. */
export interface Fetched {
  ref: ResourceRef;
  objects: KubeObject[];
  error?: ApiError;
}

/** The namespace a request for this type goes to ('' for cluster-scoped kinds). */
export const namespaceFor = (k: Kube, type: ResourceType): string => (type.namespaced ? k.namespace : '');

/** Gets each named object or lists each type; errors are kept per ref so callers print them in order. */
export function fetchRefs(k: Kube, refs: readonly ResourceRef[], opts: FetchOptions = {}): Fetched[] {
  return refs.map((ref) => {
    if (ref.name !== undefined) {
      const r = k.api.get(ref.type.kind, namespaceFor(k, ref.type), ref.name);
      return r.ok ? { ref, objects: [r.value] } : { ref, objects: [], error: r.error };
    }
    const list = k.api.list(ref.type.kind, {
      ...(opts.allNamespaces || !ref.type.namespaced ? {} : { namespace: k.namespace }),
      ...(opts.selector ? { labelSelector: opts.selector } : {}),
      ...(opts.fieldSelector ? { fieldSelector: opts.fieldSelector } : {}),
    });
    return list.ok ? { ref, objects: list.value } : { ref, objects: [], error: list.error };
  });
}

/** `No resources found in default namespace.` (or without the namespace for -A and cluster-scoped types). */
export function noResourcesMessage(k: Kube, types: readonly ResourceType[], allNamespaces: boolean): string {
  if (allNamespaces || types.every((t) => !t.namespaced)) return 'No resources found\n';
  return `No resources found in ${k.namespace} namespace.\n`;
}
