import { describe, expect, it } from 'vitest';
import { nanosHex } from './recorder';

const viaBigInt = (at: number, seq: number): string => (BigInt(at) * 1_000_000n + BigInt(seq)).toString(16);

describe('nanosHex (event name suffix, UnixNano-style)', () => {
  it.each([
    ['zero', 0, 0],
    ['sequence only', 0, 999_999],
    ['first millisecond', 1, 0],
    ['last value below the 2^24 split', 16_777_215, 999_999],
    ['exactly the 2^24 split', 16_777_216, 0],
    ['default start time', Date.UTC(2026, 0, 1), 1],
    ['product past 2^53', Date.UTC(2099, 0, 1) + 123, 999_999],
  ])('%s', (_name, at, seq) => {
    expect(nanosHex(at, seq)).toBe(viaBigInt(at, seq));
  });

  it('matches exact arithmetic across simulated times', () => {
    for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2026, 0, 1) + 5_000_000; at += 9_973) {
      for (const seq of [0, 1, 77_777, 999_999]) expect(nanosHex(at, seq)).toBe(viaBigInt(at, seq));
    }
  });
});
