/**
 * The terminal: xterm.js fitted to its pane (re-fitted whenever the pane changes size),
 * connected to the session's line editor, focused on load, with copy/paste and links.
 */
import { useEffect, useRef } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { LabTerminalAddon } from './labTerminalAddon';
import { TERMINAL_THEMES } from './terminalTheme';
import { installCopyPaste } from './clipboard';
import { setTerminal } from '../state/actions';
import { useLab } from '../state/hooks';
import { selectSession } from '../state/selectors';
import { useResolvedTheme } from '../theme';

declare global {
  interface Window {
    /** Test hook: the terminal's buffer as lines of text. */
    __termLines?: () => string[];
  }
}

function readLines(term: Terminal): string[] {
  const buf = term.buffer.active;
  const lines: string[] = [];
  for (let i = 0; i < buf.length; i++) lines.push(buf.getLine(i)?.translateToString(true) ?? '');
  return lines;
}

export function TerminalPane() {
  const session = useLab(selectSession);
  const theme = useResolvedTheme();
  const host = useRef<HTMLDivElement>(null);
  const termRef = useRef<Terminal | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!session || !el) return;
    const term = new Terminal({
      cursorBlink: true, convertEol: true, fontSize: 14, scrollback: 5000,
      fontFamily: '"DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace',
      theme: TERMINAL_THEMES[theme],
    });
    termRef.current = term;
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(el);
    fit.fit();
    const lab = new LabTerminalAddon(session);
    term.loadAddon(lab);
    const offCopy = installCopyPaste(term);
    void import('@xterm/addon-web-links').then(({ WebLinksAddon }) => {
      if (termRef.current === term) term.loadAddon(new WebLinksAddon());
    });
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fit.fit());
    });
    observer.observe(el);
    setTerminal({ input: (d) => lab.input(d), focus: () => term.focus() });
    window.__termLines = () => readLines(term);
    term.focus();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      offCopy();
      setTerminal(null);
      termRef.current = null;
      term.dispose();
    };
    // the theme is applied by the effect below without rebuilding the terminal
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);

  useEffect(() => {
    if (termRef.current) termRef.current.options.theme = TERMINAL_THEMES[theme];
  }, [theme]);

  return <div className="terminal-host" data-testid="terminal" ref={host} />;
}
