import { describe, expect, it } from 'vitest';
import { parseResourceArgs, resolveType } from './resources';

describe('resolveType (discovery names)', () => {
  it.each([
    ['deploy', 'Deployment'], ['deployments', 'Deployment'], ['Deployment', 'Deployment'], ['deployments.apps', 'Deployment'],
    ['deployments.v1.apps', 'Deployment'], ['rs', 'ReplicaSet'], ['po', 'Pod'], ['pods', 'Pod'], ['ev', 'Event'], ['svc', 'Service'],
    ['no', 'Node'], ['ns', 'Namespace'], ['ep', 'Endpoints'], ['endpointslices', 'EndpointSlice'], ['pods.v1', 'Pod'],
  ])('%s → %s', (word, kind) => {
    expect(resolveType(word)?.kind).toBe(kind);
  });

  it('unknown words resolve to nothing', () => {
    expect(resolveType('deploymnt')).toBeUndefined();
  });
});

describe('parseResourceArgs (resource builder argument forms)', () => {
  const refs = (args: string[]) => {
    const r = parseResourceArgs(args);
    return r.ok ? r.refs.map((x) => `${x.type.kind}/${x.name ?? '*'}`) : r.error;
  };
  it.each([
    { name: 'TYPE', args: ['pods'], want: ['Pod/*'] },
    { name: 'TYPE NAME…', args: ['deploy', 'a', 'b'], want: ['Deployment/a', 'Deployment/b'] },
    { name: 'TYPE/NAME…', args: ['deploy/a', 'rs/b'], want: ['Deployment/a', 'ReplicaSet/b'] },
    { name: 'several types', args: ['deploy,rs'], want: ['Deployment/*', 'ReplicaSet/*'] },
    { name: 'all', args: ['all'], want: ['Pod/*', 'Service/*', 'Deployment/*', 'ReplicaSet/*'] },
    { name: 'unknown type', args: ['deploymnt'], want: 'the server doesn\'t have a resource type "deploymnt"' },
    { name: 'unknown type in TYPE/NAME', args: ['foo/x'], want: 'the server doesn\'t have a resource type "foo"' },
    { name: 'names with several types', args: ['deploy,rs', 'web'], want: 'you may only specify a single resource type' },
  ])('$name', ({ args, want }) => {
    expect(refs(args)).toEqual(want);
  });
});
