/**
 * The line editor behind the terminal: readline's emacs keys, history, reverse search, Tab
 * completion, continuation prompts and type-ahead, drawn through a TerminalOutput port
 * (the UI adapts xterm.js to it; tests use a fake or @xterm/headless).
 */
import type { Shell } from '../shell';
import { HistoryCursor } from './history';
import { decodeKeys, type Key, type NamedKey } from './keys';
import { KillRing } from './killRing';
import * as lb from './lineBuffer';
import { completeAt } from './completion';
import { Screen, type TerminalOutput } from './screen';
import { ReverseSearch } from './search';

export type { TerminalOutput };

export interface LineEditorOptions {
  shell: Shell;
  output: TerminalOutput;
  /** Ctrl-C while a command runs. */
  interrupt: () => void;
  /** Runs an accepted input (the lab writes its output, then calls showPrompt). */
  run: (source: string) => Promise<void>;
}

export interface LineEditor {
  /** Raw bytes from xterm's onData. */
  input(data: string): void;
  /** Draws a fresh prompt (after a command finished) and replays type-ahead. */
  showPrompt(): void;
  busy(): boolean;
  dispose(): void;
}

/** Creates the editor; it is busy (buffering input) until the first showPrompt(). */
export function createLineEditor(opts: LineEditorOptions): LineEditor {
  return new Editor(opts);
}

const PS2 = '> ';
/** readline's completion-query-items: ask before listing this many candidates. */
const QUERY_ITEMS = 100;

class Editor implements LineEditor {
  private line: lb.LineState = { text: '', cursor: 0 };
  private pending: string[] = [];
  private running = true;
  private disposed = false;
  private interrupted = false;
  private typeahead: Key[] = [];
  private lastKey = '';
  private search: ReverseSearch | null = null;
  /** A candidate list waiting for the answer to `Display all N possibilities? (y or n)`. */
  private query: string | null = null;
  private readonly screen: Screen;
  private readonly kills = new KillRing();
  private readonly hist: HistoryCursor;

  constructor(private readonly opts: LineEditorOptions) {
    this.screen = new Screen(opts.output);
    this.hist = new HistoryCursor(() => opts.shell.history());
  }

  busy(): boolean {
    return this.running;
  }

  dispose(): void {
    this.disposed = true;
    this.typeahead = [];
  }

  input(data: string): void {
    if (this.disposed) return;
    for (const key of decodeKeys(data)) {
      if (!this.running) { this.handle(key); continue; }
      if (key.type === 'key' && key.key === 'ctrl-c') {
        this.typeahead = [];
        this.interrupted = true;
        this.opts.output.write('^C');
        this.opts.interrupt();
      } else this.typeahead.push(key);
    }
  }

  showPrompt(): void {
    if (this.disposed) return;
    const w = Math.max(1, this.opts.output.columns());
    this.opts.output.write((this.interrupted ? '\r\n' : '') + ' '.repeat(w) + '\r');
    this.interrupted = false;
    this.running = false;
    this.pending = [];
    this.line = { text: '', cursor: 0 };
    this.hist.reset();
    this.screen.reset();
    this.redraw();
    const keys = this.typeahead;
    this.typeahead = [];
    for (const key of keys) {
      if (this.running) this.typeahead.push(key);
      else this.handle(key);
    }
  }

  private prompt(): string {
    return this.pending.length > 0 ? PS2 : this.opts.shell.prompt();
  }

  private redraw(): void {
    if (this.search) this.screen.draw(this.search.prompt(), this.search.text(), this.search.cursor());
    else this.screen.draw(this.prompt(), this.line.text, this.line.cursor);
  }

  private handle(key: Key): void {
    const name = key.type === 'key' ? key.key : key.type;
    if (this.query !== null) return this.answerQuery(key);
    if (this.search) {
      const done = this.searchKey(key);
      if (done) return;
    }
    if (key.type === 'text') this.insert(key.text);
    else if (key.type === 'paste') this.paste(key.text);
    else this.named(key.key);
    if (name !== 'ctrl-k' && name !== 'ctrl-u' && name !== 'ctrl-w' && name !== 'kill-word-back' && name !== 'kill-word-forward') this.kills.other();
    this.lastKey = name;
  }

