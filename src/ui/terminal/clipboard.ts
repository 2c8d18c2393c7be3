/**
 * Copy and paste in the terminal, as terminal emulators do it: Ctrl+C copies when text is
 * selected (otherwise it stays an interrupt), Ctrl+Shift+C copies, Ctrl+Shift+V pastes.
 * Plain Ctrl+V and the context menu paste through the browser's paste event, which xterm handles.
 */
import type { Terminal } from '@xterm/xterm';

/** Installs the key handling on `term`; returns a function that removes it. */
export function installCopyPaste(term: Terminal): () => void {
  term.attachCustomKeyEventHandler((e) => {
    if (e.type !== 'keydown' || !(e.ctrlKey || e.metaKey)) return true;
    const key = e.key.toLowerCase();
    if (key === 'c' && (e.shiftKey || term.hasSelection())) {
      if (term.hasSelection()) void navigator.clipboard?.writeText(term.getSelection()).catch(() => undefined);
      term.clearSelection();
      return false;
    }
    if (key === 'v' && e.shiftKey) {
      void navigator.clipboard?.readText().then((text) => term.paste(text)).catch(() => undefined);
      return false;
    }
    return true;
  });
  return () => term.attachCustomKeyEventHandler(() => true);
}
