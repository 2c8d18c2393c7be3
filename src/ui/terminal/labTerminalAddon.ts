/**
 * The xterm addon that connects a terminal to the lab session's line editor: raw bytes
 * from `onData` go to the session, the session draws back through `write`, and a resize
 * tells the line editor the new width. No xterm below ui/: the session only sees
 * TerminalOutput. Mirrors the ITerminalAddon pattern of xterm's own addons (attach, fit).
 */
import type { IDisposable, ITerminalAddon, Terminal } from '@xterm/xterm';
import type { Session, TerminalLink } from '../../lab/types';

export class LabTerminalAddon implements ITerminalAddon {
  private link: TerminalLink | null = null;
  private readonly disposables: IDisposable[] = [];

  constructor(private readonly session: Pick<Session, 'attachTerminal'>) {}

  /** Called by `terminal.loadAddon`: attaches the session and wires input and resize. */
  activate(term: Terminal): void {
    const link = this.session.attachTerminal({
      write: (data) => term.write(data),
      columns: () => term.cols,
    });
    this.link = link;
    this.disposables.push(
      term.onData((data) => link.input(data)),
      term.onResize(({ cols }) => link.resize(cols)),
    );
  }

  /** Feeds bytes as if typed (used by buttons that run a command at the prompt). */
  input(data: string): void {
    this.link?.input(data);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.link?.dispose();
    this.link = null;
  }
}
