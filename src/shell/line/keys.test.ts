import { describe, expect, it } from 'vitest';
import { decodeKeys, type Key } from './keys';

const k = (key: string): Key => ({ type: 'key', key } as Key);

describe('decodeKeys', () => {
  it.each([
    { name: 'plain text is one key', data: 'echo hi', want: [{ type: 'text', text: 'echo hi' }] },
    { name: 'Enter as CR', data: '\r', want: [k('enter')] },
    { name: 'CRLF is one Enter', data: 'a\r\nb', want: [{ type: 'text', text: 'a' }, k('enter'), { type: 'text', text: 'b' }] },
    { name: 'Backspace as DEL and as ^H', data: '\x7f\b', want: [k('backspace'), k('backspace')] },
    { name: 'arrows in normal mode', data: '\x1b[A\x1b[B\x1b[C\x1b[D', want: [k('up'), k('down'), k('right'), k('left')] },
    { name: 'arrows in application mode', data: '\x1bOA\x1bOD', want: [k('up'), k('left')] },
    { name: 'Home and End, every variant', data: '\x1b[H\x1bOH\x1b[1~\x1b[7~\x1b[F\x1bOF\x1b[4~\x1b[8~', want: [k('home'), k('home'), k('home'), k('home'), k('end'), k('end'), k('end'), k('end')] },
    { name: 'Delete', data: '\x1b[3~', want: [k('delete')] },
    { name: 'Ctrl-letters', data: '\x01\x05\x0b\x15\x17\x19\x12\x03\x04\x0c', want: ['a', 'e', 'k', 'u', 'w', 'y', 'r', 'c', 'd', 'l'].map((c) => k(`ctrl-${c}`)) },
    { name: 'Alt-B and Alt-F', data: '\x1bb\x1bf', want: [k('word-left'), k('word-right')] },
    { name: 'Ctrl-arrows move by word', data: '\x1b[1;5D\x1b[1;5C', want: [k('word-left'), k('word-right')] },
    { name: 'Tab', data: '\t', want: [k('tab')] },
    { name: 'bracketed paste keeps its text whole', data: '\x1b[200~a\rb\x1b[201~', want: [{ type: 'paste', text: 'a\rb' }] },
    { name: 'unknown CSI sequences are dropped', data: '\x1b[15~x', want: [{ type: 'text', text: 'x' }] },
    { name: 'stray control bytes are dropped', data: '\x00\x1cA', want: [{ type: 'text', text: 'A' }] },
    { name: 'a lone Escape', data: '\x1b', want: [k('escape')] },
  ])('$name', ({ data, want }) => {
    expect(decodeKeys(data)).toEqual(want);
  });
});
