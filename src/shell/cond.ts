/**
 * `[[ … ]]`: no word splitting or globbing, `&&`/`||`/`!`/`( )`, `==` and `!=` against a glob
 * pattern (quoted parts literal), `=~` against an extended regular expression, and the
 * unary/binary tests of `test` (mirrors bash's execute_cmd.c execute_cond_node).
 */
import { evalArith } from './arith';
import type { Word } from './ast';
import { binary, TestError, unary } from './builtins/test';
import type { FileSystem } from './command';
import { expandString, type ExpandHost } from './expand';
import { patternToRegex } from './glob';

const UNARY = new Set(['-e', '-f', '-d', '-s', '-z', '-n', '-r', '-w', '-x', '-L', '-h', '-a']);
/** In `[[ ]]` the integer operators evaluate their operands as arithmetic (`x` means $x). */
const ARITH_OPS: Record<string, (a: bigint, b: bigint) => boolean> = {
  '-eq': (a, b) => a === b, '-ne': (a, b) => a !== b, '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b, '-gt': (a, b) => a > b, '-ge': (a, b) => a >= b,
};
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '=~']);

/** Evaluates the words of a `[[ … ]]`; 0 true, 1 false, 2 with a message on a malformed expression. */
export async function evalCond(words: readonly Word[], host: ExpandHost, fs: FileSystem, stderr: { write(t: string): void }): Promise<number> {
  const p = new CondParser(words, host, fs);
  try {
    const v = await p.or();
    if (!p.done()) throw new TestError(`syntax error in conditional expression: unexpected token \`${p.current()}'`);
    return v ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    stderr.write(`bash: ${e.message}\n`);
    return e.message.startsWith('syntax error') ? 2 : 1;
  }
}

class CondParser {
  private i = 0;
  constructor(private readonly words: readonly Word[], private readonly host: ExpandHost, private readonly fs: FileSystem) {}

  done(): boolean { return this.i >= this.words.length; }
  current(): string { return this.words[this.i]?.raw ?? ''; }
  private raw(k = 0): string | undefined { return this.words[this.i + k]?.raw; }

  async or(): Promise<boolean> {
    let v = await this.and();
    while (this.raw() === '||') { this.i++; const r = await this.and(); v = v || r; }
    return v;
  }

  private async and(): Promise<boolean> {
    let v = await this.not();
    while (this.raw() === '&&') { this.i++; const r = await this.not(); v = v && r; }
    return v;
  }

  private async not(): Promise<boolean> {
    if (this.raw() === '!') { this.i++; return !(await this.not()); }
    return this.primary();
  }

  private async primary(): Promise<boolean> {
    const a = this.raw();
    if (a === undefined) throw new TestError('syntax error in conditional expression');
    if (a === '(') {
      this.i++;
      const v = await this.or();
      if (this.raw() !== ')') throw new TestError("syntax error in conditional expression: unexpected token `)'");
      this.i++;
      return v;
    }
    const op = this.raw(1);
    if (op !== undefined && BINARY.has(op) && this.raw(2) !== undefined) {
      const left = await this.text(this.words[this.i]);
      const right = this.words[this.i + 2];
      this.i += 3;
      return this.compare(left, op, right);
    }
    if (UNARY.has(a) && op !== undefined) {
      const arg = await this.text(this.words[this.i + 1]);
      this.i += 2;
      return unary(a, arg, { fs: this.fs });
    }
    this.i++;
    return (await this.text(this.words[this.i - 1])) !== '';
  }

  private async compare(left: string, op: string, rightWord: Word | undefined): Promise<boolean> {
    const right = await this.text(rightWord);
    if (op === '=~') {
      try {
        return new RegExp(right).test(left);
      } catch {
        return false;
      }
    }
    if (op === '==' || op === '=' || op === '!=') {
      const quoted = rightWord?.parts.some((p) => 'q' in p && p.q) ?? false;
      const match = quoted ? left === right : patternToRegex(right, { slash: true }).test(left);
      return op === '!=' ? !match : match;
    }
    const cmp = ARITH_OPS[op];
    if (cmp) {
      const a = evalArith(left, this.host);
      const b = evalArith(right, this.host);
      if (!a.ok) throw new TestError(a.message);
      if (!b.ok) throw new TestError(b.message);
      return cmp(a.value, b.value);
    }
    return binary(left, op, right, { fs: this.fs });
  }

  private async text(word: Word | undefined): Promise<string> {
    if (!word) return '';
    const r = await expandString(word, this.host);
    if (!r.ok) throw new TestError(r.message);
    return r.value;
  }
}
