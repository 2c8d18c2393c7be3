/**
 * `timeout DURATION COMMAND [ARG …]`: runs the command with a clock that stops it when the
 * simulated deadline passes (exit 124), as coreutils timeout sends SIGTERM.
 */
import type { CommandContext, SimTimer } from '../command';
import { createInterrupt } from '../interrupt';
import { parseDuration } from './sleep';
import type { Builtin } from './types';
import { parseArgs, usageError } from './util';

export const timeout: Builtin = {
  name: 'timeout',
  summary: 'Run a command with a time limit.',
  kind: 'tool',
  run: async (ctx, sh) => {
    const args = parseArgs(ctx, 'timeout', ctx.argv.slice(1), {
      flags: 'v', values: 'sk', stopAtOperand: true,
      long: { signal: { as: 's', value: true }, 'kill-after': { as: 'k', value: true }, 'preserve-status': { as: 'p' }, foreground: { as: 'f' }, verbose: { as: 'v' } },
    });
    if (!args) return 125;
    const [duration, ...command] = args.operands;
    if (duration === undefined || command.length === 0) {
      if (duration !== undefined) usageError(ctx, 'timeout', `missing operand after ‘${duration}’`);
      else ctx.stderr.write("Try 'timeout --help' for more information.\n");
      return 125;
    }
    const ms = parseDuration(duration);
    if (ms === null) { usageError(ctx, 'timeout', `invalid time interval ‘${duration}’`); return 125; }
    const name = command[0] ?? '';
    if (!sh.describe(name).some((k) => k.kind === 'file' || k.kind === 'builtin')) {
      ctx.stderr.write(`timeout: failed to run command ‘${name}’: No such file or directory\n`);
      return 127;
    }
    const inner = createInterrupt(ctx.interrupt);
    const state = { timedOut: false };
    const time = ms === 0 ? ctx.time : deadlineTimer(ctx, ctx.time.now() + ms, () => { state.timedOut = true; inner.abort(); });
    const status = await sh.runArgv(command, { ...ctx, time, interrupt: inner.signal });
    if (ctx.interrupt.aborted) return 130;
    if (state.timedOut) return args.flags.has('p') ? 143 : 124;
    return status;
  },
};

/** A SimTimer whose waits end at `deadline`, calling `expire` (which fires the inner interrupt). */
function deadlineTimer(ctx: CommandContext, deadline: number, expire: () => void): SimTimer {
  const base = ctx.time;
  return {
    now: () => base.now(),
    sleep: async (ms, interrupt) => {
      const remaining = Math.max(0, deadline - base.now());
      if (ms < remaining) return base.sleep(ms, interrupt);
      const r = await base.sleep(remaining, interrupt);
      if (r === 'interrupted') return r;
      expire();
      return 'interrupted';
    },
    waitFor: async (ready, ms, interrupt) => {
      const remaining = Math.max(0, deadline - base.now());
      const limited = ms === undefined || ms >= remaining;
      const r = await base.waitFor(ready, limited ? remaining : ms, interrupt);
      if (r !== 'elapsed' || !limited) return r;
      expire();
      return 'interrupted';
    },
  };
}
