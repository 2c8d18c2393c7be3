/**
 * Finds where quoted strings, `$(…)`, `${…}`, `$((…))` and backquotes end, so the lexer can
 * delimit a word before parsing it (mirrors the matching-pair scans of bash's parse.y).
 */

/**
 * Where a construct ends, or which closing character was missing (bash: `unexpected EOF while
 * looking for matching `)'`); `missing` is '' when quotes and substitutions nest too deeply.
 */
export type ScanResult = { ok: true; end: number } | { ok: false; missing: string };

/** Deepest nesting of quotes and substitutions scanned before giving up (keeps the JS stack safe). */
export const MAX_SCAN_DEPTH = 400;
let depth = 0;

/** Runs a nested scan, refusing past MAX_SCAN_DEPTH. */
function nested(scan: () => ScanResult): ScanResult {
  if (depth >= MAX_SCAN_DEPTH) return { ok: false, missing: '' };
  depth++;
  try {
    return scan();
  } finally {
    depth--;
  }
}

const METACHARS = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);

/** True for characters that end an unquoted word. */
export function isMetachar(c: string): boolean {
  return METACHARS.has(c);
}

/** Scans an unquoted word from `i`; `end` is the index of the first character after it. */
export function scanWordEnd(src: string, i: number): ScanResult {
  let j = i;
  while (j < src.length) {
    const c = src[j] ?? '';
    if (isMetachar(c)) break;
    const r = scanOne(src, j);
    if (!r.ok) return r;
    j = r.end;
  }
  return { ok: true, end: j };
}

/** Scans one character or one quoted/expansion construct starting at `j`. */
function scanOne(src: string, j: number): ScanResult {
  const c = src[j];
  if (c === '\\') return j + 1 < src.length ? { ok: true, end: j + 2 } : { ok: false, missing: '\\' };
  if (c === "'") return scanSingle(src, j + 1);
  if (c === '"') return nested(() => scanDouble(src, j + 1));
  if (c === '`') return scanBackquote(src, j + 1);
  if (c === '$') return nested(() => scanDollar(src, j));
  return { ok: true, end: j + 1 };
}

function scanSingle(src: string, i: number): ScanResult {
  const k = src.indexOf("'", i);
  return k < 0 ? { ok: false, missing: "'" } : { ok: true, end: k + 1 };
}

/** `$'…'` allows \' inside. */
function scanAnsi(src: string, i: number): ScanResult {
  for (let j = i; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === "'") return { ok: true, end: j + 1 };
  }
  return { ok: false, missing: "'" };
}

/** Scans the rest of a double-quoted string after its opening quote. */
export function scanDouble(src: string, i: number): ScanResult {
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === '"') return { ok: true, end: j + 1 };
    if (c === '\\') { j += 2; continue; }
    if (c === '`' || c === '$') {
      const r = c === '`' ? scanBackquote(src, j + 1) : nested(() => scanDollar(src, j));
      if (!r.ok) return r;
      j = r.end;
      continue;
    }
    j++;
  }
  return { ok: false, missing: '"' };
}

function scanBackquote(src: string, i: number): ScanResult {
  for (let j = i; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '`') return { ok: true, end: j + 1 };
  }
  return { ok: false, missing: '`' };
}

/** Scans a `$…` construct at `j` (the `$`). */
export function scanDollar(src: string, j: number): ScanResult {
  const d = src[j + 1];
  if (d === "'") return scanAnsi(src, j + 2);
  if (d === '"') return scanDouble(src, j + 2);
  if (d === '{') return scanBrace(src, j + 2);
  if (d !== '(') return { ok: true, end: j + 1 };
  if (src[j + 2] === '(') {
    const arith = scanArith(src, j + 3);
    if (arith) return arith;
  }
  return scanParen(src, j + 2);
}

/** Scans to the `}` closing `${`, skipping nested quotes and expansions. */
function scanBrace(src: string, i: number): ScanResult {
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === '}') return { ok: true, end: j + 1 };
    if (c === '\\') { j += 2; continue; }
    if (c === "'" || c === '"' || c === '`' || c === '$') {
      const r = scanOne(src, j);
      if (!r.ok) return r;
      j = r.end;
      continue;
    }
    j++;
  }
  return { ok: false, missing: '}' };
}

/** Scans `$((…))` after `$((`; null when the parens do not close as `))` (then it is `$( (…) )`). */
export function scanArith(src: string, i: number): ScanResult | null {
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth > 0) { depth--; continue; }
      return src[j + 1] === ')' ? { ok: true, end: j + 2 } : null;
    }
  }
  return { ok: false, missing: ')' };
}

/** Scans to the `)` closing `$(` or `(`, skipping quotes, comments and nested parens. */
export function scanParen(src: string, i: number): ScanResult {
  let depth = 1;
  let j = i;
  while (j < src.length) {
    const c = src[j] ?? '';
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return { ok: true, end: j + 1 };
    } else if (c === '#' && (j === i || /[\s;&|(]/.test(src[j - 1] ?? ''))) {
      const nl = src.indexOf('\n', j);
      if (nl < 0) break;
      j = nl;
    } else if (c === '\\' || c === "'" || c === '"' || c === '`' || c === '$') {
      const r = scanOne(src, j);
      if (!r.ok) return r;
      j = r.end;
      continue;
    }
    j++;
  }
  return { ok: false, missing: ')' };
}
