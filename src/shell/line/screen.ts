/**
 * Draws the prompt and the line being edited, wrapping past the terminal width and moving the
 * cursor with CSI sequences relative to where it was (readline's display update, simplified to
 * a full redraw of the edited line). Control characters show in caret notation (`^C`), two cells.
 */

/** What the editor writes to: xterm in the browser, a fake or @xterm/headless in tests. */
export interface TerminalOutput {
  write(data: string): void;
  columns(): number;
}

/** Caret notation for control characters, as readline displays them. */
export function visible(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += code < 0x20 ? '^' + String.fromCharCode(code + 64) : code === 0x7f ? '^?' : c;
  }
  return out;
}

export class Screen {
  /** Row of the cursor, counted from the row where the prompt starts. */
  private row = 0;

  constructor(private readonly out: TerminalOutput) {}

  /** Redraws prompt + text from the prompt's first row and leaves the cursor at `cursor`. */
  draw(prompt: string, text: string, cursor: number): void {
    const w = Math.max(1, this.out.columns());
    const head = visible(prompt);
    const body = visible(text);
    const total = head.length + body.length;
    let s = this.row > 0 ? `\x1b[${this.row}A\r` : '\r';
    s += head + body;
    const endRow = Math.floor(total / w);
    if (total % w === 0 && total > 0) s += ' \r';
    s += '\x1b[J';
    const at = head.length + visible(text.slice(0, cursor)).length;
    const row = Math.floor(at / w);
    const col = at % w;
    if (endRow > row) s += `\x1b[${endRow - row}A`;
    s += '\r' + (col > 0 ? `\x1b[${col}C` : '');
    this.row = row;
    this.out.write(s);
  }

  /** Moves below the drawn line (after Enter or before listing completions); the next draw starts fresh. */
  leave(prompt: string, text: string): void {
    const w = Math.max(1, this.out.columns());
    const total = visible(prompt).length + visible(text).length;
    const endRow = Math.floor(total / w);
    const down = endRow - this.row;
    const wrapped = total % w === 0 && total > 0;
    this.out.write((down > 0 ? `\x1b[${down}B` : '') + (wrapped ? '\r' : '\r\n'));
    this.row = 0;
  }

  /** Forgets the position (something else was printed and the cursor is at the start of a fresh line). */
  reset(): void {
    this.row = 0;
  }
}
