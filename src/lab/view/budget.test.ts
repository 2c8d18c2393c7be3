import { describe, expect, it } from 'vitest';
import { describeBudget, deriveGauges } from './budget';
import { deployment, fakeHelpers } from './testBuilders';

describe('describeBudget', () => {
  it.each([
    { name: 'replicas 10, maxSurge 5%, maxUnavailable 0%', d: deployment('web', { replicas: 10, maxSurge: '5%', maxUnavailable: '0%' }),
      words: 'maxSurge 5% → 1 pod, maxUnavailable 0% → 0 pods: at most 11 pods, at least 10 available', maxTotal: 11, minAvailable: 10 },
    { name: 'replicas 10, defaults 25%/25%', d: deployment('web', { replicas: 10 }),
      words: 'maxSurge 25% → 3 pods, maxUnavailable 25% → 2 pods: at most 13 pods, at least 8 available', maxTotal: 13, minAvailable: 8 },
    { name: 'replicas 3, maxSurge 0, maxUnavailable 10%: fallback unavailable 1', d: deployment('web', { replicas: 3, maxSurge: 0, maxUnavailable: '10%' }),
      words: 'maxSurge 0 → 0 pods, maxUnavailable 10% → 1 pod: at most 3 pods, at least 2 available', maxTotal: 3, minAvailable: 2 },
    { name: 'Recreate with 4 replicas', d: deployment('web', { replicas: 4, recreate: true }),
      words: 'Recreate: every old pod stops before a new one starts: at most 4 pods, none available while it switches', maxTotal: 4, minAvailable: 4 },
  ])('$name', ({ d, words, maxTotal, minAvailable }) => {
    const b = describeBudget(d, fakeHelpers);
    expect(b.words).toBe(words);
    expect([b.maxTotal, b.minAvailable]).toEqual([maxTotal, minAvailable]);
  });
});

describe('deriveGauges', () => {
  const budget = describeBudget(deployment('web', { replicas: 10, maxSurge: '5%', maxUnavailable: '0%' }), fakeHelpers);
  it.each([
    { name: '11 live pods of at most 11: within the limit', live: 11, available: 10, crossed: [false, false] },
    { name: '12 live pods of at most 11: total crossed', live: 12, available: 10, crossed: [true, false] },
    { name: '9 available of at least 10: available crossed', live: 10, available: 9, crossed: [false, true] },
  ])('$name', ({ live, available, crossed }) => {
    const g = deriveGauges(budget, { desired: 10, updated: 0, ready: available, available, total: live }, live);
    expect(g.map((x) => x.crossed)).toEqual(crossed);
    expect(g[0].limit).toBe(11);
    expect(g[1].limit).toBe(10);
  });
});
