import { describe, expect, it } from 'vitest';
import xtermHeadless from '@xterm/headless';
import { LabTerminalAddon } from './labTerminalAddon';
import { fakeSession } from '../test/fakeSession';

const { Terminal } = xtermHeadless;

const lines = (t: InstanceType<typeof Terminal>) => {
  const out: string[] = [];
  for (let i = 0; i < t.buffer.active.length; i++) out.push(t.buffer.active.getLine(i)?.translateToString(true) ?? '');
  return out.filter(Boolean);
};

describe('LabTerminalAddon', () => {
  it('attaches the session: prompt drawn, typed bytes reach the line editor, resize tells the width, dispose detaches', async () => {
    const session = fakeSession();
    const term = new Terminal({ cols: 80, rows: 10, allowProposedApi: true });
    const addon = new LabTerminalAddon(session);
    term.loadAddon(addon);
    term.input('ls');
    addon.input('\r');
    term.resize(100, 10);
    await new Promise<void>((r) => term.write('', r));
    expect(session.typed).toEqual(['ls', '\r']);
    expect(lines(term)).toEqual(['$ ls']);
    expect(session.calls).toContain('resize 100');
    addon.dispose();
    expect(session.calls).toContain('dispose');
    term.input('x');
    expect(session.typed).toEqual(['ls', '\r']);
  });
});
