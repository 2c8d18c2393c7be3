import { describe, expect, it } from 'vitest';
import { createQueueKeys } from './queueKeys';

describe('work-queue keys', () => {
  it('one key string per name, split back into the same namespace and name', () => {
    const keys = createQueueKeys();
    const k = keys.key('default', 'web-7d9c-abcde');
    expect(k).toBe('default/web-7d9c-abcde');
    expect(keys.key('default', 'web-7d9c-abcde')).toBe(k);
    expect(keys.split(k)).toEqual(['default', 'web-7d9c-abcde']);
  });

  it.each([
    { key: 'kube-system/coredns', want: ['kube-system', 'coredns'] },
    { key: '/worker-1', want: ['', 'worker-1'] },
  ])('a key it never made still splits at the first slash: $key', ({ key, want }) => {
    expect(createQueueKeys().split(key)).toEqual(want);
  });
});
