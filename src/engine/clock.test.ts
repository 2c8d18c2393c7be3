import { describe, expect, it } from 'vitest';
import { createSimClock, rfc3339 } from './clock';

function run(steps: number[]): string[] {
  const clock = createSimClock(0);
  const log: string[] = [];
  const every = (name: string, period: number, times: number) => {
    let n = 0;
    const tick = (): void => {
      log.push(`${clock.now()} ${name}`);
      if (++n < times) clock.schedule(clock.now() + period, name, tick);
    };
    clock.schedule(period, name, tick);
  };
  every('a', 300, 5);
  every('b', 500, 3);
  clock.schedule(900, 'c', () => clock.schedule(clock.now(), 'd', () => log.push(`${clock.now()} d`)));
  for (const s of steps) clock.advance(s, () => log.push(`${clock.now()} drain`));
  return log;
}

describe('SimClock', () => {
  it('runs in (time, sequence) order and the same whatever step sizes advance it', () => {
    const whole = run([2000]);
    expect(run(Array.from({ length: 20 }, () => 100))).toEqual(whole);
    expect(run([1, 299, 1, 700, 999])).toEqual(whole);
    expect(whole.slice(0, 6)).toEqual(['300 a', '300 drain', '500 b', '500 drain', '600 a', '600 drain']);
  });

  it('work scheduled for now during an instant runs in that instant', () => {
    expect(run([2000])).toContain('900 d');
  });

  it('a key names one timer: rescheduling replaces, cancel removes', () => {
    const clock = createSimClock(0);
    const log: string[] = [];
    clock.schedule(100, 'k', () => log.push('first'));
    clock.schedule(200, 'k', () => log.push('second'));
    clock.schedule(50, 'x', () => log.push('x'));
    clock.cancel('x');
    expect(clock.nextDueAt()).toBe(200);
    clock.advance(1000);
    expect(log).toEqual(['second']);
    expect(clock.now()).toBe(1000);
    expect(clock.nextDueAt()).toBeUndefined();
  });

  it('an unnamed timer runs in scheduling order with named ones and is cancelled only through its handle', () => {
    const clock = createSimClock(0);
    const log: string[] = [];
    clock.schedule(100, 'a', () => log.push('a'));
    const t = clock.timer(100, () => log.push('t'));
    const u = clock.timer(100, () => log.push('u'));
    clock.timer(50, () => log.push('early'));
    clock.cancelTimer(u);
    clock.cancel('t');
    expect(() => { clock.schedule(1, '', () => undefined); }).toThrow(/empty key/);
    clock.advance(200);
    clock.cancelTimer(t);
    expect(log).toEqual(['early', 'a', 't']);
    expect(clock.nextDueAt()).toBeUndefined();
  });

  it('formats times as RFC 3339 seconds', () => {
    expect(rfc3339(Date.UTC(2026, 0, 1, 0, 0, 5, 999))).toBe('2026-01-01T00:00:05Z');
  });
});
