import { describe, expect, it } from 'vitest';
import { parseFieldSelector } from './fieldSelectors';
import { formatLabelSelector, formatSelector, matchesLabelSelector, matchesSelector, parseLabelSelector } from './labelSelectors';

describe('parseLabelSelector', () => {
  it.each([
    { text: '', canonical: '' },
    { text: 'app=web', canonical: 'app=web' },
    { text: 'tier!=db,app==web', canonical: 'app==web,tier!=db' },
    { text: 'env in (prod, staging)', canonical: 'env in (prod,staging)' },
    { text: 'env notin (b,a,a)', canonical: 'env notin (a,b)' },
    { text: '!canary', canonical: '!canary' },
    { text: 'canary', canonical: 'canary' },
    { text: 'x in (foo,,baz)', canonical: 'x in (,baz,foo)' },
    { text: 'app=', canonical: 'app=' },
    { text: 'example.com/role=fe', canonical: 'example.com/role=fe' },
    { text: 'n>3,m<10', canonical: 'm<10,n>3' },
  ])('`$text` parses (canonical `$canonical`)', ({ text, canonical }) => {
    const r = parseLabelSelector(text);
    expect(r.ok && formatSelector(r.selector)).toBe(canonical);
  });

  it.each([
    { text: 'app in web', message: "unable to parse requirement: found 'web' expected: '('" },
    { text: ',app', message: "found ',', expected: !, identifier, or 'end of string'" },
    { text: 'app=web,', message: "found '', expected: identifier after ','" },
    { text: 'app=web tier=db', message: "found 'tier', expected: ',' or 'end of string'" },
    { text: 'env in (a b)', message: "unable to parse requirement: found 'b', expected: ',' or ')'" },
    { text: 'app=(x)', message: "unable to parse requirement: found '(', expected: identifier" },
  ])('`$text` fails: $message', ({ text, message }) => {
    expect(parseLabelSelector(text)).toEqual({ ok: false, message });
  });
});

describe('matching', () => {
  const labels = { app: 'web', tier: 'fe', n: '5' };
  it.each([
    { text: 'app=web', match: true },
    { text: 'app=db', match: false },
    { text: 'app!=db', match: true },
    { text: 'missing!=x', match: true },
    { text: 'tier in (fe,be)', match: true },
    { text: 'tier notin (fe)', match: false },
    { text: 'missing notin (fe)', match: true },
    { text: 'tier', match: true },
    { text: '!tier', match: false },
    { text: 'n>4', match: true },
    { text: 'n<5', match: false },
    { text: 'app=web,tier=be', match: false },
  ])('`$text` on app=web,tier=fe,n=5 → $match', ({ text, match }) => {
    const r = parseLabelSelector(text);
    expect(r.ok && matchesSelector(r.selector, labels)).toBe(match);
  });

  it.each([
    { name: 'matchLabels', sel: { matchLabels: { app: 'web' } }, match: true, text: 'app=web' },
    { name: 'matchExpressions In', sel: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }] }, match: true, text: 'tier in (be,fe)' },
    { name: 'matchExpressions DoesNotExist', sel: { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, match: false, text: '!tier' },
    { name: 'empty selector selects everything', sel: {}, match: true, text: '' },
    { name: 'an absent selector selects nothing', sel: undefined, match: false, text: '' },
  ])('LabelSelector: $name', ({ sel, match, text }) => {
    expect(matchesLabelSelector(sel, labels)).toBe(match);
    expect(formatLabelSelector(sel)).toBe(text);
  });
});

describe('parseFieldSelector', () => {
  it.each([
    { text: 'status.phase=Running', reqs: [{ field: 'status.phase', operator: '=', value: 'Running' }] },
    { text: 'spec.nodeName==w1,metadata.name!=x', reqs: [{ field: 'spec.nodeName', operator: '=', value: 'w1' }, { field: 'metadata.name', operator: '!=', value: 'x' }] },
    { text: 'metadata.name=a\\,b', reqs: [{ field: 'metadata.name', operator: '=', value: 'a,b' }] },
    { text: '', reqs: [] },
  ])('`$text`', ({ text, reqs }) => {
    expect(parseFieldSelector(text)).toEqual({ ok: true, requirements: reqs });
  });

  it('a term without an operator is not understood', () => {
    expect(parseFieldSelector('a=b,phase')).toEqual({ ok: false, message: "invalid selector: 'a=b,phase'; can't understand 'phase'" });
  });
});

describe('selector requirement errors', () => {
  it.each([
    { text: 'Bad Key=x', message: "unable to parse requirement: found 'Key', expected: in, notin, =, ==, !=, gt, lt" },
    { text: '-bad=x', message: "unable to parse requirement: <nil>: Invalid value: \"-bad\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')" },
    { text: 'app=-x', message: "unable to parse requirement: values[0][app]: Invalid value: \"-x\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')" },
    { text: 'n>x', message: "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer" },
  ])('`$text`', ({ text, message }) => {
    expect(parseLabelSelector(text)).toEqual({ ok: false, message });
  });
});
