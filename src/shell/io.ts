/** Streams inside the executor: standard input shared by a loop's commands, and capturing writers. */
import type { Writer } from './command';

/** Standard input as a cursor over text, so `read` can take a line and `cat` the rest. */
export class Input {
  private pos = 0;
  constructor(private readonly data: string) {}

  /** Everything not yet read; marks it read. */
  takeAll(): string {
    const rest = this.data.slice(this.pos);
    this.pos = this.data.length;
    return rest;
  }

  /** The next line without its newline, or null at end of input. */
  takeLine(): { line: string; newline: boolean } | null {
    if (this.pos >= this.data.length) return null;
    const nl = this.data.indexOf('\n', this.pos);
    const end = nl < 0 ? this.data.length : nl;
    const line = this.data.slice(this.pos, end);
    this.pos = nl < 0 ? this.data.length : nl + 1;
    return { line, newline: nl >= 0 };
  }
}

/** Collects text (a pipe, or `$(…)`). */
export class BufferWriter implements Writer {
  text = '';
  write(text: string): void {
    this.text += text;
  }
}

/** Discards everything (`>/dev/null`, `>&-`). */
export const nullWriter: Writer = { write: () => undefined };
