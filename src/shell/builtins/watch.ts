/**
 * `watch [-n SECS] [-t] COMMAND`: reruns the command every interval of simulated time until
 * Ctrl-C, redrawing the screen under procps-ng's header `Every 2.0s: cmd   host: date`.
 * On a terminal it draws on the alternate screen and restores the old one at the end, as
 * watch's curses does; when not a terminal, frames follow one another as plain text.
 */
import type { CommandContext } from '../command';
import { BufferWriter } from '../io';
import { strftime } from './timefmt';
import type { Builtin } from './types';
import { parseArgs, waitInterrupted } from './util';

export const watch: Builtin = {
  name: 'watch',
  summary: 'Execute a program periodically, showing output fullscreen.',
  kind: 'tool',
  run: async (ctx, sh) => {
    const args = parseArgs(ctx, 'watch', ctx.argv.slice(1), {
      flags: 'tbcdegpwx', values: 'nq', stopAtOperand: true,
      long: { interval: { as: 'n', value: true }, 'no-title': { as: 't' }, differences: { as: 'd' }, color: { as: 'c' }, exec: { as: 'x' } },
    });
    if (!args) return 1;
    if (args.operands.length === 0) {
      ctx.stderr.write("\nUsage:\n watch [options] command\n\nFor more details see watch(1).\n");
      return 1;
    }
    const secs = args.flags.has('n') ? Number(args.flags.get('n')) : 2;
    if (!Number.isFinite(secs)) {
      ctx.stderr.write(`watch: failed to parse argument: '${String(args.flags.get('n'))}'\n`);
      return 1;
    }
    const interval = Math.max(0.1, secs);
    const command = args.operands.join(' ');
    const tty = ctx.terminal.isTTY;
    if (tty) ctx.stdout.write('\x1b[?1049h');
    for (;;) {
      const frame = new BufferWriter();
      const frameCtx: CommandContext = { ...ctx, stdout: frame, stderr: frame, terminal: { ...ctx.terminal, isTTY: false } };
      await sh.runSource(command, frameCtx);
      const header = args.flags.has('t') ? '' : headerLine(interval, command, sh.state.get('HOSTNAME') ?? 'controlplane', ctx) + '\n\n';
      ctx.stdout.write((tty ? '\x1b[H\x1b[2J' : '') + header + frame.text);
      if (await waitInterrupted(ctx, Math.round(interval * 1000))) break;
    }
    if (tty) ctx.stdout.write('\x1b[?1049l');
    return 0;
  },
};

/** `Every 2.0s: kubectl get pods` on the left, `host: Thu Jan  1 00:00:05 2026` on the right of the terminal width. */
function headerLine(interval: number, command: string, host: string, ctx: CommandContext): string {
  const left = `Every ${interval.toFixed(1)}s: ${command}`;
  const right = `${host}: ${strftime('%a %b %e %H:%M:%S %Y', ctx.time.now())}`;
  const width = ctx.terminal.columns;
  const gap = width - left.length - right.length;
  return gap >= 1 ? left + ' '.repeat(gap) + right : `${left}  ${right}`;
}