  private insert(text: string): void {
    this.line = lb.insert(this.line, text);
    this.redraw();
  }

  /** Pasted text: each newline accepts a line, as if typed; the rest of the paste waits its turn. */
  private paste(text: string): void {
    const parts = text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((part, i) => {
      const keys: Key[] = [];
      if (part) keys.push({ type: 'text', text: part });
      if (i < parts.length - 1) keys.push({ type: 'key', key: 'enter' });
      for (const k of keys) {
        if (this.running) this.typeahead.push(k);
        else if (k.type === 'text') this.insert(k.text);
        else if (k.type === 'key') this.named(k.key);
      }
    });
  }

  private named(key: NamedKey): void {
    const s = this.line;
    switch (key) {
      case 'enter': return this.accept();
      case 'ctrl-c': return this.cancelLine();
      case 'ctrl-d': return s.text === '' ? this.eofOnEmpty() : this.edit(lb.deleteForward(s));
      case 'backspace': return this.edit(lb.backspace(s));
      case 'delete': return this.edit(lb.deleteForward(s));
      case 'left': case 'ctrl-b': return this.edit(lb.moveTo(s, lb.stepChar(s.text, s.cursor, -1)));
      case 'right': case 'ctrl-f': return this.edit(lb.moveTo(s, lb.stepChar(s.text, s.cursor, 1)));
      case 'home': case 'ctrl-a': return this.edit(lb.moveTo(s, 0));
      case 'end': case 'ctrl-e': return this.edit(lb.moveTo(s, s.text.length));
      case 'word-left': return this.edit(lb.moveTo(s, lb.wordLeft(s)));
      case 'word-right': return this.edit(lb.moveTo(s, lb.wordRight(s)));
      case 'ctrl-u': return this.kill(0, true);
      case 'ctrl-k': return this.kill(s.text.length, false);
      case 'ctrl-w': return this.kill(lb.unixWordLeft(s), true);
      case 'kill-word-back': return this.kill(lb.wordLeft(s), true);
      case 'kill-word-forward': return this.kill(lb.wordRight(s), false);
      case 'ctrl-y': return this.edit(lb.insert(s, this.kills.yank()));
      case 'yank-last-arg': return this.edit(lb.insert(s, lastArg(this.opts.shell.history())));
      case 'up': case 'ctrl-p': return this.recall(-1);
      case 'down': case 'ctrl-n': return this.recall(1);
      case 'ctrl-l': return this.clearScreen();
      case 'ctrl-r': case 'ctrl-s': return this.startSearch();
      case 'tab': return this.complete();
      case 'ctrl-t': return this.transpose();
      default: return undefined;
    }
  }

  private edit(next: lb.LineState): void {
    this.line = next;
    this.redraw();
  }

  private kill(to: number, backward: boolean): void {
    const r = lb.cut(this.line, this.line.cursor, to);
    this.kills.kill(r.killed, backward);
    this.edit(r.state);
  }

  private transpose(): void {
    const { text, cursor } = this.line;
    if (text.length < 2 || cursor === 0) return;
    const at = cursor === text.length ? cursor - 1 : cursor;
    const swapped = text.slice(0, at - 1) + (text[at] ?? '') + (text[at - 1] ?? '') + text.slice(at + 1);
    this.edit({ text: swapped, cursor: at + 1 });
  }

  private recall(dir: -1 | 1): void {
    const entry = this.hist.move(dir, this.line.text);
    if (entry === null) return;
    this.edit({ text: entry, cursor: entry.length });
  }

