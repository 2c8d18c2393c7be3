import { describe, expect, it } from 'vitest';
import { isNamespaced, qualifiedKind, qualifiedResource, resolveResource } from './resources';

describe('resources (discovery)', () => {
  it.each([
    { typed: 'deploy', kind: 'Deployment' },
    { typed: 'deployments.apps', kind: 'Deployment' },
    { typed: 'Deployment', kind: 'Deployment' },
    { typed: 'rs', kind: 'ReplicaSet' },
    { typed: 'po', kind: 'Pod' },
    { typed: 'pods', kind: 'Pod' },
    { typed: 'svc', kind: 'Service' },
    { typed: 'ns', kind: 'Namespace' },
    { typed: 'no', kind: 'Node' },
    { typed: 'ev', kind: 'Event' },
    { typed: 'ep', kind: 'Endpoints' },
    { typed: 'endpointslices.discovery.k8s.io', kind: 'EndpointSlice' },
  ])('`$typed` → $kind', ({ typed, kind }) => {
    expect(resolveResource(typed)?.kind).toBe(kind);
  });

  it('unknown names resolve to nothing', () => {
    expect(resolveResource('foo')).toBeUndefined();
  });

  it.each([
    { kind: 'Deployment' as const, resource: 'deployments.apps', qkind: 'Deployment.apps', namespaced: true },
    { kind: 'Pod' as const, resource: 'pods', qkind: 'Pod', namespaced: true },
    { kind: 'Node' as const, resource: 'nodes', qkind: 'Node', namespaced: false },
  ])('$kind: $resource, $qkind', ({ kind, resource, qkind, namespaced }) => {
    expect([qualifiedResource(kind), qualifiedKind(kind), isNamespaced(kind)]).toEqual([resource, qkind, namespaced]);
  });
});
