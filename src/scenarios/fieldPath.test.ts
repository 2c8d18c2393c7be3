import { describe, expect, it } from 'vitest';
import { parseFieldPath, resolveFieldPath } from './fieldPath';

const obj = {
  metadata: { annotations: { 'kubernetes.io/change-cause': 'update to 1.27' } },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27' }, { name: 'log', image: 'busybox' }] },
  status: { conditions: [{ type: 'Available', status: 'True' }, { type: 'Progressing', reason: 'NewReplicaSetAvailable' }] },
};

describe('field paths', () => {
  it.each([
    { path: 'spec.containers[1].image', value: 'busybox' },
    { path: '.spec.containers[name=log].image', value: 'busybox' },
    { path: "status.conditions[type='Progressing'].reason", value: 'NewReplicaSetAvailable' },
    { path: 'status.conditions[type==Available].status', value: 'True' },
    { path: "metadata.annotations['kubernetes.io/change-cause']", value: 'update to 1.27' },
    { path: 'metadata.annotations["kubernetes.io/change-cause"]', value: 'update to 1.27' },
    { path: 'spec.containers[2].image', value: undefined },
    { path: 'spec.containers[name=db]', value: undefined },
  ])('$path → $value', ({ path, value }) => {
    const p = parseFieldPath(path);
    if (!p.ok) throw new Error(p.error);
    expect(resolveFieldPath(obj, p.segments)).toEqual({ found: value !== undefined, value });
  });

  it.each([
    { path: '', error: 'empty path' },
    { path: 'spec..replicas', error: 'empty field name at character 6' },
    { path: 'spec.', error: 'path ends with "."' },
    { path: 'spec.containers[0', error: 'unclosed "[" at character 16' },
    { path: 'spec.containers[?]', error: 'cannot read "[?]": use [0], [name=value] or [\'key\']' },
  ])('rejects "$path": $error', ({ path, error }) => {
    expect(parseFieldPath(path)).toEqual({ ok: false, error });
  });
});
