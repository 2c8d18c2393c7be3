/** readline's reverse-i-search (Ctrl-R): incremental search backwards through history. */
import type { LineState } from './lineBuffer';

export class ReverseSearch {
  private query = '';
  private index: number;
  private pos: number;
  private failed = false;

  constructor(private readonly entries: readonly string[], readonly original: LineState) {
    this.index = entries.length;
    this.pos = original.cursor;
  }

  /** `(reverse-i-search)`query': ` or `(failed reverse-i-search)`query': `. */
  prompt(): string {
    return `(${this.failed ? 'failed ' : ''}reverse-i-search)\`${this.query}': `;
  }

  /** The matched entry (or the original line before any match). */
  text(): string {
    return this.index < this.entries.length ? this.entries[this.index] ?? '' : this.original.text;
  }

  cursor(): number {
    return this.index < this.entries.length ? this.pos : this.original.cursor;
  }

  type(text: string): void {
    this.query += text;
    this.find(this.index < this.entries.length ? this.index : this.entries.length - 1, false);
  }

  erase(): void {
    this.query = this.query.slice(0, -1);
    this.index = this.entries.length;
    this.failed = false;
    if (this.query) this.find(this.entries.length - 1, false);
  }

  older(): void {
    if (this.query === '') return;
    this.find(this.index - 1, true);
  }

  /** Finds the newest entry at or before `from` containing the query; keeps the old match on failure. */
  private find(from: number, _older: boolean): void {
    for (let i = from; i >= 0; i--) {
      const at = (this.entries[i] ?? '').lastIndexOf(this.query);
      if (at >= 0) {
        this.index = i;
        this.pos = at;
        this.failed = false;
        return;
      }
    }
    this.failed = true;
  }
}
