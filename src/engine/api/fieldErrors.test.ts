import { describe, expect, it } from 'vitest';
import { aggregateMessages, duplicate, forbiddenField, goQuote, invalid, invalidError, notSupported, renderFieldError, required, tooLong } from './fieldErrors';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, isValidPercent, isValidPortName, regexError } from './validation/names';

describe('renderFieldError (1.34 value rendering)', () => {
  it.each([
    { name: 'integer', e: invalid('spec.replicas', -1, 'must be greater than or equal to 0'), line: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0' },
    { name: 'string, Go-quoted', e: invalid('f', 'a"b\n', 'bad'), line: 'f: Invalid value: "a\\"b\\n": bad' },
    { name: 'boolean', e: invalid('f', true, 'bad'), line: 'f: Invalid value: true: bad' },
    { name: 'map as JSON, HTML-escaped like Go', e: invalid('f', { a: '<b>&' }, 'bad'), line: 'f: Invalid value: {"a":"\\u003cb\\u003e\\u0026"}: bad' },
    { name: 'null', e: invalid('f', null, 'bad'), line: 'f: Invalid value: null: bad' },
    { name: 'required without detail', e: required('spec.selector'), line: 'spec.selector: Required value' },
    { name: 'required with detail', e: required('metadata.name', 'name or generateName is required'), line: 'metadata.name: Required value: name or generateName is required' },
    { name: 'forbidden', e: forbiddenField('spec.x', 'no'), line: 'spec.x: Forbidden: no' },
    { name: 'duplicate', e: duplicate('spec.containers[1].name', 'a'), line: 'spec.containers[1].name: Duplicate value: "a"' },
    { name: 'not supported', e: notSupported('spec.type', 'Foo', ['A', 'B']), line: 'spec.type: Unsupported value: "Foo": supported values: "A", "B"' },
    { name: 'too long', e: tooLong('metadata.annotations', 262144), line: 'metadata.annotations: Too long: may not be more than 262144 bytes' },
  ])('$name', ({ e, line }) => {
    expect(renderFieldError(e)).toBe(line);
  });

  it('aggregates: one message as is, several in brackets, duplicates once', () => {
    expect(aggregateMessages(['a'])).toBe('a');
    expect(aggregateMessages(['a', 'b', 'a'])).toBe('[a, b]');
  });

  it('invalidError for a core kind has no group in the qualified kind', () => {
    const e = invalidError('Pod', 'p', [required('spec.containers')]);
    expect(e).toEqual({
      reason: 'Invalid', code: 422, message: 'Pod "p" is invalid: spec.containers: Required value',
      details: { name: 'p', group: '', kind: 'Pod', causes: [{ reason: 'FieldValueRequired', message: 'spec.containers: Required value', field: 'spec.containers' }] },
    });
  });

  it('goQuote escapes control characters as Go does', () => {
    expect(goQuote('a\u0001b\tc')).toBe('"a\\x01b\\tc"');
  });
});

describe('format checks (apimachinery validation.go)', () => {
  it('RegexError keeps the double space between examples', () => {
    expect(regexError('m', 're', 'a', 'b')).toBe("m (e.g. 'a',  or 'b', regex used for validation is 're')");
    expect(regexError('m', 're')).toBe("m (regex used for validation is 're')");
  });

  it.each([
    { fn: isDNS1123Label, v: 'my-name', errs: 0 },
    { fn: isDNS1123Label, v: 'a.b', errs: ['must not contain dots'] },
    { fn: isDNS1123Label, v: 'x'.repeat(64), errs: 1 + 0 },
    { fn: isDNS1123Subdomain, v: 'example.com', errs: 0 },
    { fn: isDNS1123Subdomain, v: '-bad', errs: 1 },
    { fn: isDNS1035Label, v: '1abc', errs: 1 },
    { fn: isDNS1035Label, v: 'abc-1', errs: 0 },
    { fn: isQualifiedName, v: 'example.com/MyName', errs: 0 },
    { fn: isQualifiedName, v: '/x', errs: ['prefix part must be non-empty'] },
    { fn: isQualifiedName, v: 'a/b/c', errs: 1 },
    { fn: isValidLabelValue, v: '', errs: 0 },
    { fn: isValidLabelValue, v: 'a b', errs: 1 },
    { fn: isValidPercent, v: '25%', errs: 0 },
    { fn: isValidPercent, v: '25', errs: 1 },
    { fn: isValidPortName, v: 'http', errs: 0 },
    { fn: isValidPortName, v: '80', errs: ['must contain at least one letter (a-z)'] },
  ])('$fn.name($v)', ({ fn, v, errs }) => {
    const got = fn(v);
    if (typeof errs === 'number') expect(got.length).toBe(errs);
    else expect(got).toEqual(errs);
  });

  it('a 64-character label is too long (and still matches the pattern)', () => {
    expect(isDNS1123Label('x'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});
