import { describe, expect, it } from 'vitest';
import { NAME_SUFFIX_ALPHABET, createRng, nameSuffix, newUid } from './rng';

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
  });

  it('gives different sequences for nearby seeds', () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });

  it('stays in [0, 1) and covers the range', () => {
    const r = createRng(7);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(min).toBeLessThan(0.001);
    expect(max).toBeGreaterThan(0.999);
  });

  it.each([
    { name: 'int(1) is always 0', n: 1 },
    { name: 'int(6) hits every face', n: 6 },
    { name: 'int(27) hits every suffix letter', n: 27 },
  ])('$name', ({ n }) => {
    const r = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(n);
      expect(Number.isInteger(v) && v >= 0 && v < n).toBe(true);
      seen.add(v);
    }
    expect(seen.size).toBe(n);
  });

  it.each([
    { name: 'int(0)', call: () => createRng(1).int(0) },
    { name: 'int(1.5)', call: () => createRng(1).int(1.5) },
    { name: 'pick([])', call: () => createRng(1).pick([]) },
    { name: "string(3, '')", call: () => createRng(1).string(3, '') },
  ])('$name is a broken invariant and throws', ({ call }) => {
    expect(call).toThrow(RangeError);
  });

  it('picks elements of the array', () => {
    const r = createRng(9);
    const items = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 50; i++) expect(items).toContain(r.pick(items));
  });
});

describe('nameSuffix', () => {
  it('is 5 characters from the Kubernetes alphabet', () => {
    const r = createRng(11);
    for (let i = 0; i < 200; i++) {
      const s = nameSuffix(r);
      expect(s).toMatch(new RegExp(`^[${NAME_SUFFIX_ALPHABET}]{5}$`));
    }
  });
});

describe('newUid', () => {
  it('is shaped like a UUID v4 and deterministic', () => {
    const u = newUid(createRng(5));
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newUid(createRng(5))).toBe(u);
  });

  it('does not repeat over many draws', () => {
    const r = createRng(6);
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(newUid(r));
    expect(seen.size).toBe(5000);
  });
});
