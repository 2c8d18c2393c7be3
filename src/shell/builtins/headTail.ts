/** `head` and `tail` with `-n N`, `-N`, `-n +N` (tail), `-c N`, and `==> file <==` headers for several files (coreutils). */
import type { CommandContext } from '../command';
import type { Builtin } from './types';
import { parseArgs } from './util';

/** Rewrites the obsolete `-5` form to `-n 5`. */
function modernize(argv: readonly string[]): string[] {
  return argv.map((a, i) => (/^-[0-9]+$/.test(a) && !/^-[nc]$|^--(lines|bytes)$/.test(argv[i - 1] ?? '') ? `-n${a.slice(1)}` : a));
}

function make(tool: 'head' | 'tail'): Builtin {
  return {
    name: tool,
    summary: tool === 'head' ? 'Output the first part of files.' : 'Output the last part of files.',
    kind: 'tool',
    run: (ctx) => {
      const args = parseArgs(ctx, tool, modernize(ctx.argv.slice(1)), {
        flags: 'qvf', values: 'nc', long: { lines: { as: 'n', value: true }, bytes: { as: 'c', value: true }, quiet: { as: 'q' }, verbose: { as: 'v' } },
      });
      if (!args) return Promise.resolve(1);
      const bytes = args.flags.has('c');
      const spec = String(args.flags.get(bytes ? 'c' : 'n') ?? '10');
      const m = /^([-+]?)([0-9]+)$/.exec(spec);
      if (!m) {
        ctx.stderr.write(`${tool}: invalid number of ${bytes ? 'bytes' : 'lines'}: ‘${spec}’\n`);
        return Promise.resolve(1);
      }
      const count = Number(m[2]);
      const sign = m[1] ?? '';
      const names = args.operands.length ? args.operands : ['-'];
      let status = 0;
      names.forEach((name, i) => {
        const text = name === '-' ? ctx.stdin : readOrFail(ctx, tool, name);
        if (text === null) { status = 1; return; }
        if ((names.length > 1 && !args.flags.has('q')) || args.flags.has('v')) {
          ctx.stdout.write(`${i > 0 ? '\n' : ''}==> ${name === '-' ? 'standard input' : name} <==\n`);
        }
        ctx.stdout.write(bytes ? slice(text.split(''), tool, sign, count).join('') : slice(splitKeep(text), tool, sign, count).join(''));
      });
      return Promise.resolve(status);
    },
  };
}

function readOrFail(ctx: CommandContext, tool: string, name: string): string | null {
  const r = ctx.fs.readFile(name);
  if (r.ok) return r.value;
  const why = r.error === 'ENOENT' ? 'No such file or directory' : r.error === 'EISDIR' ? 'Is a directory' : 'Not a directory';
  if (r.error === 'EISDIR') ctx.stderr.write(`${tool}: error reading '${name}': ${why}\n`);
  else ctx.stderr.write(`${tool}: cannot open '${name}' for reading: ${why}\n`);
  return null;
}

/** Lines with their newlines kept. */
function splitKeep(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function slice<T>(items: T[], tool: 'head' | 'tail', sign: string, n: number): T[] {
  if (tool === 'head') return sign === '-' ? items.slice(0, Math.max(0, items.length - n)) : items.slice(0, n);
  if (sign === '+') return items.slice(Math.max(0, n - 1));
  return n === 0 ? [] : items.slice(-n);
}

export const head = make('head');
export const tail = make('tail');
