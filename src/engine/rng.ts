/**
 * The engine's one seeded generator: names, uids, IPs and jitter all come from here, so the
 * same seed and the same calls give the same cluster, byte for byte.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter) seeded through splitmix32: tiny, fast,
 * and good enough for simulation (passes PractRand far beyond what a lab session draws).
 */

/** A deterministic source of pseudo-random numbers. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). `n` must be a positive integer. */
  int(n: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** `n` characters drawn uniformly from `alphabet`. */
  string(n: number, alphabet: string): string;
}

/** Characters Kubernetes uses for generated name suffixes: no vowels, no 0/1/3 (mirrors apimachinery pkg/util/rand). */
export const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** Length of the suffix `generateName` appends (mirrors apiserver names.SimpleNameGenerator). */
export const NAME_SUFFIX_LENGTH = 5;

/** splitmix32: spreads a small integer seed over 32 bits so nearby seeds give unrelated streams. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a generator from a seed; equal seeds give equal sequences. */
export function createRng(seed: number): Rng {
  const init = splitmix32(Number.isFinite(seed) ? Math.trunc(seed) : 0);
  // The state [a, b, c, d] lives in a Uint32Array: 32-bit values kept in plain variables would
  // not fit V8's small integers and each update would allocate a heap number.
  const state = new Uint32Array([init(), init(), init(), init()]);
  const nextU32 = (): number => {
    const a = state[0] as number, b = state[1] as number, c = state[2] as number, d = state[3] as number;
    const t = (((a + b) >>> 0) + d) >>> 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    state[2] = (((c << 21) | (c >>> 11)) >>> 0) + t;
    return t;
  };
  // Discard the first outputs: sfc32 mixes its state over a dozen rounds.
  for (let i = 0; i < 12; i++) nextU32();

  const next = (): number => nextU32() / 4294967296;
  const int = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`rng.int: n must be a positive integer, got ${n}`);
    return Math.floor(next() * n);
  };
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('rng.pick: empty array');
      return items[int(items.length)] as T;
    },
    string(n: number, alphabet: string): string {
      if (alphabet.length === 0) throw new RangeError('rng.string: empty alphabet');
      // int(alphabet.length), unrolled: the length is a positive integer, checked once.
      const len = alphabet.length;
      const codes = new Array<number>(n);
      for (let i = 0; i < n; i++) codes[i] = alphabet.charCodeAt(Math.floor(next() * len));
      // One flat string (appending char by char would leave a chain of V8 cons strings behind).
      return String.fromCharCode(...codes);
    },
  };
}

/** A 5-character Kubernetes name suffix, e.g. `2xk7p` in `web-75675f5897-2xk7p`. */
export function nameSuffix(rng: Rng): string {
  return rng.string(NAME_SUFFIX_LENGTH, NAME_SUFFIX_ALPHABET);
}

const HEX = '0123456789abcdef';

/** The uid layout: `x` a random hex digit, `y` the variant digit, anything else as is. */
const UID_LAYOUT = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx';
/** Reused character buffer of newUid (the engine is single-threaded). */
const uidCodes = new Array<number>(UID_LAYOUT.length).fill(0);

/** A uid shaped like a UUID v4 (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`), drawn from the generator. */
export function newUid(rng: Rng): string {
  // The variant digit is drawn first, then the hex digits in reading order.
  const variant = HEX.charCodeAt(8 + rng.int(4));
  for (let i = 0; i < UID_LAYOUT.length; i++) {
    const ch = UID_LAYOUT.charCodeAt(i);
    uidCodes[i] = ch === 120 /* x */ ? HEX.charCodeAt(Math.floor(rng.next() * 16)) : ch === 121 /* y */ ? variant : ch;
  }
  // One flat string (appending would leave a chain of V8 cons strings in every object).
  return String.fromCharCode.apply(null, uidCodes);
}
