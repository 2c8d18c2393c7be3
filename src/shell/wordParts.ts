/**
 * Parses the text of one word into literal and expansion parts, honouring bash's quoting:
 * '…' and \x are literal, "…" keeps $ and ` active, $'…' decodes escapes (mirrors bash's
 * subst.c word parsing, simplified to the expansions the lab supports).
 */
import type { ParamOp, WordPart } from './ast';
import { decodeEscapes } from './escapes';
import { MAX_SCAN_DEPTH, scanArith, scanDollar, scanDouble } from './scan';

/** How the text was quoted where it appeared: a bare word, the inside of "…", or a here-document body. */
export type PartsMode = 'word' | 'dquote' | 'heredoc';

const PARAM_OPS: ParamOp[] = [':-', ':=', ':+', ':?', '-', '=', '+', '?', '##', '#', '%%', '%', '//', '/', '^^', '^', ',,', ','];
const NAME = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])/;

class PartsBuilder {
  readonly parts: WordPart[] = [];
  lit(v: string, q: boolean): void {
    const last = this.parts[this.parts.length - 1];
    if (last?.t === 'lit' && last.q === q && v !== '') last.v += v;
    else this.parts.push({ t: 'lit', v, q });
  }
}

let depth = 0;

/** Parses `raw` (already delimited by the lexer) into parts; nesting past the scanner's limit is a bad substitution. */
export function parseParts(raw: string, mode: PartsMode): WordPart[] {
  if (depth >= MAX_SCAN_DEPTH) return [{ t: 'bad', raw }];
  depth++;
  try {
    return parsePartsAt(raw, mode);
  } finally {
    depth--;
  }
}

function parsePartsAt(raw: string, mode: PartsMode): WordPart[] {
  const b = new PartsBuilder();
  const q = mode !== 'word';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i] ?? '';
    if (c === '\\') { i = backslash(b, raw, i, mode); continue; }
    if (c === '$') { i = dollar(b, raw, i, q); continue; }
    if (c === '`') { i = backquote(b, raw, i, q); continue; }
    if (mode === 'word' && c === "'") {
      const end = raw.indexOf("'", i + 1);
      const stop = end < 0 ? raw.length : end;
      b.parts.push({ t: 'lit', v: raw.slice(i + 1, stop), q: true });
      i = stop + 1;
      continue;
    }
    if (mode === 'word' && c === '"') {
      const r = scanDouble(raw, i + 1);
      const end = r.ok ? r.end : raw.length + 1;
      const inner = parseParts(raw.slice(i + 1, end - 1), 'dquote');
      if (inner.length === 0) b.parts.push({ t: 'lit', v: '', q: true });
      for (const p of inner) if (p.t === 'lit') b.lit(p.v, true); else b.parts.push(p);
      i = end;
      continue;
    }
    b.lit(c, q);
    i++;
  }
  return b.parts;
}

function backslash(b: PartsBuilder, raw: string, i: number, mode: PartsMode): number {
  const d = raw[i + 1];
  if (d === undefined) { b.lit('\\', mode !== 'word'); return i + 1; }
  if (d === '\n') return i + 2;
  const special = mode === 'word' || '$`\\'.includes(d) || (mode === 'dquote' && d === '"');
  if (special) { b.lit(d, true); return i + 2; }
  b.lit('\\', true);
  return i + 1;
}

function backquote(b: PartsBuilder, raw: string, i: number, q: boolean): number {
  let j = i + 1;
  let src = '';
  while (j < raw.length && raw[j] !== '`') {
    if (raw[j] === '\\' && j + 1 < raw.length && '\\`$'.includes(raw[j + 1] ?? '')) j++;
    src += raw[j];
    j++;
  }
  b.parts.push({ t: 'cmd', src, q });
  return j + 1;
}

function dollar(b: PartsBuilder, raw: string, i: number, q: boolean): number {
  const d = raw[i + 1] ?? '';
  if (d === '(') {
    const r = scanDollar(raw, i);
    const end = r.ok ? r.end : raw.length;
    const arith = raw[i + 2] === '(' ? scanArith(raw, i + 3) : null;
    if (arith?.ok && arith.end === end) b.parts.push({ t: 'arith', src: raw.slice(i + 3, end - 2), q });
    else b.parts.push({ t: 'cmd', src: raw.slice(i + 2, end - 1), q });
    return end;
  }
  if (d === '{') {
    const r = scanDollar(raw, i);
    const end = r.ok ? r.end : raw.length;
    b.parts.push(parseParam(raw.slice(i + 2, end - 1), q));
    return end;
  }
  if (!q && d === "'") {
    const r = scanDollar(raw, i);
    const end = r.ok ? r.end : raw.length;
    b.parts.push({ t: 'lit', v: decodeEscapes(raw.slice(i + 2, end - 1), 'ansi').text, q: true });
    return end;
  }
  if (!q && d === '"') return i + 1;
  const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9?$#@*!-]/.exec(raw.slice(i + 1));
  if (!m) { b.lit('$', q); return i + 1; }
  b.parts.push({ t: 'var', name: m[0], op: '', arg: [], q });
  return i + 1 + m[0].length;
}

/** Parses the inside of `${…}`: `name`, `#name`, or `name` + operator + word. */
function parseParam(inner: string, q: boolean): WordPart {
  const bad: WordPart = { t: 'bad', raw: '${' + inner + '}' };
  if (inner.startsWith('#') && inner.length > 1) {
    const m = NAME.exec(inner.slice(1));
    return m && m[0].length === inner.length - 1 ? { t: 'var', name: m[0], op: 'len', arg: [], q } : bad;
  }
  const m = NAME.exec(inner);
  if (!m) return bad;
  const rest = inner.slice(m[0].length);
  if (rest === '') return { t: 'var', name: m[0], op: '', arg: [], q };
  const op = PARAM_OPS.find((o) => rest.startsWith(o));
  if (!op) return bad;
  const arg = parseParts(rest.slice(op.length), 'word').map((p) => (q && 'q' in p ? { ...p, q: true } : p));
  return { t: 'var', name: m[0], op, arg, q };
}
