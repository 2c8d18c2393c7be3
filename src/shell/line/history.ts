/** Up/Down through the shell's history with the line being typed kept as a draft (readline's history list). */

export class HistoryCursor {
  private index: number;
  private draft = '';
  /** Edits made to recalled entries, kept until the line is accepted (readline keeps them too). */
  private edits = new Map<number, string>();

  constructor(private readonly entries: () => readonly string[]) {
    this.index = entries().length;
  }

  /** Starts over at the end of the list (after a line was accepted). */
  reset(): void {
    this.index = this.entries().length;
    this.draft = '';
    this.edits.clear();
  }

  /** Moves by `dir` from the current entry, saving `current`; null when there is nothing further. */
  move(dir: -1 | 1, current: string): string | null {
    const list = this.entries();
    const next = this.index + dir;
    if (next < 0 || next > list.length) return null;
    if (this.index === list.length) this.draft = current;
    else this.edits.set(this.index, current);
    this.index = next;
    if (next === list.length) return this.draft;
    return this.edits.get(next) ?? list[next] ?? '';
  }
}
