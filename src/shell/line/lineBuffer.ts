/** The text being edited and the cursor, with readline's motions and kills (emacs mode). */

/** An immutable line and cursor (cursor counts UTF-16 units but never splits a surrogate pair). */
export interface LineState { text: string; cursor: number }

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Steps one character left or right from `i`, treating surrogate pairs as one. */
export function stepChar(text: string, i: number, dir: -1 | 1): number {
  if (dir < 0) {
    if (i <= 0) return 0;
    const lowSurrogate = /[\uDC00-\uDFFF]/.test(text[i - 1] ?? '') && i >= 2;
    return i - (lowSurrogate ? 2 : 1);
  }
  if (i >= text.length) return text.length;
  const highSurrogate = /[\uD800-\uDBFF]/.test(text[i] ?? '');
  return i + (highSurrogate ? 2 : 1);
}

export function insert(s: LineState, str: string): LineState {
  return { text: s.text.slice(0, s.cursor) + str + s.text.slice(s.cursor), cursor: s.cursor + str.length };
}

export function backspace(s: LineState): LineState {
  const to = stepChar(s.text, s.cursor, -1);
  return { text: s.text.slice(0, to) + s.text.slice(s.cursor), cursor: to };
}

export function deleteForward(s: LineState): LineState {
  const to = stepChar(s.text, s.cursor, 1);
  return { text: s.text.slice(0, s.cursor) + s.text.slice(to), cursor: s.cursor };
}

export function moveTo(s: LineState, cursor: number): LineState {
  return { text: s.text, cursor: Math.max(0, Math.min(s.text.length, cursor)) };
}

/** readline backward-word (Alt-B): to the start of the current or previous alphanumeric word. */
export function wordLeft(s: LineState): number {
  let i = s.cursor;
  while (i > 0 && !isWordChar(s.text[i - 1])) i--;
  while (i > 0 && isWordChar(s.text[i - 1])) i--;
  return i;
}

/** readline forward-word (Alt-F): to the end of the current or next alphanumeric word. */
export function wordRight(s: LineState): number {
  let i = s.cursor;
  while (i < s.text.length && !isWordChar(s.text[i])) i++;
  while (i < s.text.length && isWordChar(s.text[i])) i++;
  return i;
}

/** readline unix-word-rubout (Ctrl-W): start of the previous whitespace-delimited word. */
export function unixWordLeft(s: LineState): number {
  let i = s.cursor;
  while (i > 0 && /\s/.test(s.text[i - 1] ?? '')) i--;
  while (i > 0 && !/\s/.test(s.text[i - 1] ?? '')) i--;
  return i;
}

/** Removes text between `from` and `to` (either order); returns the new state and the removed text. */
export function cut(s: LineState, from: number, to: number): { state: LineState; killed: string } {
  const a = Math.min(from, to);
  const b = Math.max(from, to);
  return { state: { text: s.text.slice(0, a) + s.text.slice(b), cursor: a }, killed: s.text.slice(a, b) };
}
