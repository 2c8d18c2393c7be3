/**
 * Recursive-descent parser from tokens to the AST, one complete command at a time so that
 * aliases defined by one line apply to the next, as in bash (mirrors the grammar of bash's
 * parse.y: list, and_or, pipeline, command, if/for/while/until, { }, ( ), redirections).
 */
import type { AndOr, Assign, Cmd, List, Pipeline, Redir, RedirOp, Word } from './ast';
import { lex, type Token } from './lexer';

/** One step of parsing: a command to run, a syntax error, input that needs more lines, or the end. */
export type ParseStep =
  | { kind: 'command'; list: List }
  | { kind: 'error'; message: string }
  | { kind: 'incomplete'; message: string }
  | { kind: 'end' };

/** Deepest nesting of compound commands the parser accepts before giving up cleanly. */
export const MAX_NESTING = 100;

const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'for', 'while', 'until', 'do', 'done', '{', '}', '!', 'in', 'case', 'esac', 'function', 'select', 'time', '[[', ']]']);
const REDIR_OPS = new Set(['>', '>>', '>|', '<', '<>', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Thrown inside the parser only, caught by `next()`; never escapes. */
class Stop extends Error {
  constructor(readonly step: ParseStep) {
    super(step.kind);
  }
}

export class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private tokens: Token[], private readonly alias: (name: string) => string | undefined) {}

  /** Parses the next complete command (up to a newline at top level). */
  next(): ParseStep {
    while (this.peek().k === 'nl') this.pos++;
    const tok = this.peek();
    if (tok.k === 'eof') return { kind: 'end' };
    try {
      const list = this.list(new Set(), true);
      const end = this.peek();
      if (end.k === 'nl') this.pos++;
      else if (end.k !== 'eof') this.fail(end);
      return { kind: 'command', list };
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      if (e.step.kind === 'error') this.skipLine();
      else this.pos = this.tokens.length - 1;
      return e.step;
    }
  }

  private peek(): Token {
    return this.tokens[this.pos] ?? { k: 'eof', line: 0 };
  }

  private skipLine(): void {
    while (this.pos < this.tokens.length - 1 && this.peek().k !== 'nl') this.pos++;
  }

  private fail(tok: Token): never {
    if (tok.k === 'eof') this.incomplete();
    if (tok.k === 'unterminated' && tok.missing === '') throw new Stop({ kind: 'error', message: `maximum nesting level exceeded (${MAX_NESTING})` });
    if (tok.k === 'unterminated') throw new Stop({ kind: 'incomplete', message: `unexpected EOF while looking for matching \`${tok.missing}'` });
    const text = tok.k === 'nl' ? 'newline' : tok.k === 'op' ? tok.v : tok.word.raw;
    throw new Stop({ kind: 'error', message: `syntax error near unexpected token \`${text}'` });
  }

  private incomplete(): never {
    const tok = this.tokens[this.tokens.length - 2];
    if (tok?.k === 'unterminated') this.fail(tok);
    throw new Stop({ kind: 'incomplete', message: 'syntax error: unexpected end of file' });
  }

  private isWord(tok: Token, ...words: string[]): boolean {
    return tok.k === 'word' && isPlain(tok.word) && words.includes(tok.word.raw);
  }

  private expectWord(word: string): void {
    if (!this.isWord(this.peek(), word)) this.fail(this.peek());
    this.pos++;
  }

  private skipNewlines(): void {
    while (this.peek().k === 'nl') this.pos++;
  }

  /** A list of and-or commands; stops before a word in `stops`, a `)`, or (top level) a newline. */
  private list(stops: Set<string>, top: boolean, allowEmpty = false): List {
    const items: AndOr[] = [];
    for (;;) {
      if (!top) this.skipNewlines();
      const tok = this.peek();
      if (tok.k === 'eof' && top) break;
      if (tok.k === 'eof' || tok.k === 'unterminated') this.fail(tok);
      if (this.isStop(tok, stops)) break;
      if (top && tok.k === 'nl') break;
      items.push(this.andOr());
      const sep = this.peek();
      if (sep.k === 'op' && (sep.v === ';' || sep.v === '&')) { this.pos++; continue; }
      if (sep.k === 'nl' || sep.k === 'eof' || this.isStop(sep, stops)) continue;
      this.fail(sep);
    }
    if (items.length === 0 && !top && !allowEmpty) this.fail(this.peek());
    return { items };
  }

  private isStop(tok: Token, stops: Set<string>): boolean {
    if (tok.k === 'op') return stops.has(tok.v);
    return tok.k === 'word' && isPlain(tok.word) && stops.has(tok.word.raw);
  }

  private andOr(): AndOr {
    const node: AndOr = { first: this.pipeline(), rest: [] };
    for (let tok = this.peek(); tok.k === 'op' && (tok.v === '&&' || tok.v === '||'); tok = this.peek()) {
      this.pos++;
      this.skipNewlines();
      node.rest.push({ op: tok.v, pipeline: this.pipeline() });
    }
    return node;
  }

  private pipeline(): Pipeline {
    const p: Pipeline = { bang: false, cmds: [], stderr: [] };
    if (this.isWord(this.peek(), '!')) { p.bang = true; this.pos++; }
    p.cmds.push(this.command());
    for (let tok = this.peek(); tok.k === 'op' && (tok.v === '|' || tok.v === '|&'); tok = this.peek()) {
      this.pos++;
      p.stderr.push(tok.v === '|&');
      this.skipNewlines();
      p.cmds.push(this.command());
    }
    return p;
  }

  private command(): Cmd {
    if (++this.depth > MAX_NESTING) throw new Stop({ kind: 'error', message: `maximum nesting level exceeded (${MAX_NESTING})` });
    try {
      this.expandAlias();
      const cmd = this.compound();
      if (!cmd) return this.simple();
      cmd.redirs = this.redirects();
      return cmd;
    } finally {
      this.depth--;
    }
  }

  /** Replaces an alias in command position by the tokens of its value (guarding against loops). */
  private expandAlias(): void {
    const seen = new Set<string>();
    for (let tok = this.peek(); tok.k === 'word' && isPlain(tok.word); tok = this.peek()) {
      const name = tok.word.raw;
      const value = RESERVED.has(name) || seen.has(name) ? undefined : this.alias(name);
      if (value === undefined) return;
      seen.add(name);
      const inserted = lex(value).tokens.filter((t) => t.k !== 'eof');
      this.tokens = [...this.tokens.slice(0, this.pos), ...inserted, ...this.tokens.slice(this.pos + 1)];
    }
  }

  private compound(): Cmd | null {
    const tok = this.peek();
    if (tok.k === 'op' && tok.v === '(') {
      this.pos++;
      const body = this.list(new Set([')']), false);
      if (!(this.peek().k === 'op' && (this.peek() as { v: string }).v === ')')) this.fail(this.peek());
      this.pos++;
      return { t: 'subshell', body, redirs: [] };
    }
    if (tok.k !== 'word' || !isPlain(tok.word)) return null;
    switch (tok.word.raw) {
      case 'if': return this.ifClause();
      case '[[': return this.condCommand();
      case 'case': return this.caseClause();
      case 'for': return this.forClause();
      case 'while': case 'until': return this.whileClause(tok.word.raw === 'until');
      case '{': {
        this.pos++;
        const body = this.list(new Set(['}']), false);
        this.expectWord('}');
        return { t: 'group', body, redirs: [] };
      }
      case 'then': case 'elif': case 'else': case 'fi': case 'do': case 'done': case '}': case 'esac': case 'in': case ';;':
        return this.fail(tok);
      default: return this.funcDef();
    }
  }

  private ifClause(): Cmd {
    this.pos++;
    const clauses: Array<{ cond: List; body: List }> = [];
    let otherwise: List | null = null;
    for (;;) {
      const cond = this.list(new Set(['then']), false);
      this.expectWord('then');
      clauses.push({ cond, body: this.list(new Set(['elif', 'else', 'fi']), false) });
      const tok = this.peek();
      this.pos++;
      if (this.isWord(tok, 'elif')) continue;
      if (this.isWord(tok, 'else')) { otherwise = this.list(new Set(['fi']), false); this.expectWord('fi'); }
      return { t: 'if', clauses, otherwise, redirs: [] };
    }
  }

  private forClause(): Cmd {
    this.pos++;
    const nameTok = this.peek();
    if (nameTok.k !== 'word') return this.fail(nameTok);
    this.pos++;
    let items: Word[] | null = null;
    this.skipSeparator();
    if (this.isWord(this.peek(), 'in')) {
      this.pos++;
      items = [];
      for (let tok = this.peek(); tok.k === 'word'; tok = this.peek()) { items.push(tok.word); this.pos++; }
      const sep = this.peek();
      if (!(sep.k === 'nl' || (sep.k === 'op' && sep.v === ';'))) this.fail(sep);
      this.pos++;
      this.skipNewlines();
    }
    this.expectWord('do');
    const body = this.list(new Set(['done']), false);
    this.expectWord('done');
    return { t: 'for', name: nameTok.word.raw, items, body, redirs: [] };
  }

  private skipSeparator(): void {
    const tok = this.peek();
    if (tok.k === 'op' && tok.v === ';') this.pos++;
    this.skipNewlines();
  }

  private whileClause(until: boolean): Cmd {
    this.pos++;
    const cond = this.list(new Set(['do']), false);
    this.expectWord('do');
    const body = this.list(new Set(['done']), false);
    this.expectWord('done');
    return { t: 'while', until, cond, body, redirs: [] };
  }

  /** `case word in [(]pattern[|pattern]…) list ;; … esac`. */
  private caseClause(): Cmd {
    this.pos++;
    const subject = this.peek();
    if (subject.k !== 'word') return this.fail(subject);
    this.pos++;
    this.skipNewlines();
    this.expectWord('in');
    const arms: Array<{ patterns: Word[]; body: List }> = [];
    for (;;) {
      this.skipNewlines();
      if (this.isWord(this.peek(), 'esac')) { this.pos++; break; }
      const open = this.peek();
      if (open.k === 'op' && open.v === '(') this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        const p = this.peek();
        if (p.k !== 'word') return this.fail(p);
        patterns.push(p.word);
        this.pos++;
        const sep = this.peek();
        this.pos++;
        if (sep.k === 'op' && sep.v === '|') continue;
        if (sep.k === 'op' && sep.v === ')') break;
        return this.fail(sep);
      }
      arms.push({ patterns, body: this.list(new Set([';;', 'esac']), false, true) });
      const end = this.peek();
      if (end.k === 'op' && end.v === ';;') { this.pos++; continue; }
      this.expectWord('esac');
      break;
    }
    return { t: 'case', word: subject.word, arms, redirs: [] };
  }

  /** `[[ expression ]]`: operators such as `&&`, `<` and `(` are words here. */
  private condCommand(): Cmd {
    this.pos++;
    const words: Word[] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.k === 'word' && isPlain(tok.word) && tok.word.raw === ']]') { this.pos++; break; }
      if (tok.k === 'word') words.push(tok.word);
      else if (tok.k === 'op' && ['&&', '||', '(', ')', '<', '>', '!'].includes(tok.v)) words.push({ raw: tok.v, parts: [{ t: 'lit', v: tok.v, q: false }] });
      else this.fail(tok);
      this.pos++;
    }
    if (words.length === 0) this.fail(this.peek());
    return { t: 'cond', words, redirs: [] };
  }

  /** `name() compound-command`; null when the word is not followed by `()`. */
  private funcDef(): Cmd | null {
    const tok = this.peek();
    const open = this.tokens[this.pos + 1];
    if (tok.k !== 'word' || open?.k !== 'op' || open.v !== '(') return null;
    const close = this.tokens[this.pos + 2];
    if (close?.k !== 'op' || close.v !== ')') return null;
    if (!NAME.test(tok.word.raw)) this.fail(open);
    this.pos += 3;
    this.skipNewlines();
    const body = this.compound();
    if (!body || body.t === 'func') return this.fail(this.peek());
    body.redirs = this.redirects();
    return { t: 'func', name: tok.word.raw, body, redirs: [] };
  }

  private simple(): Cmd {
    const start = this.peek();
    const cmd: Cmd & { t: 'simple' } = { t: 'simple', assigns: [], words: [], redirs: [], line: start.line };
    for (let tok = this.peek(); ; tok = this.peek()) {
      if (tok.k === 'word') {
        const assign = cmd.words.length === 0 ? asAssignment(tok.word) : null;
        if (assign) cmd.assigns.push(assign);
        else cmd.words.push(tok.word);
        this.pos++;
      } else if (tok.k === 'op' && REDIR_OPS.has(tok.v)) {
        cmd.redirs.push(this.redirect());
      } else break;
    }
    if (cmd.words.length + cmd.assigns.length + cmd.redirs.length === 0) this.fail(this.peek());
    const after = this.peek();
    if (after.k === 'op' && after.v === '(') this.fail(after);
    if (after.k === 'unterminated') this.fail(after);
    return cmd;
  }

  private redirects(): Redir[] {
    const out: Redir[] = [];
    for (let tok = this.peek(); tok.k === 'op' && REDIR_OPS.has(tok.v); tok = this.peek()) out.push(this.redirect());
    return out;
  }

  private redirect(): Redir {
    const tok = this.peek();
    if (tok.k !== 'op') return this.fail(tok);
    this.pos++;
    const target = this.peek();
    if (target.k !== 'word') return this.fail(target.k === 'eof' ? { k: 'nl', line: 0 } : target);
    this.pos++;
    const redir: Redir = { fd: tok.fd, op: tok.v as RedirOp, target: target.word };
    if (tok.heredoc) redir.heredoc = tok.heredoc;
    return redir;
  }
}

/** True when a word has no quotes or expansions, so it can be a keyword or an alias. */
function isPlain(word: Word): boolean {
  const p = word.parts[0];
  return word.parts.length === 1 && p?.t === 'lit' && !p.q && p.v === word.raw;
}

/** `NAME=value` or `NAME+=value` at the start of a simple command. */
function asAssignment(word: Word): Assign | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(word.raw);
  const first = word.parts[0];
  if (!m || first?.t !== 'lit' || first.q || !first.v.startsWith(m[0])) return null;
  const rest = first.v.slice(m[0].length);
  const parts = rest === '' ? word.parts.slice(1) : [{ ...first, v: rest }, ...word.parts.slice(1)];
  return { name: m[1] ?? '', append: m[2] === '+', value: { raw: word.raw.slice(m[0].length), parts } };
}
