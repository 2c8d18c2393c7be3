import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lex } from './lexer';
import { Parser } from './parser';
import { needsMore } from './shell';
import { testShell } from './testing/session';

/** Characters that stress the lexer: quotes, expansions, operators, control bytes. */
const shellish = fc.string({
  unit: fc.constantFrom(...'ab $(){}[]\'"`\\|&;<>!#*?~=-+/%\n\t\x00\x03\x1b'.split(''), 'if', 'then', 'fi', 'do', 'done', 'for', 'while', '<<', 'EOF', '$((', '${'),
  maxLength: 60,
});

function parseAll(src: string): number {
  const p = new Parser(lex(src).tokens, () => undefined);
  let steps = 0;
  for (;;) {
    const s = p.next();
    steps++;
    if (s.kind === 'end' || s.kind === 'incomplete' || steps > 1000) return steps;
  }
}

describe('fuzz: nothing escapes as an exception', () => {
  it('lexer and parser accept any string', () => {
    fc.assert(fc.property(fc.oneof(shellish, fc.string({ maxLength: 80 })), (src) => {
      expect(() => parseAll(src)).not.toThrow();
      expect(['complete', 'continue', 'error']).toContain(needsMore(src, () => undefined));
    }), { numRuns: 2000 });
  });

  it('the shell always resolves to a status for any input', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(shellish, fc.string({ maxLength: 80 })), async (src) => {
      const t = testShell({ files: { 'a.txt': 'x\n' } });
      const r = await t.run(src.replace(/\b(while|until)\b/g, 'if'));
      expect(Number.isInteger(r.status)).toBe(true);
      expect(r.out).not.toContain('internal error');
    }), { numRuns: 500 });
  });

  it('random byte strings run without throwing', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
      const t = testShell();
      const r = await t.run(String.fromCharCode(...bytes));
      expect(r.out).not.toContain('internal error');
    }), { numRuns: 300 });
  });
});
