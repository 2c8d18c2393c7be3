import xtermHeadless from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { editorHarness } from '../testing/editorHarness';
import { testShell } from '../testing/session';

const { Terminal } = xtermHeadless;

/** An @xterm/headless terminal as the editor's output, with a way to read the screen. */
function xterm(cols = 40, rows = 12): { output: { write(d: string): void; columns(): number }; screen(): Promise<string[]>; cursor(): Promise<[number, number]> } {
  const term = new Terminal({ cols, rows, allowProposedApi: true });
  let pending: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => { await pending; };
  return {
    output: { write: (d) => { pending = pending.then(() => new Promise((r) => term.write(d, r))); }, columns: () => cols },
    screen: async () => {
      await flush();
      const b = term.buffer.active;
      const lines: string[] = [];
      for (let i = 0; i < b.length; i++) lines.push((b.getLine(i)?.translateToString(true) ?? '').trimEnd());
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      return lines;
    },
    cursor: async () => {
      await flush();
      return [term.buffer.active.cursorY, term.buffer.active.cursorX];
    },
  };
}

function setup(opts: { cols?: number; files?: Record<string, string> } = {}) {
  const t = testShell({ files: opts.files ?? {}, columns: opts.cols ?? 40 });
  const x = xterm(opts.cols ?? 40);
  const h = editorHarness(t.shell, x.output);
  h.editor.showPrompt();
  const type = async (data: string): Promise<void> => { h.editor.input(data); await h.idle(); };
  return { t, x, h, type };
}

const P = 'controlplane:~$ ';