  private accept(): void {
    const text = this.line.text;
    this.screen.draw(this.prompt(), text, text.length);
    this.screen.leave(this.prompt(), text);
    const source = [...this.pending, text].join('\n');
    if (this.pending.length === 0 && text.trim() === '') return this.freshPrompt();
    if (this.opts.shell.needsMore(source) === 'continue') {
      this.pending.push(text);
      this.line = { text: '', cursor: 0 };
      return this.redraw();
    }
    this.pending = [];
    this.line = { text: '', cursor: 0 };
    this.running = true;
    this.hist.reset();
    this.opts.run(source).catch(() => { if (this.running) this.showPrompt(); });
  }

  private freshPrompt(): void {
    this.pending = [];
    this.line = { text: '', cursor: 0 };
    this.hist.reset();
    this.screen.reset();
    this.redraw();
  }

  /** Ctrl-C while editing: bash shows `^C`, drops the line (and any continuation) and prompts again. */
  private cancelLine(): void {
    this.screen.draw(this.prompt(), this.line.text, this.line.text.length);
    this.opts.output.write('^C');
    this.screen.leave(this.prompt(), this.line.text + '^C');
    this.freshPrompt();
  }

  /** Ctrl-D on an empty line: the lab's shell cannot end, so it answers as bash with `ignoreeof` set. */
  private eofOnEmpty(): void {
    this.screen.leave(this.prompt(), '');
    this.opts.output.write('Use "exit" to leave the shell.\r\n');
    this.freshPrompt();
  }

  private clearScreen(): void {
    this.opts.output.write('\x1b[H\x1b[2J');
    this.screen.reset();
    this.redraw();
  }

  private complete(): void {
    const r = completeAt(this.opts.shell, this.line, this.lastKey === 'tab', this.opts.output.columns());
    if (r.bell) this.opts.output.write('\x07');
    if (r.list !== undefined) {
      this.screen.draw(this.prompt(), this.line.text, this.line.text.length);
      this.screen.leave(this.prompt(), this.line.text);
      if ((r.count ?? 0) >= QUERY_ITEMS) {
        this.opts.output.write(`Display all ${r.count ?? 0} possibilities? (y or n)`);
        this.query = r.list;
        return;
      }
      this.opts.output.write(r.list);
      this.screen.reset();
    }
    if (r.line) this.line = r.line;
    this.redraw();
  }

  /** readline's answer to the completion query: y, Y or space show the list; n, N or Backspace do not. */
  private answerQuery(key: Key): void {
    const c = key.type === 'text' ? key.text[0] ?? '' : key.type === 'key' && key.key === 'backspace' ? 'n' : '';
    if (!'yYnN '.includes(c) || c === '') { this.opts.output.write('\x07'); return; }
    const list = this.query ?? '';
    this.query = null;
    this.opts.output.write('\r\n' + ('yY '.includes(c) ? list : ''));
    this.screen.reset();
    this.redraw();
  }

  private startSearch(): void {
    this.search = new ReverseSearch(this.opts.shell.history(), this.line);
    this.redraw();
  }

  /** Handles a key in reverse-i-search; true when the key was consumed. */
  private searchKey(key: Key): boolean {
    const search = this.search;
    if (!search) return false;
    if (key.type === 'text') { search.type(key.text); this.redraw(); return true; }
    const name = key.type === 'key' ? key.key : 'paste';
    if (name === 'ctrl-r' || name === 'ctrl-s') { search.older(); this.redraw(); return true; }
    if (name === 'backspace') { search.erase(); this.redraw(); return true; }
    this.search = null;
    if (name === 'ctrl-g' || name === 'escape') {
      this.line = search.original;
      this.redraw();
      return true;
    }
    this.line = name === 'ctrl-c' ? search.original : { text: search.text(), cursor: search.cursor() };
    this.redraw();
    return false;
  }
}

/** The last word of the previous command (Alt-.). */
function lastArg(history: readonly string[]): string {
  const last = history[history.length - 1] ?? '';
  return last.trim().split(/\s+/).pop() ?? '';
}
