/** `sleep NUMBER[smhd] …`: waits on the simulated clock; Ctrl-C ends it with status 130 (coreutils sleep). */
import type { Builtin } from './types';
import { usageError, waitInterrupted } from './util';

const UNIT: Record<string, number> = { '': 1000, s: 1000, m: 60000, h: 3600000, d: 86400000 };

/** `1.5m` → 90000 ms; null when not a duration. */
export function parseDuration(s: string): number | null {
  const m = /^([0-9]+\.?[0-9]*|\.[0-9]+)([smhd]?)$/.exec(s);
  if (!m) return null;
  return Math.round(Number(m[1]) * (UNIT[m[2] ?? ''] ?? 1000));
}

export const sleep: Builtin = {
  name: 'sleep',
  summary: 'Delay for a specified amount of time.',
  kind: 'tool',
  run: async (ctx) => {
    const args = ctx.argv.slice(1);
    if (args[0] === '--') args.shift();
    if (args.length === 0) { usageError(ctx, 'sleep', 'missing operand'); return 1; }
    let total = 0;
    for (const a of args) {
      const ms = parseDuration(a);
      if (ms === null) {
        if (/^-[a-zA-Z]/.test(a)) usageError(ctx, 'sleep', `invalid option -- '${a.slice(1, 2)}'`);
        else usageError(ctx, 'sleep', `invalid time interval ‘${a}’`);
        return 1;
      }
      total += ms;
    }
    return (await waitInterrupted(ctx, total)) ? 130 : 0;
  },
};
