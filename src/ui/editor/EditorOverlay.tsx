/**
 * The editor that `kubectl edit`, vi and nano open over the terminal. Save (Ctrl+S or the
 * button) hands the text back to the command; Cancel (Esc) hands back null, as quitting
 * without saving does. kubectl then prints its result or errors in the terminal, and
 * re-opens the editor itself when it wants the learner to fix the text.
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { closeEditor } from '../state/actions';
import { useUi } from '../state/hooks';
import { selectEditor } from '../state/selectors';
import type { EditorRequest } from '../state/uiStore';
import { useResolvedTheme } from '../theme';
import type { YamlEditor } from './yamlEditor';

function EditorBody({ req }: { req: EditorRequest }) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<YamlEditor | null>(null);
  const [loaded, setLoaded] = useState(false);
  const dark = useResolvedTheme() === 'dark';
  useEffect(() => {
    let alive = true;
    void import('./yamlEditor').then(({ mountYamlEditor }) => {
      if (!alive || !host.current) return;
      editor.current = mountYamlEditor(host.current, req.content, dark);
      editor.current.focus();
      setLoaded(true);
    });
    return () => {
      alive = false;
      editor.current?.destroy();
      editor.current = null;
    };
    // the editor is built once per request; a theme change restyles through CSS variables
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [req]);
  const save = () => closeEditor(editor.current?.text() ?? req.content);
  const cancel = () => closeEditor(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); save(); }
    else if (e.key === 'Escape') { e.preventDefault(); cancel(); }
  };
  return (
    <div className="editor-overlay" role="dialog" aria-modal="true" aria-labelledby="editor-title" onKeyDown={onKeyDown}
      data-testid="editor">
      <header>
        <h2 id="editor-title">{req.title} <small>{req.path}</small></h2>
        <span className="editor-hint">Ctrl+S saves · Esc cancels</span>
        <button type="button" className="btn primary" onClick={save} disabled={!loaded}>Save</button>
        <button type="button" className="btn" onClick={cancel}>Cancel</button>
      </header>
      <div className="editor-host" ref={host} aria-busy={!loaded}>
        {!loaded && <p className="loading">Loading editor…</p>}
      </div>
    </div>
  );
}

export function EditorOverlay() {
  const req = useUi(selectEditor);
  return req ? <EditorBody key={req.id} req={req} /> : null;
}
