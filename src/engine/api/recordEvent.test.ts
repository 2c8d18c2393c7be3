import { describe, expect, it } from 'vitest';
import type { Event } from '../types/objects';
import { testServer } from './testBuilders';

describe('recordEvent (the event recorder\'s create)', () => {
  const event = (name: string) => ({
    apiVersion: 'v1', kind: 'Event', metadata: { name, namespace: 'default' },
    involvedObject: { kind: 'Pod', namespace: 'default', name: 'p', uid: 'u', apiVersion: 'v1', resourceVersion: '1' },
    reason: 'Started', message: 'Started container c', type: 'Normal', source: { component: 'kubelet', host: 'worker-1' },
    firstTimestamp: '2026-01-01T00:00:00Z', lastTimestamp: '2026-01-01T00:00:00Z', count: 1, reportingComponent: 'kubelet', reportingInstance: 'worker-1',
  }) as unknown as Event;

  it('stores exactly what the general create stores', () => {
    const a = testServer();
    const b = testServer();
    const viaRecorder = a.api.recordEvent(event('p.18a1b2c3'));
    const viaCreate = b.api.createOwned<'Event'>(event('p.18a1b2c3'));
    expect(viaRecorder).toEqual(viaCreate);
    expect(JSON.stringify(viaRecorder.ok && viaRecorder.value.metadata)).toBe(JSON.stringify(viaCreate.ok && viaCreate.value.metadata));
  });

  it.each([
    { name: 'an invalid name', ev: event('P_bad'), reason: 'Invalid' },
    { name: 'a missing namespace', ev: { ...event('p.1'), metadata: { name: 'p.1', namespace: 'nope' } } as Event, reason: 'NotFound' },
  ])('refuses $name as the general create does', ({ ev, reason }) => {
    const res = testServer().api.recordEvent(ev);
    expect(res.ok ? '' : res.error.reason).toBe(reason);
  });

  it('a second Event of the same name is AlreadyExists', () => {
    const { api } = testServer();
    api.recordEvent(event('p.1'));
    const res = api.recordEvent(event('p.1'));
    expect(res.ok ? '' : res.error.message).toBe('events "p.1" already exists');
  });
});
