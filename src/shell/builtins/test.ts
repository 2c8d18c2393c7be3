/** `test EXPR` and `[ EXPR ]` (bash's test.c: POSIX rules by argument count, then -a/-o/!/( ) grammar). */
import type { CommandContext, FileSystem } from '../command';

type FsContext = Pick<CommandContext, 'fs'> | { fs: FileSystem };
import type { Builtin } from './types';

const UNARY = new Set(['-e', '-f', '-d', '-s', '-z', '-n', '-r', '-w', '-x', '-L', '-h', '-b', '-c', '-p', '-S', '-t', '-g', '-u', '-k', '-O', '-G', '-N', '-a']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

/** A malformed expression; the message follows `bash: test: ` or `bash: [: `. */
export class TestError extends Error {}

function makeTest(name: 'test' | '['): Builtin {
  return {
    name,
    summary: 'Evaluate conditional expression.',
    kind: 'builtin',
    run: (ctx) => {
      let args = ctx.argv.slice(1);
      if (name === '[') {
        if (args[args.length - 1] !== ']') {
          ctx.stderr.write("bash: [: missing `]'\n");
          return Promise.resolve(2);
        }
        args = args.slice(0, -1);
      }
      try {
        return Promise.resolve(evaluate(args, ctx) ? 0 : 1);
      } catch (e) {
        if (!(e instanceof TestError)) throw e;
        ctx.stderr.write(`bash: ${name}: ${e.message}\n`);
        return Promise.resolve(2);
      }
    },
  };
}

export const test = makeTest('test');
export const bracket = makeTest('[');

function evaluate(args: string[], ctx: CommandContext): boolean {
  const [a = '', b = '', c = ''] = args;
  switch (args.length) {
    case 0: return false;
    case 1: return a !== '';
    case 2:
      if (a === '!') return b === '';
      if (UNARY.has(a)) return unary(a, b, ctx);
      throw new TestError(`${a}: unary operator expected`);
    case 3:
      if (BINARY.has(b)) return binary(a, b, c, ctx);
      if (b === '-a' || b === '-o') return b === '-a' ? a !== '' && c !== '' : a !== '' || c !== '';
      if (a === '!') return !evaluate([b, c], ctx);
      if (a === '(' && c === ')') return b !== '';
      throw new TestError(`${b}: binary operator expected`);
    case 4:
      if (a === '!') return !evaluate(args.slice(1), ctx);
      if (a === '(' && args[3] === ')') return evaluate([b, c], ctx);
  }
  const p = new ExprParser(args, ctx);
  const v = p.or();
  if (!p.done()) throw new TestError('too many arguments');
  return v;
}

class ExprParser {
  private i = 0;
  constructor(private readonly args: string[], private readonly ctx: CommandContext) {}
  done(): boolean { return this.i >= this.args.length; }
  private peek(k = 0): string | undefined { return this.args[this.i + k]; }

  or(): boolean {
    let v = this.and();
    while (this.peek() === '-o') { this.i++; const r = this.and(); v = v || r; }
    return v;
  }
  private and(): boolean {
    let v = this.not();
    while (this.peek() === '-a') { this.i++; const r = this.not(); v = v && r; }
    return v;
  }
  private not(): boolean {
    if (this.peek() === '!') { this.i++; return !this.not(); }
    return this.primary();
  }
  private primary(): boolean {
    const a = this.peek();
    if (a === undefined) throw new TestError('argument expected');
    if (a === '(') {
      this.i++;
      const v = this.or();
      if (this.peek() !== ')') throw new TestError("`)' expected");
      this.i++;
      return v;
    }
    const op = this.peek(1);
    if (op !== undefined && BINARY.has(op) && this.peek(2) !== undefined) {
      this.i += 3;
      return binary(a, op, this.args[this.i - 1] ?? '', this.ctx);
    }
    if (UNARY.has(a) && op !== undefined) { this.i += 2; return unary(a, op, this.ctx); }
    this.i++;
    return a !== '';
  }
}

/** The unary file and string tests (`-f`, `-d`, `-z`, `-n`…). */
export function unary(op: string, arg: string, ctx: FsContext): boolean {
  if (op === '-z') return arg === '';
  if (op === '-n') return arg !== '';
  if (op === '-t') return false;
  const st = ctx.fs.stat(arg);
  if (!st.ok || arg === '') return false;
  switch (op) {
    case '-f': return st.value.kind === 'file';
    case '-d': return st.value.kind === 'dir';
    case '-s': return st.value.size > 0;
    case '-x': return st.value.kind === 'dir';
    case '-e': case '-a': case '-r': case '-w': return true;
    default: return false;
  }
}

function integer(s: string): bigint {
  const t = s.trim();
  if (!/^[-+]?[0-9]+$/.test(t)) throw new TestError(`${s}: integer expression expected`);
  return BigInt(t);
}

/** The binary string, integer and file comparisons. */
export function binary(a: string, op: string, b: string, ctx: FsContext): boolean {
  switch (op) {
    case '=': case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '>': return a > b;
    case '-eq': return integer(a) === integer(b);
    case '-ne': return integer(a) !== integer(b);
    case '-lt': return integer(a) < integer(b);
    case '-le': return integer(a) <= integer(b);
    case '-gt': return integer(a) > integer(b);
    case '-ge': return integer(a) >= integer(b);
    default: {
      const sa = ctx.fs.stat(a);
      const sb = ctx.fs.stat(b);
      if (op === '-ef') return sa.ok && sb.ok && ctx.fs.resolve(a) === ctx.fs.resolve(b);
      const ta = sa.ok ? sa.value.mtime : -Infinity;
      const tb = sb.ok ? sb.value.mtime : -Infinity;
      return op === '-nt' ? ta > tb : ta < tb;
    }
  }
}
