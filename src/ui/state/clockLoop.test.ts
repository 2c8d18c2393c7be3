import { describe, expect, it } from 'vitest';
import { realQuantum, splitFrame } from './clockLoop';

describe('splitFrame', () => {
  it.each([
    { name: '1×, 16.7 ms frame: pass 16, carry 0.7', carried: 0, elapsed: 16.7, speed: 1, pass: 16, carry: 0.7 },
    { name: '10×, carried 0.7 + 16.7: pass 17', carried: 0.7, elapsed: 16.7, speed: 10, pass: 17, carry: 0.4 },
    { name: '0.5×, 17 ms: pass 16 (8 simulated ms), carry 1', carried: 0, elapsed: 17, speed: 0.5, pass: 16, carry: 1 },
    { name: 'a hidden tab\'s 5 s gap is capped at 250 ms', carried: 0, elapsed: 5000, speed: 20, pass: 250, carry: 0 },
    { name: 'a clock going backwards passes nothing', carried: 0.5, elapsed: -3, speed: 1, pass: 0, carry: 0.5 },
  ])('$name', ({ carried, elapsed, speed, pass, carry }) => {
    const got = splitFrame(carried, elapsed, speed);
    expect(got.pass).toBe(pass);
    expect(got.carry).toBeCloseTo(carry, 9);
    expect(Number.isInteger(got.pass * speed)).toBe(true);
  });

  it.each([[0.5, 2], [1, 1], [2, 1], [5, 1], [10, 1], [20, 1], [1.5, 2], [0.25, 4]])('quantum at %s× is %s ms', (speed, q) => {
    expect(realQuantum(speed)).toBe(q);
  });
});
