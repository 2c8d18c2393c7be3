/** `date [-u] [+FORMAT]`: the simulated clock in UTC (coreutils date; -d is not supported and says so). */
import { defaultDate, strftime } from './timefmt';
import type { Builtin } from './types';
import { parseArgs, usageError } from './util';

export const date: Builtin = {
  name: 'date',
  summary: 'Print the system date and time.',
  kind: 'tool',
  run: (ctx) => {
    const args = parseArgs(ctx, 'date', ctx.argv.slice(1), {
      flags: 'uR', values: 'dI', long: { utc: { as: 'u' }, universal: { as: 'u' }, 'rfc-email': { as: 'R' }, iso: { as: 'I', value: true }, date: { as: 'd', value: true } },
    });
    if (!args) return Promise.resolve(1);
    const now = ctx.time.now();
    const [fmt, extra] = args.operands;
    if (extra !== undefined || (fmt !== undefined && !fmt.startsWith('+'))) {
      const bad = fmt !== undefined && !fmt.startsWith('+') ? fmt : extra ?? '';
      if (fmt !== undefined && !fmt.startsWith('+')) ctx.stderr.write(`date: invalid date ‘${bad}’\n`);
      else usageError(ctx, 'date', `extra operand ‘${bad}’`);
      return Promise.resolve(1);
    }
    if (args.flags.has('d')) {
      ctx.stderr.write(`date: invalid date ‘${String(args.flags.get('d'))}’\n`);
      return Promise.resolve(1);
    }
    let out = fmt !== undefined ? strftime(fmt.slice(1), now) : defaultDate(now);
    if (args.flags.has('R')) out = strftime('%a, %d %b %Y %H:%M:%S +0000', now);
    if (args.flags.has('I')) out = strftime('%Y-%m-%d', now);
    ctx.stdout.write(out + '\n');
    return Promise.resolve(0);
  },
};
