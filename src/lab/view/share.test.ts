import { describe, expect, it } from 'vitest';
import { replaceEqualDeep } from './share';

describe('replaceEqualDeep', () => {
  it('keeps the old reference for unchanged sub-trees and a new one for changed', () => {
    const prev = { a: [{ x: 1 }, { x: 2 }], b: { y: 1 } };
    const next = replaceEqualDeep(prev, { a: [{ x: 1 }, { x: 3 }], b: { y: 1 } });
    expect(next).not.toBe(prev);
    expect(next.b).toBe(prev.b);
    expect(next.a[0]).toBe(prev.a[0]);
    expect(next.a[1]).toEqual({ x: 3 });
  });
  it('returns prev itself when all equal', () => {
    const prev = { a: [1, 2], b: 'x' };
    expect(replaceEqualDeep(prev, { a: [1, 2], b: 'x' })).toBe(prev);
  });
  it('treats a removed key as a change', () => {
    const prev: Record<string, number> = { a: 1, b: 2 };
    expect(replaceEqualDeep(prev, { a: 1 })).toEqual({ a: 1 });
  });
});
