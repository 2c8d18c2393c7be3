/**
 * Brace expansion, the first expansion bash performs: `{a,b,c}`, `{1..5}`, `{01..10}`,
 * `{a..e}`, `{1..10..2}`, nested and with prefixes/suffixes, on unquoted text
 * (mirrors bash's braces.c; groups that span quotes or expansions are left alone).
 */
import type { Word, WordPart } from './ast';

/** Upper bound on the words one brace expression may produce. */
const MAX_WORDS = 100000;

/** Expands the braces of each word; words without a valid brace group are returned unchanged. */
export function expandBraces(words: readonly Word[]): Word[] {
  const out: Word[] = [];
  for (const w of words) out.push(...expandWord(w, 0));
  return out;
}

function expandWord(word: Word, depth: number): Word[] {
  if (depth > 20) return [word];
  for (const [idx, part] of word.parts.entries()) {
    if (part.t !== 'lit' || part.q) continue;
    const group = findGroup(part.v);
    if (!group) continue;
    const alts = alternatives(group.body);
    if (!alts) continue;
    const results: Word[] = [];
    for (const alt of alts.slice(0, MAX_WORDS)) {
      const lit: WordPart = { t: 'lit', v: part.v.slice(0, group.start) + alt + part.v.slice(group.end), q: false };
      const parts = [...word.parts.slice(0, idx), lit, ...word.parts.slice(idx + 1)];
      results.push(...expandWord({ raw: word.raw, parts }, depth + 1));
    }
    return results;
  }
  return [word];
}

/** The first `{…}` with matching braces in `text` (start at `{`, end after `}`). */
function findGroup(text: string): { start: number; end: number; body: string } | null {
  for (let start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
    if (text[start - 1] === '$') continue;
    let depth = 0;
    for (let j = start; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) {
        const body = text.slice(start + 1, j);
        if (alternatives(body)) return { start, end: j + 1, body };
        break;
      }
    }
  }
  return null;
}

/** `a,b,{c,d}` → top-level alternatives; `1..5[..2]` → a sequence; null when not a brace expression. */
function alternatives(body: string): string[] | null {
  const seq = /^(-?[0-9]+|[A-Za-z])\.\.(-?[0-9]+|[A-Za-z])(?:\.\.(-?[0-9]+))?$/.exec(body);
  if (seq) return sequence(seq[1] ?? '', seq[2] ?? '', seq[3]);
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of body) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === ',' && depth === 0) { parts.push(cur); cur = ''; continue; }
    cur += c;
  }
  parts.push(cur);
  return parts.length > 1 ? parts : null;
}

function sequence(from: string, to: string, stepText: string | undefined): string[] | null {
  const step = Math.abs(Number(stepText ?? 1)) || 1;
  const numeric = /^-?[0-9]+$/.test(from) && /^-?[0-9]+$/.test(to);
  if (!numeric && (/[0-9]/.test(from) || /[0-9]/.test(to))) return null;
  const a = numeric ? Number(from) : from.charCodeAt(0);
  const b = numeric ? Number(to) : to.charCodeAt(0);
  const width = numeric && (/^-?0[0-9]/.test(from) || /^-?0[0-9]/.test(to)) ? Math.max(from.length, to.length) : 0;
  const out: string[] = [];
  for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? step : -step) {
    if (out.length >= MAX_WORDS) break;
    out.push(numeric ? (v < 0 ? '-' + String(-v).padStart(width - 1, '0') : String(v).padStart(width, '0')) : String.fromCharCode(v));
  }
  return out;
}
