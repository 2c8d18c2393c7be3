import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine/cluster';
import { ENDPOINTS_DEPRECATED, withServerWarnings } from './warnings';

describe('server warnings', () => {
  it('every request on v1 Endpoints carries the deprecation warning, written once per command', () => {
    const cluster = createCluster({ seed: 1 });
    let written = '';
    const api = withServerWarnings(cluster.api, (t) => void (written += t));
    api.list('Service');
    api.get('EndpointSlice', 'default', 'kubernetes');
    expect(written).toBe('');
    api.get('Endpoints', 'default', 'kubernetes');
    api.list('Endpoints', { namespace: 'default' });
    api.delete('Endpoints', 'default', 'nope');
    expect(written).toBe(`Warning: ${ENDPOINTS_DEPRECATED}\n`);
  });
});
