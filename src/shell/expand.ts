/**
 * Word expansion in bash's order: tilde, parameters, command substitution, arithmetic,
 * then field splitting of unquoted results, pathname expansion and quote removal
 * (mirrors bash's subst.c expand_word_list_internal, simplified).
 */
import type { Word, WordPart } from './ast';
import { evalArith } from './arith';
import { expandBraces } from './brace';
import type { FileSystem } from './command';
import { globPaths, hasGlob, patternToRegex, toPattern, type Segment } from './glob';
import { parseParts } from './wordParts';

/** What expansion needs from the shell. */
export interface ExpandHost {
  /** A variable or special parameter (`?`, `$`, `#`, `0`…); undefined when unset. */
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  home(): string;
  fs: FileSystem;
  /** Runs `$(src)` and returns its standard output. */
  substitute(src: string): Promise<string>;
}

/** An expansion error (`bad substitution`, arithmetic, `${x:?}`): the command is not run. */
export class ExpandError extends Error {}

export type ExpandResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Expands words into fields (split and globbed), as for a command's arguments. */
export async function expandWords(words: readonly Word[], host: ExpandHost): Promise<ExpandResult<string[]>> {
  try {
    const out: string[] = [];
    for (const w of expandBraces(words)) out.push(...(await expandFields(w.parts, host, true)));
    return { ok: true, value: out };
  } catch (e) {
    if (e instanceof ExpandError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Expands one word to a single string (assignments, redirection targets, here-strings). */
export async function expandString(word: Word, host: ExpandHost): Promise<ExpandResult<string>> {
  try {
    return { ok: true, value: (await expandFields(word.parts, host, false)).join('') };
  } catch (e) {
    if (e instanceof ExpandError) return { ok: false, message: e.message };
    throw e;
  }
}

/** Expands a here-document body (unless its delimiter was quoted). */
export async function expandHereDoc(body: string, host: ExpandHost): Promise<ExpandResult<string>> {
  return expandString({ raw: body, parts: parseParts(body, 'heredoc') }, host);
}

/** Deepest nesting of `${…${…}}` and `$((…$((…))))` expanded before refusing. */
const MAX_EXPANSION_DEPTH = 100;

class Fields {
  readonly done: Segment[][] = [];
  cur: Segment[] | null = null;
  add(text: string, active: boolean): void {
    (this.cur ??= []).push({ text, active });
  }
  end(): void {
    if (this.cur) this.done.push(this.cur);
    this.cur = null;
  }
  /** Adds an unquoted expansion result, splitting it on blanks and newlines (default IFS). */
  addSplit(text: string): void {
    for (const piece of text.split(/([ \t\n]+)/)) {
      if (piece === '') continue;
      if (/^[ \t\n]+$/.test(piece)) this.end();
      else this.add(piece, true);
    }
  }
}

async function expandFields(parts: readonly WordPart[], host: ExpandHost, split: boolean, depth = 0): Promise<string[]> {
  if (depth > MAX_EXPANSION_DEPTH) throw new ExpandError(`maximum nesting level exceeded (${MAX_EXPANSION_DEPTH})`);
  const f = new Fields();
  for (const [i, part] of parts.entries()) {
    if (part.t === 'lit') {
      const text = i === 0 && !part.q ? expandTilde(part.v, host) : part.v;
      f.add(text, !part.q && split);
      continue;
    }
    const value = await expandPart(part, host, depth);
    if (part.t === 'bad' || part.q || !split) f.add(value, false);
    else f.addSplit(value);
  }
  f.end();
  if (!split) return [f.done.flat().map((s) => s.text).join('')];
  const out: string[] = [];
  for (const segs of f.done) {
    const matches = hasGlob(segs) ? globPaths(toPattern(segs), host.fs) : [];
    out.push(...(matches.length > 0 ? matches : [segs.map((s) => s.text).join('')]));
  }
  return out;
}

function expandTilde(text: string, host: ExpandHost): string {
  if (!text.startsWith('~')) return text;
  const slash = text.indexOf('/');
  const user = slash < 0 ? text.slice(1) : text.slice(1, slash);
  const rest = slash < 0 ? '' : text.slice(slash);
  if (user === '') return (host.get('HOME') ?? host.home()) + rest;
  if (user === 'root') return '/root' + rest;
  if (user === '+') return (host.get('PWD') ?? '') + rest;
  return text;
}

async function expandPart(part: Exclude<WordPart, { t: 'lit' }>, host: ExpandHost, depth: number): Promise<string> {
  switch (part.t) {
    case 'bad': throw new ExpandError(`${part.raw}: bad substitution`);
    case 'cmd': return (await host.substitute(part.src)).replace(/\n+$/, '');
    case 'arith': {
      const src = await expandArithText(part.src, host, depth);
      const r = evalArith(src, host);
      if (!r.ok) throw new ExpandError(r.message);
      return String(r.value);
    }
    case 'var': return expandParam(part, host, depth);
  }
}

/** `$((…))` text may itself contain `$x` and `$(…)`; expand those first. */
async function expandArithText(src: string, host: ExpandHost, depth: number): Promise<string> {
  if (!/[$`]/.test(src)) return src;
  return (await expandFields(parseParts(src, 'heredoc'), host, false, depth + 1)).join('');
}

async function expandParam(part: WordPart & { t: 'var' }, host: ExpandHost, depth: number): Promise<string> {
  const value = host.get(part.name);
  const arg = (): Promise<string> => expandFields(part.arg, host, false, depth + 1).then((v) => v.join(''));
  const unsetOrNull = value === undefined || (part.op.startsWith(':') && value === '');
  switch (part.op) {
    case '': return value ?? '';
    case 'len': return String([...(value ?? '')].length);
    case ':-': case '-': return unsetOrNull ? arg() : value ?? '';
    case ':+': case '+': return unsetOrNull ? '' : arg();
    case ':=': case '=': {
      if (!unsetOrNull) return value ?? '';
      if (!/^[A-Za-z_]/.test(part.name)) throw new ExpandError(`$${part.name}: cannot assign in this way`);
      const v = await arg();
      host.set(part.name, v);
      return v;
    }
    case ':?': case '?': {
      if (!unsetOrNull) return value ?? '';
      const msg = await arg();
      throw new ExpandError(`${part.name}: ${msg || 'parameter null or not set'}`);
    }
    case '#': case '##': case '%': case '%%': return trimPattern(value ?? '', await arg(), part.op);
    case '/': case '//': return substitutePattern(value ?? '', await arg(), part.op === '//');
    case '^^': return (value ?? '').toUpperCase();
    case ',,': return (value ?? '').toLowerCase();
    case '^': return (value ?? '').charAt(0).toUpperCase() + (value ?? '').slice(1);
    case ',': return (value ?? '').charAt(0).toLowerCase() + (value ?? '').slice(1);
  }
}

/** `${x#pat}` and friends: remove the shortest/longest matching prefix or suffix. */
function trimPattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const re = patternToRegex(pattern, { slash: true });
  const n = value.length;
  if (op === '#' || op === '##') {
    const lengths = op === '#' ? range(0, n) : range(0, n).reverse();
    for (const len of lengths) if (re.test(value.slice(0, len))) return value.slice(len);
    return value;
  }
  const starts = op === '%' ? range(0, n).reverse() : range(0, n);
  for (const start of starts) if (re.test(value.slice(start))) return value.slice(0, start);
  return value;
}

/** `${x/pat/rep}` and `${x//pat/rep}`: longest match, first or every occurrence. */
function substitutePattern(value: string, arg: string, all: boolean): string {
  const slash = arg.indexOf('/');
  const pattern = slash < 0 ? arg : arg.slice(0, slash);
  const rep = slash < 0 ? '' : arg.slice(slash + 1);
  if (pattern === '') return value;
  const re = patternToRegex(pattern, { slash: true });
  let out = '';
  let i = 0;
  while (i < value.length) {
    let matched = -1;
    for (let end = value.length; end > i; end--) if (re.test(value.slice(i, end))) { matched = end; break; }
    if (matched < 0) { out += value[i]; i++; continue; }
    out += rep;
    i = matched;
    if (!all) return out + value.slice(i);
  }
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
