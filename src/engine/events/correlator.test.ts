import { describe, expect, it } from 'vitest';
import { createEventCorrelator } from './correlator';

const emit = (message: string) => ({ sourceKey: 'deployment-controller/', objectKey: 'Deployment/default/web', type: 'Normal', reason: 'ScalingReplicaSet', message });

describe('event correlation (spec §14.3)', () => {
  it('41 distinct emissions: 9 stand alone, the 10th–25th land in one aggregate (count 16), the rest are dropped', () => {
    const c = createEventCorrelator();
    const results = Array.from({ length: 41 }, (_, i) => c.correlate(emit(`Scaled up replica set web-b from ${i} to ${i + 1}`), 1000 * i));
    const creates = results.filter((r) => r.kind === 'create');
    expect(creates).toHaveLength(10);
    expect(creates[9]).toMatchObject({ message: '(combined from similar events): Scaled up replica set web-b from 9 to 10' });
    const updates = results.filter((r) => r.kind === 'update');
    expect(updates).toHaveLength(15);
    expect(updates.at(-1)).toMatchObject({ count: 16, message: '(combined from similar events): Scaled up replica set web-b from 24 to 25' });
    expect(results.slice(25).every((r) => r.kind === 'skip')).toBe(true);
  });

  it('identical emissions become one event with a count', () => {
    const c = createEventCorrelator();
    const r = [0, 1, 2].map((i) => c.correlate(emit('Back-off restarting failed container'), i * 10_000));
    expect(r.map((x) => x.kind)).toEqual(['create', 'update', 'update']);
    expect(r[2]).toMatchObject({ count: 3 });
  });

  it('the spam filter refills one token per 5 minutes', () => {
    const c = createEventCorrelator();
    for (let i = 0; i < 25; i++) c.correlate(emit('same'), 0);
    expect(c.correlate(emit('same'), 1000).kind).toBe('skip');
    expect(c.correlate(emit('same'), 300_000).kind).toBe('update');
  });

  it('different objects have separate buckets', () => {
    const c = createEventCorrelator();
    for (let i = 0; i < 30; i++) c.correlate(emit('same'), 0);
    expect(c.correlate({ ...emit('same'), objectKey: 'Deployment/default/api' }, 0).kind).toBe('create');
  });

  it('forgets an object once two generations of newer objects (2 × 4096) have been involved', () => {
    const c = createEventCorrelator();
    expect(c.correlate(emit('same'), 0).kind).toBe('create');
    expect(c.correlate(emit('same'), 0).kind).toBe('update');
    for (let i = 0; i < 2 * 4096; i++) c.correlate({ ...emit('same'), objectKey: `pod-${i}` }, 0);
    expect(c.correlate(emit('same'), 0).kind).toBe('create');
  });

  it('after 10 idle minutes a group starts a new window, and a repeated message still bumps its Event', () => {
    const c = createEventCorrelator();
    expect(c.correlate(emit('a'), 0).kind).toBe('create');
    const later = c.correlate(emit('a'), 700_000);
    expect(later).toMatchObject({ kind: 'update', count: 2, message: 'a' });
    // The fresh window needs ten new distinct messages before it aggregates again.
    const next = Array.from({ length: 9 }, (_, i) => c.correlate(emit(`m${i}`), 700_000 + i));
    expect(next.map((r) => r.kind)).toEqual(['create', 'create', 'create', 'create', 'create', 'create', 'create', 'create', 'create']);
    expect(next.at(-1)).toMatchObject({ message: '(combined from similar events): m8' });
  });
});