describe('line editor on @xterm/headless', () => {
  it('runs a typed line and shows its output and a new prompt', async () => {
    const { x, type } = setup();
    await type('echo hi\r');
    expect(await x.screen()).toEqual([`${P}echo hi`, 'hi', P.trimEnd()]);
    expect(await x.cursor()).toEqual([2, P.length]);
  });

  it('inserts in the middle after Left, and Home/End jump', async () => {
    const { x, h, type } = setup();
    await type('ech hi\x1b[D\x1b[D\x1b[Do');
    await type('\x1b[HX\x1bOFY');
    expect(await x.screen()).toEqual([`${P}Xecho hiY`]);
    await type('\x01\x1b[3~\x05\x7f\r');
    expect(h.runs).toEqual(['echo hi']);
  });

  it('wraps a long line past the width and edits it in place', async () => {
    const { x, type } = setup({ cols: 20 });
    const long = 'echo ' + 'abcdefghij'.repeat(3);
    await type(long);
    expect(await x.screen()).toEqual([(P + long).slice(0, 20), (P + long).slice(20, 40), (P + long).slice(40)]);
    await type('\x01\x1b[C\x1b[C\x1b[C\x1b[C\x1b[CZ');
    expect(await x.screen()).toEqual([(P + 'echo Z' + long.slice(5)).slice(0, 20), (P + 'echo Z' + long.slice(5)).slice(20, 40), (P + 'echo Z' + long.slice(5)).slice(40)]);
    expect(await x.cursor()).toEqual([1, (P.length + 6) % 20]);
    await type('\r');
    expect((await x.screen())[3]).toBe('Z' + 'abcdefghij'.repeat(3).slice(0, 19));
  });

  it('kills and yanks: Ctrl-W, Ctrl-Y, Ctrl-U, Ctrl-K', async () => {
    const { x, type } = setup();
    await type('echo hello world\x17');
    expect((await x.screen())[0]).toBe(`${P}echo hello`);
    await type('\x19');
    expect((await x.screen())[0]).toBe(`${P}echo hello world`);
    await type('\x1bb\x0b');
    expect((await x.screen())[0]).toBe(`${P}echo hello`);
    await type('\x15');
    expect((await x.screen())[0]).toBe(P.trimEnd());
  });

  it('Alt-B and Alt-F move by words', async () => {
    const { x, type } = setup();
    await type('one two three\x1bb\x1bbX\x1bf\x1bfY');
    expect((await x.screen())[0]).toBe(`${P}one Xtwo threeY`);
  });

  it('Up and Down walk the history and keep the draft', async () => {
    const { x, type } = setup();
    await type('echo one\recho two\rdraft');
    await type('\x1b[A');
    expect((await x.screen()).at(-1)).toBe(`${P}echo two`);
    await type('\x1b[A\x1b[A');
    expect((await x.screen()).at(-1)).toBe(`${P}echo one`);
    await type('\x1b[B\x1b[B');
    expect((await x.screen()).at(-1)).toBe(`${P}draft`);
  });

  it('Ctrl-R searches backwards and Enter runs the match', async () => {
    const { x, h, type } = setup({ cols: 60 });
    await type('echo alpha\recho beta\r\x12alp');
    expect((await x.screen()).at(-1)).toBe("(reverse-i-search)`alp': echo alpha");
    await type('zz');
    expect((await x.screen()).at(-1)).toBe("(failed reverse-i-search)`alpzz': echo alpha");
    await type('\x7f\x7f\r');
    expect(h.runs.at(-1)).toBe('echo alpha');
  });

  it('Ctrl-G leaves the search and restores the line', async () => {
    const { x, type } = setup();
    await type('echo alpha\rtyped\x12alp\x07');
    expect((await x.screen()).at(-1)).toBe(`${P}typed`);
  });

  it('Tab completes a unique name with a space, a common prefix, lists on the next Tab, rings when nothing matches', async () => {
    const { x, type } = setup({ files: { 'web.yaml': '', 'web2.yaml': '', 'dir/a': '' } });
    await type('hist\t');
    expect((await x.screen())[0]).toBe(`${P}history`);
    expect(await x.cursor()).toEqual([0, P.length + 'history '.length]);
    await type('\x15cat we\t');
    expect((await x.screen())[0]).toBe(`${P}cat web`);
    await type('\t');
    expect(await x.screen()).toEqual([`${P}cat web`, 'web.yaml   web2.yaml', `${P}cat web`]);
    await type('\x15cat d\x7f\tx\t\t');
    expect((await x.screen()).at(-1)).toBe(`${P}cat x`);
    await type('\x15cd d\t');
    expect((await x.screen()).at(-1)).toBe(`${P}cd dir/`);
  });

  it('asks before listing 100 or more candidates, as readline does', async () => {
    const files = Object.fromEntries(Array.from({ length: 120 }, (_v, i) => [`f${String(i).padStart(3, '0')}`, '']));
    const { x, type } = setup({ cols: 80, files });
    await type('cat f\t\t');
    expect((await x.screen()).slice(-2)).toEqual([`${P}cat f`, 'Display all 120 possibilities? (y or n)']);
    await type('n');
    expect((await x.screen()).slice(-2)).toEqual(['Display all 120 possibilities? (y or n)', `${P}cat f`]);
    await type('\ty');
    const screen = await x.screen();
    expect(screen.at(-1)).toBe(`${P}cat f`);
    expect(screen.at(-2)?.startsWith('f0')).toBe(true);
  });

  it('continuation lines get the PS2 prompt and run together', async () => {
    const { x, h, type } = setup();
    await type('for i in 1 2\r');
    expect((await x.screen()).at(-1)).toBe('>');
    await type('do echo $i\rdone\r');
    expect(h.runs).toEqual(['for i in 1 2\ndo echo $i\ndone']);
    expect(await x.screen()).toEqual([`${P}for i in 1 2`, '> do echo $i', '> done', '1', '2', P.trimEnd()]);
  });

  it('a multi-line paste runs each line in order', async () => {
    const { h, type } = setup();
    await type('\x1b[200~echo a\recho b\r\x1b[201~');
    await type('');
    expect(h.runs).toEqual(['echo a', 'echo b']);
  });

  it('Ctrl-C on a line drops it and prompts again', async () => {
    const { x, h, type } = setup();
    await type('echo never\x03');
    expect(await x.screen()).toEqual([`${P}echo never^C`, P.trimEnd()]);
    expect(h.runs).toEqual([]);
  });

  it('Ctrl-D on an empty line answers as bash with ignoreeof', async () => {
    const { x, type } = setup();
    await type('\x04');
    expect(await x.screen()).toEqual([P.trimEnd(), 'Use "exit" to leave the shell.', P.trimEnd()]);
  });

  it('Ctrl-L clears the screen and redraws the line at the top', async () => {
    const { x, type } = setup();
    await type('echo a\recho b\x0c');
    expect((await x.screen()).filter(Boolean)).toEqual([`${P}echo b`]);
  });

  it('control characters in a paste show in caret notation', async () => {
    const { x, type } = setup();
    await type('\x1b[200~a\x01b\x1b[201~');
    expect((await x.screen())[0]).toBe(`${P}a^Ab`);
  });
});

describe('line editor while a command runs', () => {
  it('forwards Ctrl-C, prints ^C, buffers type-ahead and replays it at the next prompt', async () => {
    const t = testShell();
    const x = xterm();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => { release = r; });
    const h = editorHarness(t.shell, x.output, () => gate);
    h.editor.showPrompt();
    h.editor.input('sleep 5\r');
    expect(h.editor.busy()).toBe(true);
    h.editor.input('ech');
    h.editor.input('\x03');
    h.editor.input('echo later\r');
    expect(h.interrupts).toBe(1);
    release();
    await h.idle();
    expect(h.runs).toEqual(['sleep 5', 'echo later']);
    expect(await x.screen()).toEqual([`${P}sleep 5`, '^C', `${P}echo later`, 'later', P.trimEnd()]);
  });
});
