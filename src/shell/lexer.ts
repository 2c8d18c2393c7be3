/**
 * Turns shell input into tokens: words, operators, newlines and here-document bodies
 * (mirrors the token reader of bash's parse.y: read_token, shell_getc's here-document handling).
 */
import type { HereDoc, Word } from './ast';
import { scanWordEnd } from './scan';
import { parseParts } from './wordParts';

export type Token =
  | { k: 'word'; word: Word; line: number }
  | { k: 'op'; v: string; fd: number | null; line: number; heredoc?: HereDoc }
  | { k: 'nl'; line: number }
  | { k: 'eof'; line: number }
  /** Input ended inside a quote or expansion: `missing` is the closing character bash looked for. */
  | { k: 'unterminated'; missing: string; line: number };

/** The tokens, and whether the input stops in the middle of something (a quote, `\`, a here-document). */
export interface LexResult { tokens: Token[]; open: boolean }

const OPERATORS = ['&&', '||', ';;', '|&', '&>>', '&>', '>>', '>|', '>&', '<<<', '<<-', '<<', '<&', '<>', ';', '&', '|', '(', ')', '<', '>'];

/** Lexes the whole input. Never throws; an unterminated construct becomes an `unterminated` token. */
export function lex(src: string): LexResult {
  const tokens: Token[] = [];
  const pending: HereDoc[] = [];
  let expectDelim: HereDoc | null = null;
  let open = false;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === '\\' && i + 1 === src.length) { open = true; break; }
    if (c === '#') { const nl = src.indexOf('\n', i); i = nl < 0 ? src.length : nl; continue; }
    if (c === '\n') {
      tokens.push({ k: 'nl', line });
      i++;
      line++;
      for (const hd of pending.splice(0)) {
        const r = readHereDoc(src, i, hd);
        line += countLines(src.slice(i, r));
        i = r;
        if (!hd.complete) open = true;
      }
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (op) {
      const tok: Token = { k: 'op', v: op, fd: null, line };
      if (op === '<<' || op === '<<-') {
        expectDelim = { delim: '', quoted: false, stripTabs: op === '<<-', body: '', line, complete: false };
        tok.heredoc = expectDelim;
      }
      tokens.push(tok);
      i += op.length;
      continue;
    }
    const r = scanWordEnd(src, i);
    if (!r.ok) { tokens.push({ k: 'unterminated', missing: r.missing, line }); open = true; i = src.length; break; }
    const raw = src.slice(i, r.end);
    const next = src[r.end] ?? '';
    if (/^[0-9]+$/.test(raw) && (next === '<' || next === '>')) {
      const opAfter = OPERATORS.find((o) => src.startsWith(o, r.end)) ?? next;
      const tok: Token = { k: 'op', v: opAfter, fd: Number(raw), line };
      if (opAfter === '<<' || opAfter === '<<-') {
        expectDelim = { delim: '', quoted: false, stripTabs: opAfter === '<<-', body: '', line, complete: false };
        tok.heredoc = expectDelim;
      }
      tokens.push(tok);
      i = r.end + opAfter.length;
      continue;
    }
    tokens.push({ k: 'word', word: { raw, parts: parseParts(raw, 'word') }, line });
    line += countLines(raw);
    if (expectDelim) {
      expectDelim.delim = unquote(raw);
      expectDelim.quoted = /['"\\]/.test(raw);
      pending.push(expectDelim);
      expectDelim = null;
    }
    i = r.end;
  }
  if (pending.length > 0 || expectDelim) open = true;
  tokens.push({ k: 'eof', line });
  return { tokens, open };
}

/** Reads a here-document body starting at `i`; returns the index after its delimiter line. */
function readHereDoc(src: string, i: number, hd: HereDoc): number {
  let pos = i;
  while (pos < src.length) {
    const nl = src.indexOf('\n', pos);
    const end = nl < 0 ? src.length : nl;
    let text = src.slice(pos, end);
    if (hd.stripTabs) text = text.replace(/^\t+/, '');
    pos = nl < 0 ? src.length : nl + 1;
    if (text === hd.delim) { hd.complete = true; return pos; }
    hd.body += text + '\n';
  }
  return pos;
}

function countLines(s: string): number {
  let n = 0;
  for (const ch of s) if (ch === '\n') n++;
  return n;
}

/** Removes quotes from a here-document delimiter (`'EOF'` → `EOF`). */
function unquote(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (c === "'" || c === '"') continue;
    if (c === '\\') { out += raw[i + 1] ?? ''; i++; continue; }
    out += c;
  }
  return out;
}
