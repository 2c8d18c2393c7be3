import { describe, expect, it } from 'vitest';
import { evalArith } from './arith';

/** Expected values and messages checked against bash 5.2. */
describe('evalArith', () => {
  const vars = (): { get(n: string): string | undefined; set(n: string, v: string): void } => {
    const m = new Map<string, string>([['x', '2'], ['ref', 'x*3']]);
    return { get: (n) => m.get(n), set: (n, v) => { m.set(n, v); } };
  };

  it.each([
    { expr: '1 + 2 * 3', value: 7n },
    { expr: '2 ** 10', value: 1024n },
    { expr: '7 / 2', value: 3n },
    { expr: '-7 % 3', value: -1n },
    { expr: '16#ff + 0x10 + 010', value: 279n },
    { expr: '2**62*2', value: -9223372036854775808n },
    { expr: 'x > 1 ? 10 : 20', value: 10n },
    { expr: 'ref + 1', value: 7n },
    { expr: 'unset + 1', value: 1n },
    { expr: '--5', value: 5n },
    { expr: '1 && 0 || 3', value: 1n },
    { expr: '(1, 2, 3)', value: 3n },
    { expr: '', value: 0n },
  ])('$expr = $value', ({ expr, value }) => {
    expect(evalArith(expr, vars())).toEqual({ ok: true, value });
  });

  it.each([
    { expr: '1/0', message: '1/0: division by 0 (error token is "0")' },
    { expr: '1+', message: '1+: syntax error: operand expected (error token is "+")' },
    { expr: ' 1 + ', message: '1 + : syntax error: operand expected (error token is "+ ")' },
    { expr: '2 3', message: '2 3: syntax error in expression (error token is "3")' },
    { expr: '08', message: '08: value too great for base (error token is "08")' },
    { expr: 'a=', message: 'a=: syntax error: operand expected (error token is "=")' },
  ])('$expr fails as bash does', ({ expr, message }) => {
    expect(evalArith(expr, vars())).toEqual({ ok: false, message });
  });

  it('assignments and increments write variables', () => {
    const v = vars();
    expect(evalArith('y = x++ + 10', v)).toEqual({ ok: true, value: 12n });
    expect([v.get('x'), v.get('y')]).toEqual(['3', '12']);
  });
});
