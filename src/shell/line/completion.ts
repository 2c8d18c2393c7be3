/**
 * Tab in the editor, as readline does it: a single candidate is inserted (with a space, or
 * nothing after a directory's `/`); several insert their common prefix; when there is nothing
 * more to insert, the second Tab lists them in columns (readline's rl_display_match_list).
 */
import type { Shell } from '../shell';
import type { LineState } from './lineBuffer';

export interface TabResult {
  line?: LineState;
  /** How many candidates the list has (readline asks before showing 100 or more). */
  count?: number;
  /** Text to print below the line (the candidate list), already with \r\n line ends. */
  list?: string;
  bell: boolean;
}

/** Applies Tab to `line`; `second` is true when the previous key was Tab too. */
export function completeAt(shell: Shell, line: LineState, second: boolean, width: number): TabResult {
  const c = shell.complete(line.text, line.cursor);
  const current = line.text.slice(c.from, c.to);
  if (c.candidates.length === 0) return { bell: true };
  const replace = (insert: string): LineState => ({
    text: line.text.slice(0, c.from) + insert + line.text.slice(c.to),
    cursor: c.from + insert.length,
  });
  if (c.candidates.length === 1) {
    const only = c.candidates[0] ?? '';
    const after = line.text.slice(c.to);
    const suffix = only.endsWith('/') || after.startsWith(' ') ? '' : ' ';
    const next = replace(only + suffix);
    return { line: after.startsWith(' ') && !only.endsWith('/') ? { ...next, cursor: next.cursor + 1 } : next, bell: false };
  }
  const prefix = commonPrefix(c.candidates);
  if (prefix.length > current.length) return { line: replace(prefix), bell: false };
  if (!second) return { bell: true };
  return { list: columns(c.display ?? c.candidates, width), count: c.candidates.length, bell: false };
}

function commonPrefix(words: readonly string[]): string {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** readline's layout: width of the longest + 2, as many columns as fit, filled top to bottom. */
export function columns(items: readonly string[], width: number): string {
  const max = Math.max(...items.map((s) => s.length)) + 2;
  let limit = Math.floor(width / max);
  if (limit !== 1 && limit * max === width) limit--;
  if (limit <= 0) limit = 1;
  const rows = Math.ceil(items.length / limit);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let row = '';
    for (let col = 0; col < limit; col++) {
      const item = items[col * rows + r];
      if (item === undefined) break;
      const last = col === limit - 1 || items[(col + 1) * rows + r] === undefined;
      row += last ? item : item.padEnd(max);
    }
    out += row + '\r\n';
  }
  return out;
}
