/**
 * Copy and paste in the terminal, as terminal emulators do it: Ctrl+C copies when text is
 * selected (otherwise it stays an interrupt), Ctrl+Shift+C copies, Ctrl+Shift+V pastes.
 * Every paste (Ctrl+V, Ctrl+Shift+V, the context menu) arrives as the browser's paste
 * event, which xterm turns into input.
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
    // Ctrl+Shift+V is the browser's own paste (as plain text): its paste event reaches xterm,
    // which sends the text on; xterm must not also send ^V.
    if (key === 'v' && e.shiftKey) return false;
    return true;
  });
  return () => term.attachCustomKeyEventHandler(() => true);
}
