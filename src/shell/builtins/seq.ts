/** `seq [-w] [-s SEP] [FIRST [INCREMENT]] LAST` (coreutils seq: output precision follows the arguments). */
import type { Builtin } from './types';
import { parseArgs, usageError } from './util';

export const seq: Builtin = {
  name: 'seq',
  summary: 'Print a sequence of numbers.',
  kind: 'tool',
  run: (ctx) => {
    const argv = ctx.argv.slice(1).map((a) => (/^-[0-9.]/.test(a) ? `\uE000${a}` : a));
    const args = parseArgs(ctx, 'seq', argv, { flags: 'w', values: 'sf', long: { separator: { as: 's', value: true }, 'equal-width': { as: 'w' } } });
    if (!args) return Promise.resolve(1);
    const ops = args.operands.map((a) => a.replace(/^\uE000/, ''));
    if (ops.length === 0) { usageError(ctx, 'seq', 'missing operand'); return Promise.resolve(1); }
    if (ops.length > 3) { usageError(ctx, 'seq', `extra operand ‘${ops[3] ?? ''}’`); return Promise.resolve(1); }
    const bad = ops.find((o) => !/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(o));
    if (bad !== undefined) { usageError(ctx, 'seq', `invalid floating point argument: ‘${bad}’`); return Promise.resolve(1); }
    const nums = ops.map(Number);
    const [first, step, last] = nums.length === 1 ? [1, 1, nums[0] ?? 1] : nums.length === 2 ? [nums[0] ?? 1, 1, nums[1] ?? 1] : [nums[0] ?? 1, nums[1] ?? 1, nums[2] ?? 1];
    if (step === 0) { usageError(ctx, 'seq', `invalid Zero increment value: ‘${ops[1] ?? ''}’`); return Promise.resolve(1); }
    const decimals = Math.max(...ops.slice(0, ops.length === 3 ? 2 : 1).map((o) => (o.split('.')[1] ?? '').replace(/[eE].*/, '').length), 0);
    const sep = args.flags.has('s') ? String(args.flags.get('s')) : '\n';
    const values: string[] = [];
    for (let i = 0; values.length < 1000000; i++) {
      const v = first + i * step;
      if (step > 0 ? v > last + 1e-9 : v < last - 1e-9) break;
      values.push(v.toFixed(decimals));
    }
    const width = Math.max(0, ...values.map((v) => v.length));
    const out = args.flags.has('w') ? values.map((v) => (v.startsWith('-') ? '-' + v.slice(1).padStart(width - 1, '0') : v.padStart(width, '0'))) : values;
    if (out.length > 0) ctx.stdout.write(out.join(sep) + '\n');
    return Promise.resolve(0);
  },
};
