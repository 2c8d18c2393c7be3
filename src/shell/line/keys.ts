/**
 * Decodes the raw bytes xterm.js sends from onData into keys: text, Enter, arrows and the
 * Home/End/Delete escape variants (CSI, SS3, `ESC [1~`…), Ctrl-letters, Alt-letters (ESC x)
 * and bracketed paste (`ESC [200~ … ESC [201~`).
 */

/** Keys the line editor reacts to, named as readline names its commands' usual bindings. */
export type NamedKey =
  | 'enter' | 'backspace' | 'delete' | 'tab' | 'left' | 'right' | 'up' | 'down' | 'home' | 'end'
  | 'word-left' | 'word-right' | 'kill-word-back' | 'kill-word-forward' | 'escape' | 'yank-last-arg'
  | `ctrl-${'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'k' | 'l' | 'n' | 'p' | 'r' | 's' | 't' | 'u' | 'w' | 'y' | 'z' | 'o' | 'q' | 'v' | 'x'}`;

export type Key =
  | { type: 'text'; text: string }
  | { type: 'paste'; text: string }
  | { type: 'key'; key: NamedKey };

const CTRL_LETTERS = 'abcdefgklnoprstuvwxyz';

const SEQUENCES: Record<string, NamedKey> = {
  '\x1b[A': 'up', '\x1b[B': 'down', '\x1b[C': 'right', '\x1b[D': 'left', '\x1b[H': 'home', '\x1b[F': 'end',
  '\x1bOA': 'up', '\x1bOB': 'down', '\x1bOC': 'right', '\x1bOD': 'left', '\x1bOH': 'home', '\x1bOF': 'end',
  '\x1b[1~': 'home', '\x1b[7~': 'home', '\x1b[4~': 'end', '\x1b[8~': 'end', '\x1b[3~': 'delete',
  '\x1b[1;5C': 'word-right', '\x1b[1;5D': 'word-left', '\x1b[1;3C': 'word-right', '\x1b[1;3D': 'word-left',
  '\x1b[1;2H': 'home', '\x1b[1;2F': 'end', '\x1b[1;5H': 'home', '\x1b[1;5F': 'end',
  '\x1bb': 'word-left', '\x1bf': 'word-right', '\x1bB': 'word-left', '\x1bF': 'word-right',
  '\x1bd': 'kill-word-forward', '\x1bD': 'kill-word-forward', '\x1b\x7f': 'kill-word-back', '\x1b\b': 'kill-word-back',
  '\x1b.': 'yank-last-arg', '\x1b_': 'yank-last-arg',
};

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** Splits `data` into keys. Unknown escape sequences and stray control bytes are dropped. */
export function decodeKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = (): void => { if (text) { keys.push({ type: 'text', text }); text = ''; } };
  let i = 0;
  while (i < data.length) {
    const c = data[i] ?? '';
    if (c === '\x1b') {
      flush();
      i = escape(data, i, keys);
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0x20 && code !== 0x7f) { text += c; i++; continue; }
    flush();
    const key = control(c);
    if (key) keys.push({ type: 'key', key });
    i += c === '\r' && data[i + 1] === '\n' ? 2 : 1;
  }
  flush();
  return keys;
}

function control(c: string): NamedKey | null {
  if (c === '\r' || c === '\n') return 'enter';
  if (c === '\x7f' || c === '\b') return 'backspace';
  if (c === '\t') return 'tab';
  const letter = String.fromCharCode(c.charCodeAt(0) + 96);
  return CTRL_LETTERS.includes(letter) && c.charCodeAt(0) >= 1 && c.charCodeAt(0) <= 26 ? (`ctrl-${letter}` as NamedKey) : null;
}

/** Decodes the escape sequence at `i`; returns the index after it. */
function escape(data: string, i: number, keys: Key[]): number {
  if (data.startsWith(PASTE_START, i)) {
    const end = data.indexOf(PASTE_END, i + PASTE_START.length);
    const stop = end < 0 ? data.length : end;
    keys.push({ type: 'paste', text: data.slice(i + PASTE_START.length, stop) });
    return end < 0 ? data.length : end + PASTE_END.length;
  }
  for (const len of [6, 5, 4, 3, 2]) {
    const seq = data.slice(i, i + len);
    const key = SEQUENCES[seq];
    if (key) { keys.push({ type: 'key', key }); return i + len; }
  }
  const csi = /^(\[[0-9;?<>=]*[ -/]*[@-~]|O[@-~])/.exec(data.slice(i + 1, i + 32));
  if (csi) return i + 1 + csi[0].length;
  if (i + 1 >= data.length) { keys.push({ type: 'key', key: 'escape' }); return i + 1; }
  return i + 2;
}
