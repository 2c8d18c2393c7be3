import { describe, expect, it } from 'vitest';
import { LAST_APPLIED, isSubset, lastApplied, threeWayPatch, withLastApplied } from './applyPatch';

describe('threeWayPatch (apply three-way merge)', () => {
  it.each([
    {
      name: 'unchanged manifest against a defaulted live object is empty',
      original: { spec: { replicas: 2 } }, modified: { spec: { replicas: 2 } },
      current: { spec: { replicas: 2, revisionHistoryLimit: 10 } }, want: {},
    },
    {
      name: 'a changed field is set',
      original: { spec: { replicas: 2 } }, modified: { spec: { replicas: 3 } }, current: { spec: { replicas: 2 } }, want: { spec: { replicas: 3 } },
    },
    {
      name: 'a field removed from the manifest is deleted',
      original: { spec: { replicas: 2, minReadySeconds: 5 } }, modified: { spec: { replicas: 2 } },
      current: { spec: { replicas: 2, minReadySeconds: 5 } }, want: { spec: { minReadySeconds: null } },
    },
    {
      name: 'a field someone else set is left alone',
      original: { spec: { replicas: 2 } }, modified: { spec: { replicas: 2 } },
      current: { spec: { replicas: 2, paused: true } }, want: {},
    },
    {
      name: 'lists compare element-wise against defaulted items',
      original: undefined, modified: { c: [{ name: 'nginx', image: 'nginx:1.26' }] },
      current: { c: [{ name: 'nginx', image: 'nginx:1.26', imagePullPolicy: 'IfNotPresent' }] }, want: {},
    },
  ])('$name', ({ original, modified, current, want }) => {
    expect(threeWayPatch(original, modified, current)).toEqual(want);
  });

  it('isSubset ignores extra fields but not different values', () => {
    expect(isSubset({ a: 1 }, { a: 1, b: 2 })).toBe(true);
    expect(isSubset({ a: 1 }, { a: 2 })).toBe(false);
  });

  it('records the manifest as sorted JSON with a trailing newline', () => {
    const m = withLastApplied({ kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: 'web' } });
    const ann = (m.metadata as { annotations: Record<string, string> }).annotations[LAST_APPLIED];
    expect(ann).toBe('{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"web"}}\n');
    expect(lastApplied({ metadata: { annotations: { [LAST_APPLIED]: ann ?? '' } } })).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { annotations: {}, name: 'web' } });
  });
});
