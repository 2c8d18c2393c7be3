import { describe, expect, it } from 'vitest';
import { canonicalJson, computeHash, equalIgnoreHash, fnv32a, safeEncodeString } from './hash';

const template = (image: string, extra: Record<string, string> = {}) => ({
  metadata: { labels: { app: 'web', ...extra } },
  spec: { containers: [{ name: 'nginx', image }] },
});

describe('pod-template-hash', () => {
  it('maps decimal digits through the safe alphabet (0→4 … 9→f)', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });

  it('FNV-32a matches the reference vectors', () => {
    expect(fnv32a(new TextEncoder().encode(''))).toBe(0x811c9dc5);
    expect(fnv32a(new TextEncoder().encode('a'))).toBe(0xe40c292c);
    expect(fnv32a(new TextEncoder().encode('foobar'))).toBe(0xbf9cf968);
  });

  it('is a deterministic function of the template, 9–10 characters of 4-9bcdf', () => {
    const h = computeHash(template('nginx:1.14.2'));
    expect(h).toBe(computeHash(template('nginx:1.14.2')));
    expect(h).toMatch(/^[456789bcdf]{9,10}$/);
    expect(computeHash(template('nginx:1.16.1'))).not.toBe(h);
  });

  it('ignores the pod-template-hash label and key order', () => {
    const a = template('nginx:1.27');
    const b = { spec: { containers: [{ image: 'nginx:1.27', name: 'nginx' }] }, metadata: { labels: { 'pod-template-hash': 'x', app: 'web' } } };
    expect(computeHash(b)).toBe(computeHash(a));
    expect(equalIgnoreHash(a, b)).toBe(true);
  });

  it('collisionCount changes the hash', () => {
    expect(computeHash(template('nginx'), 1)).not.toBe(computeHash(template('nginx')));
  });

  it('canonical JSON sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 2 }] })).toBe('{"a":[1,{"c":2}],"b":1}');
  });
});
