/**
 * Shell arithmetic for `$((…))`: 64-bit integers, C operators, variables and assignments,
 * with bash's error texts (mirrors bash's expr.c).
 */

/** Variable access for arithmetic. */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export type ArithResult = { ok: true; value: bigint } | { ok: false; message: string };

const OPS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=',
  '+', '-', '*', '/', '%', '<', '>', '!', '~', '&', '^', '|', '?', ':', '=', '(', ')', ','];
const BINARY: Array<[string[], number]> = [
  [['||'], 1], [['&&'], 2], [['|'], 3], [['^'], 4], [['&'], 5], [['==', '!='], 6], [['<', '>', '<=', '>='], 7],
  [['<<', '>>'], 8], [['+', '-'], 9], [['*', '/', '%'], 10],
];
const MAX_RECURSION = 1024;

class ArithError extends Error {
  constructor(message: string, readonly token: string) {
    super(message);
  }
}

const wrap = (n: bigint): bigint => BigInt.asIntN(64, n);

/** Evaluates `expr`; errors carry bash's message without the `bash: ` prefix. */
export function evalArith(expr: string, vars: ArithVars, depth = 0): ArithResult {
  if (depth > MAX_RECURSION) return { ok: false, message: `${expr}: expression recursion level exceeded (error token is "${expr}")` };
  try {
    const p = new ArithParser(expr, vars, depth);
    return { ok: true, value: p.parse() };
  } catch (e) {
    if (e instanceof ArithError) return { ok: false, message: `${expr.replace(/^\s+/, '')}: ${e.message} (error token is "${e.token}")` };
    throw e;
  }
}

class ArithParser {
  private pos = 0;
  private tok = '';
  private tokStart = 0;
  private prevStart = 0;
  private skip = 0;
  private nest = 0;

  constructor(private readonly src: string, private readonly vars: ArithVars, private readonly depth: number) {
    this.advance();
  }

  parse(): bigint {
    if (this.tok === '') return 0n;
    const v = this.comma();
    if (this.tok !== '') this.error('syntax error in expression');
    return v;
  }

  /** bash reports the text from the current token on, or from the previous one when an operand is missing. */
  private error(msg: string, previous = false): never {
    throw new ArithError(msg, this.src.slice(previous ? this.prevStart : this.tokStart));
  }

