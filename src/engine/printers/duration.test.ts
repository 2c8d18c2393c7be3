import { describe, expect, it } from 'vitest';
import { humanDuration, translateTimestampSince } from './duration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration (apimachinery duration.HumanDuration)', () => {
  it.each([
    { name: 'clock skew of one second counts as now', ms: -1500, want: '0s' },
    { name: 'more than a second in the future is invalid', ms: -2500, want: '<invalid>' },
    { name: 'zero', ms: 0, want: '0s' },
    { name: 'seconds below two minutes', ms: 119 * s, want: '119s' },
    { name: 'exactly two minutes', ms: 2 * m, want: '2m' },
    { name: 'minutes and seconds below ten minutes', ms: 3 * m + 10 * s, want: '3m10s' },
    { name: 'ten minutes drops seconds', ms: 10 * m + 59 * s, want: '10m' },
    { name: 'below three hours in minutes', ms: 2 * h + 59 * m, want: '179m' },
    { name: 'three hours', ms: 3 * h, want: '3h' },
    { name: 'hours and minutes below eight hours', ms: 5 * h + 30 * m, want: '5h30m' },
    { name: 'eight hours drops minutes', ms: 8 * h + 30 * m, want: '8h' },
    { name: 'below two days in hours', ms: 47 * h, want: '47h' },
    { name: 'two days', ms: 2 * d, want: '2d' },
    { name: 'days and hours below eight days', ms: 3 * d + 4 * h, want: '3d4h' },
    { name: 'days below two years', ms: 45 * d + 5 * h, want: '45d' },
    { name: 'years and days', ms: (2 * 365 + 10) * d, want: '2y10d' },
    { name: 'whole years', ms: 3 * 365 * d, want: '3y' },
    { name: 'eight years and more', ms: (9 * 365 + 100) * d, want: '9y' },
  ])('$name: $want', ({ ms, want }) => {
    expect(humanDuration(ms)).toBe(want);
  });

  it('a missing timestamp is <unknown>', () => {
    expect(translateTimestampSince(undefined, 0)).toBe('<unknown>');
  });

  it('ages a timestamp against now', () => {
    expect(translateTimestampSince('2026-01-01T00:00:00Z', Date.parse('2026-01-01T00:05:00Z'))).toBe('5m');
  });
});
