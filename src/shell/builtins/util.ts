/** Helpers shared by the builtins: GNU-style option parsing and coreutils' error wording. */
import type { CommandContext, FsError } from '../command';
import { fsErrorText } from '../redirect';

/** Parsed options: each short or long option name → its value (true for flags), and the operands. */
export interface ParsedArgs {
  flags: Map<string, string | true>;
  operands: string[];
  order: string[];
  /** Every value given for each option, for repeatable ones (`grep -e a -e b`). */
  all: Map<string, string[]>;
}

/** Options a tool accepts: letters without and with a value, and long names mapped to a letter (or kept). */
export interface OptSpec {
  flags?: string;
  values?: string;
  long?: Record<string, { as: string; value?: boolean; optional?: boolean }>;
  /** A `Usage: …` line printed between the error and the "Try" line (grep does this). */
  usage?: string;
  /** Stop at the first operand (POSIX order), as bash builtins and `timeout`/`watch` do. */
  stopAtOperand?: boolean;
}

/**
 * GNU getopt_long: `-abc`, `-n5`, `-n 5`, `--long`, `--long=v`, `--`; options may follow operands.
 * On error writes coreutils' message and returns null (caller exits with its usage status).
 */
export function parseArgs(ctx: CommandContext, tool: string, argv: readonly string[], spec: OptSpec): ParsedArgs | null {
  const out: ParsedArgs = { flags: new Map(), operands: [], order: [], all: new Map() };
  const set = (k: string, v: string | true): void => {
    out.flags.set(k, v);
    out.order.push(k);
    if (v !== true) out.all.set(k, [...(out.all.get(k) ?? []), v]);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') { out.operands.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const [name = '', inline] = splitOnce(a.slice(2), '=');
      const matches = Object.keys(spec.long ?? {}).filter((k) => k.startsWith(name));
      const key = matches.includes(name) ? name : matches.length === 1 ? matches[0] : undefined;
      const opt = key === undefined ? undefined : spec.long?.[key];
      if (!opt) {
        const msg = matches.length > 1 ? `option '${a}' is ambiguous; possibilities: ${matches.map((m) => `'--${m}'`).join(' ')}` : `unrecognized option '${a}'`;
        return usageError(ctx, tool, msg, spec.usage);
      }
      if (opt.optional) {
        set(opt.as, inline ?? true);
        continue;
      }
      if (!opt.value) {
        if (inline !== undefined) return usageError(ctx, tool, `option '--${key}' doesn't allow an argument`, spec.usage);
        set(opt.as, true);
        continue;
      }
      const v = inline ?? argv[++i];
      if (v === undefined) return usageError(ctx, tool, `option '--${key}' requires an argument`, spec.usage);
      set(opt.as, v);
      continue;
    }
    if (a.startsWith('-') && a !== '-') {
      for (let j = 1; j < a.length; j++) {
        const c = a[j] ?? '';
        if ((spec.values ?? '').includes(c)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (v === undefined) return usageError(ctx, tool, `option requires an argument -- '${c}'`, spec.usage);
          set(c, v);
          break;
        }
        if (!(spec.flags ?? '').includes(c)) return usageError(ctx, tool, `invalid option -- '${c}'`, spec.usage);
        set(c, true);
      }
      continue;
    }
    if (spec.stopAtOperand) { out.operands.push(...argv.slice(i)); break; }
    out.operands.push(a);
  }
  return out;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** Writes `tool: message` and coreutils' "Try … --help" line; returns null for chaining. */
export function usageError(ctx: CommandContext, tool: string, message: string, usage?: string): null {
  ctx.stderr.write(`${tool}: ${message}\n${usage ? usage + '\n' : ''}Try '${tool} --help' for more information.\n`);
  return null;
}

/** coreutils' `tool: 'name': No such file or directory` style (quotes only when needed, as GNU does). */
export function fileError(ctx: CommandContext, tool: string, name: string, error: FsError, verb?: string): void {
  const what = verb ? `${verb} ${quote(name)}` : quoteLoose(name);
  ctx.stderr.write(`${tool}: ${what}: ${fsErrorText(error)}\n`);
}

/** GNU's shell-escape quoting for names in messages: 'x' (always quoted). */
export function quote(name: string): string {
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** GNU quoting used for plain `tool: name: error` messages: quoted only when the name needs it. */
export function quoteLoose(name: string): string {
  return /^[A-Za-z0-9_./@%+,:=-]+$/.test(name) ? name : quote(name);
}

/** Reads each operand (`-` or none = stdin); writes errors; returns contents and whether all succeeded. */
export function readInputs(ctx: CommandContext, tool: string, operands: readonly string[]): { texts: Array<{ name: string; text: string }>; ok: boolean } {
  const names = operands.length === 0 ? ['-'] : operands;
  const texts: Array<{ name: string; text: string }> = [];
  let ok = true;
  for (const name of names) {
    if (name === '-') { texts.push({ name, text: ctx.stdin }); continue; }
    const r = ctx.fs.readFile(name);
    if (!r.ok) { fileError(ctx, tool, name, r.error); ok = false; continue; }
    texts.push({ name, text: r.value });
  }
  return { texts, ok };
}

/** Splits text into lines without their newlines (a final newline does not add an empty line). */
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Waits `ms` of simulated time; true when Ctrl-C interrupted the wait. */
export async function waitInterrupted(ctx: CommandContext, ms: number): Promise<boolean> {
  if (ctx.interrupt.aborted) return true;
  return (await ctx.time.sleep(ms, ctx.interrupt)) === 'interrupted';
}