  private advance(): void {
    this.prevStart = this.tokStart;
    while (/\s/.test(this.src[this.pos] ?? '')) this.pos++;
    this.tokStart = this.pos;
    const rest = this.src.slice(this.pos);
    const m = /^([0-9][0-9A-Za-z#@_]*|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    const tok = m?.[0] ?? OPS.find((o) => rest.startsWith(o)) ?? rest.slice(0, 1);
    this.tok = tok;
    this.pos += tok.length;
    if (tok !== '' && !m && !OPS.includes(tok)) this.error('syntax error: invalid arithmetic operator');
  }

  private comma(): bigint {
    let v = this.assign();
    while (this.tok === ',') { this.advance(); v = this.assign(); }
    return v;
  }

  private assign(): bigint {
    if (/^[A-Za-z_]/.test(this.tok)) {
      const save = { pos: this.pos, tok: this.tok, start: this.tokStart };
      const name = this.tok;
      this.advance();
      const op = this.tok;
      if (op === '=' || (op.length >= 2 && op.endsWith('=') && !['==', '!=', '<=', '>='].includes(op))) {
        this.advance();
        const rhs = this.assign();
        const value = op === '=' ? rhs : this.binary(op.slice(0, -1), this.variable(name), rhs);
        if (!this.skip) this.vars.set(name, String(value));
        return value;
      }
      this.pos = save.pos; this.tok = save.tok; this.tokStart = save.start;
    }
    const v = this.ternary();
    if (this.tok === '=') this.error('attempted assignment to non-variable');
    return v;
  }

  private ternary(): bigint {
    const cond = this.binaryLevel(0);
    if (this.tok !== '?') return cond;
    this.advance();
    if (cond === 0n) this.skip++;
    const a = this.assign();
    if (cond === 0n) this.skip--;
    if ((this.tok as string) !== ':') this.error("`:' expected for conditional expression");
    this.advance();
    if (cond !== 0n) this.skip++;
    const b = this.assign();
    if (cond !== 0n) this.skip--;
    return cond !== 0n ? a : b;
  }

  private binaryLevel(level: number): bigint {
    const entry = BINARY[level];
    if (!entry) return this.power();
    let left = this.binaryLevel(level + 1);
    while (entry[0].includes(this.tok)) {
      const op = this.tok;
      this.advance();
      const short = (op === '&&' && left === 0n) || (op === '||' && left !== 0n);
      if (short) this.skip++;
      const right = this.binaryLevel(level + 1);
      if (short) this.skip--;
      left = this.binary(op, left, right);
    }
    return left;
  }

  private power(): bigint {
    const base = this.unary();
    if (this.tok !== '**') return base;
    this.advance();
    const exp = this.power();
    if (exp < 0n) this.error('exponent less than 0');
    return this.binary('**', base, exp);
  }

  private binary(op: string, a: bigint, b: bigint): bigint {
    if ((op === '/' || op === '%') && b === 0n) {
      if (this.skip) return 0n;
      throw new ArithError('division by 0', String(b));
    }
    switch (op) {
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return wrap(a * b);
      case '/': return wrap(a / b);
      case '%': return wrap(a % b);
      case '**': return wrap(a ** (b > 4096n ? 4096n : b));
      case '<<': return wrap(a << (b & 63n));
      case '>>': return wrap(a >> (b & 63n));
      case '&': return a & b;
      case '|': return a | b;
      case '^': return a ^ b;
      case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
      case '||': return a !== 0n || b !== 0n ? 1n : 0n;
      case '==': return a === b ? 1n : 0n;
      case '!=': return a !== b ? 1n : 0n;
      case '<': return a < b ? 1n : 0n;
      case '>': return a > b ? 1n : 0n;
      case '<=': return a <= b ? 1n : 0n;
      case '>=': return a >= b ? 1n : 0n;
      default: return this.error('syntax error: invalid arithmetic operator');
    }
  }

  private unary(): bigint {
    const t = this.tok;
    if (t === '-' || t === '+' || t === '!' || t === '~') {
      if (++this.nest > 200) this.error('expression recursion level exceeded');
      this.advance();
      this.nest--;
      const v = this.unary();
      return t === '-' ? wrap(-v) : t === '+' ? v : t === '!' ? (v === 0n ? 1n : 0n) : ~v;
    }
    if (t === '++' || t === '--') {
      this.advance();
      const name = this.tok;
      if (!/^[A-Za-z_]/.test(name)) {
        if (name === '') this.error('syntax error: operand expected', true);
        return this.unary();
      }
      this.advance();
      const v = wrap(this.variable(name) + (t === '++' ? 1n : -1n));
      if (!this.skip) this.vars.set(name, String(v));
      return v;
    }
    return this.postfix();
  }

  private postfix(): bigint {
    const t = this.tok;
    if (t === '(') {
      if (++this.nest > 200) this.error('expression recursion level exceeded');
      this.advance();
      const v = this.comma();
      this.nest--;
      if (this.tok !== ')') this.error("missing `)'");
      this.advance();
      return v;
    }
    if (/^[0-9]/.test(t)) { this.advance(); return this.number(t); }
    if (/^[A-Za-z_]/.test(t)) {
      this.advance();
      const v = this.variable(t);
      if (this.tok === '++' || this.tok === '--') {
        if (!this.skip) this.vars.set(t, String(wrap(v + (this.tok === '++' ? 1n : -1n))));
        this.advance();
      }
      return v;
    }
    return this.error('syntax error: operand expected', t === '');
  }

  private number(t: string): bigint {
    const m = /^(?:([0-9]+)#([0-9A-Za-z@_]+)|0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(t);
    if (!m) throw new ArithError('value too great for base', t);
    if (m[3] !== undefined) return wrap(BigInt('0x' + m[3]));
    if (m[4] !== undefined) return wrap(BigInt('0o' + (m[4].slice(1) || '0')));
    if (m[5] !== undefined) return wrap(BigInt(m[5]));
    const base = Number(m[1]);
    if (base < 2 || base > 64) throw new ArithError('invalid arithmetic base', t);
    let v = 0n;
    for (const ch of m[2] ?? '') {
      const d = digitValue(ch, base);
      if (d < 0 || d >= base) throw new ArithError('value too great for base', t);
      v = wrap(v * BigInt(base) + BigInt(d));
    }
    return v;
  }

  private variable(name: string): bigint {
    const raw = this.vars.get(name);
    if (raw === undefined || raw.trim() === '') return 0n;
    const r = evalArith(raw, this.vars, this.depth + 1);
    if (!r.ok) throw new ArithError(r.message.replace(/ \(error token is .*\)$/, ''), raw);
    return r.value;
  }
}

function digitValue(ch: string, base: number): number {
  if (/[0-9]/.test(ch)) return Number(ch);
  if (/[a-z]/.test(ch)) return ch.charCodeAt(0) - 87;
  if (/[A-Z]/.test(ch)) return base <= 36 ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 29;
  return ch === '@' ? 62 : ch === '_' ? 63 : -1;
}
