/**
 * Go's text/tabwriter (the elastic-tabstop algorithm) for the settings kubectl uses:
 * `get` tables (minwidth 6, padding 3) and `describe` (minwidth 0, padding 2), padchar ' '.
 * Mirrors go/src/text/tabwriter/tabwriter.go (and github.com/liggitt/tabwriter's RememberWidths)
 * format/writeLines: a column block is a run of
 * consecutive lines that have a cell in that column; a line with fewer cells ends it.
 */

export interface TabwriterOptions {
  minwidth: number;
  padding: number;
  /**
   * liggitt/tabwriter's RememberWidths, as kubectl get --watch uses it: column widths seen in
   * earlier flushes are kept as minimums, so watch rows line up with the first table.
   */
  remembered?: number[];
}

/** Settings of cli-runtime's printers.GetNewTabWriter (kubectl get). */
export const TABLE_TABWRITER: TabwriterOptions = { minwidth: 6, padding: 3 };
/** Settings of kubectl describe's tabbedString. */
export const DESCRIBE_TABWRITER: TabwriterOptions = { minwidth: 0, padding: 2 };

const width = (s: string): number => [...s].length;

function formatBlock(lines: string[][], widths: number[], line0: number, line1: number, opts: TabwriterOptions, out: string[]): void {
  const column = widths.length;
  let start = line0;
  for (let i = line0; i < line1; i++) {
    if (column >= (lines[i]?.length ?? 0) - 1) continue;
    writeLines(lines, widths, start, i, out);
    start = i;
    let w = opts.minwidth;
    let j = i;
    for (; j < line1; j++) {
      const cells = lines[j] ?? [];
      if (column >= cells.length - 1) break;
      w = Math.max(w, width(cells[column] ?? '') + opts.padding);
    }
    const memo = opts.remembered;
    if (memo) { w = Math.max(w, memo[column] ?? 0); memo[column] = w; }
    widths.push(w);
    formatBlock(lines, widths, start, j, opts, out);
    widths.pop();
    start = j;
    i = j - 1;
  }
  writeLines(lines, widths, start, line1, out);
}

function writeLines(lines: string[][], widths: number[], from: number, to: number, out: string[]): void {
  for (let i = from; i < to; i++) {
    const cells = lines[i] ?? [];
    let text = '';
    for (const [j, c] of cells.entries()) {
      text += c;
      const w = widths[j];
      if (j < widths.length && w !== undefined) text += ' '.repeat(Math.max(0, w - width(c)));
    }
    out.push(text);
  }
}

/** Aligns tab-separated text; returns the text with tabs replaced by space padding. */
export function tabwrite(text: string, opts: TabwriterOptions): string {
  const endsWithNewline = text.endsWith('\n');
  const rawLines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  const lines = rawLines.map((l) => l.split('\t'));
  const out: string[] = [];
  formatBlock(lines, [], 0, lines.length, opts, out);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}
