import { describe, expect, it } from 'vitest';
import { levenshtein, suggestionsFor } from './suggest';

describe('suggestionsFor (cobra SuggestionsFor)', () => {
  const names = ['create', 'expose', 'set', 'explain', 'get', 'edit', 'delete', 'rollout', 'scale', 'describe', 'logs', 'apply'];
  it.each([
    { typed: 'gett', want: ['set', 'get'] },
    { typed: 'rolout', want: ['rollout'] },
    { typed: 'desc', want: ['describe'] },
    { typed: 'zzzzzz', want: [] },
    { typed: 'GET', want: ['set', 'get'] },
  ])('$typed → $want', ({ typed, want }) => {
    expect(suggestionsFor(typed, names)).toEqual(want);
  });

  it.each([['kitten', 'sitting', 3], ['gett', 'get', 1], ['', 'abc', 3]])('levenshtein(%s, %s) = %d', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
  });
});
