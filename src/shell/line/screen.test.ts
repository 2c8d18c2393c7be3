import { describe, expect, it } from 'vitest';
import { Screen, visible } from './screen';

/** A fake TerminalOutput that records what the editor writes. */
function fake(columns: number): { out: { write(d: string): void; columns(): number }; writes: string[] } {
  const writes: string[] = [];
  return { out: { write: (d) => { writes.push(d); }, columns: () => columns }, writes };
}

describe('Screen on a fake terminal', () => {
  it.each([
    { name: 'a short line: prompt, text, clear to end, cursor to column', cols: 80, text: 'ls', cursor: 2, want: ['\r$ ls\x1b[J\r\x1b[4C'] },
    { name: 'cursor moved left', cols: 80, text: 'ls -l', cursor: 1, want: ['\r$ ls -l\x1b[J\r\x1b[3C'] },
    { name: 'cursor at column 0 of the second row', cols: 4, text: 'abcde', cursor: 2, want: ['\r$ abcde\x1b[J\r'] },
    { name: 'a wrapped line ending at the margin', cols: 4, text: 'abcdef', cursor: 2, want: ['\r$ abcdef \r\x1b[J\x1b[1A\r'] },
    { name: 'text ending exactly at the margin leaves the pending-wrap state', cols: 4, text: 'ab', cursor: 2, want: ['\r$ ab \r\x1b[J\r'] },
  ])('$name', ({ cols, text, cursor, want }) => {
    const f = fake(cols);
    new Screen(f.out).draw('$ ', text, cursor);
    expect(f.writes).toEqual(want);
  });

  it('redraws from the row where the prompt starts', () => {
    const f = fake(4);
    const s = new Screen(f.out);
    s.draw('$ ', 'abcdef', 6);
    s.draw('$ ', 'abcdefg', 7);
    expect(f.writes[1]).toBe('\x1b[2A\r$ abcdefg\x1b[J\r\x1b[1C');
  });

  it('leaves below a wrapped line with one newline', () => {
    const f = fake(4);
    const s = new Screen(f.out);
    s.draw('$ ', 'abcde', 0);
    s.leave('$ ', 'abcde');
    expect(f.writes[1]).toBe('\x1b[1B\r\n');
  });

  it('shows control characters in caret notation', () => {
    expect(visible('a\x01b\x7f')).toBe('a^Ab^?');
  });
});
