import { describe, expect, it } from 'vitest';
import { strictDecodingMessage, unknownFields } from './strictFields';

describe('unknownFields (strict field validation)', () => {
  it.each([
    { name: 'a clean deployment', obj: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', labels: { a: 'b' } }, spec: { replicas: 2, template: { spec: { containers: [{ name: 'n', image: 'i' }] } } } }, want: [] },
    { name: 'a typo in spec', obj: { spec: { replica: 2 } }, want: ['spec.replica'] },
    { name: 'a typo inside a container', obj: { spec: { template: { spec: { containers: [{ name: 'n' }, { imagee: 'x' }] } } } }, want: ['spec.template.spec.containers[1].imagee'] },
    { name: 'maps of labels are free-form', obj: { metadata: { labels: { anything: 'x' } }, spec: { selector: { matchLabels: { whatever: 'y' } } } }, want: [] },
    { name: 'status is not checked', obj: { status: { anything: 1 } }, want: [] },
  ])('$name', ({ obj, want }) => {
    expect(unknownFields('Deployment', obj)).toEqual(want);
  });

  it('words the error as the API server does', () => {
    expect(strictDecodingMessage('Deployment', ['spec.replica', 'spec.foo'])).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica", unknown field "spec.foo"',
    );
  });
});
