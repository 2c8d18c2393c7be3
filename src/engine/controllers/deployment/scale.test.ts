import { describe, expect, it } from 'vitest';
import { deployment, rs } from '../testing/builders';
import { findActiveOrLatest, planScale } from './scale';

const sizes = (ts: ReturnType<typeof planScale>) => ts.map((t) => `${t.rs.metadata.name} ${t.from}→${t.to} ${t.direction}`);

describe('proportional scaling (spec §8)', () => {
  it.each([
    { name: 'docs: stuck at new 5 / old 8, scale 10 → 15: old 11, new 7', D: 15, want: ['old 8→11 up', 'new 5→7 up'] },
    { name: 'e2e: same start, scale to 30: old 20, new 13', D: 30, want: ['old 8→20 up', 'new 5→13 up'] },
    { name: 'scale down to 5: larger (old) first', D: 5, want: ['old 8→5 down', 'new 5→3 down'] },
    { name: 'scale to 0 empties both', D: 0, want: ['old 8→0 down', 'new 5→0 down'] },
  ])('$name', ({ D, want }) => {
    const d = deployment('web', { replicas: D, maxSurge: 3, maxUnavailable: 2, statusReplicas: 13 });
    const old = rs('old', 8, { available: 8, maxReplicas: 13, desired: 10 });
    const neu = rs('new', 5, { available: 0, maxReplicas: 13, desired: 10, created: 60 });
    expect(sizes(planScale(d, neu, [old]))).toEqual(want);
  });

  it('equal sizes scaling up: the newer RS is served first', () => {
    const d = deployment('web', { replicas: 11, maxSurge: 1, maxUnavailable: 0 });
    const a = rs('a', 5, { maxReplicas: 11 });
    const b = rs('b', 5, { maxReplicas: 11, created: 10 });
    // allowed 12, toAdd 2: b round(5·12/11)=5 → 0 (+0), a 0; leftover 2 to the first (b).
    expect(sizes(planScale(d, b, [a]))).toEqual(['b 5→7 up', 'a 5→5 up']);
  });

  it('one active RS is simply resized', () => {
    const d = deployment('web', { replicas: 5 });
    expect(sizes(planScale(d, rs('new', 3, { available: 3 }), [rs('old', 0)]))).toEqual(['new 3→5 up']);
  });

  it('saturated new RS: old ones go to 0', () => {
    const d = deployment('web', { replicas: 3 });
    const neu = rs('new', 3, { available: 3, desired: 3 });
    expect(sizes(planScale(d, neu, [rs('old', 1, { available: 1 })]))).toEqual(['old 1→0 down']);
  });

  it('Recreate with several active RSs is not proportionally scaled', () => {
    const d = deployment('web', { replicas: 6, strategy: 'Recreate' });
    expect(planScale(d, rs('new', 2), [rs('old', 2)])).toEqual([]);
  });

  it('no active RS: the newest is the one to size', () => {
    expect(findActiveOrLatest(undefined, [rs('a', 0), rs('b', 0, { created: 5 })])?.metadata.name).toBe('b');
  });
});
