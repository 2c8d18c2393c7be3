/**
 * CodeMirror 6 with YAML highlighting, mounted on demand. This module is only reached
 * through a dynamic import, so CodeMirror stays out of the page's first JavaScript.
 */
import { EditorView, basicSetup } from 'codemirror';
import { yaml } from '@codemirror/lang-yaml';

/** A mounted editor. */
export interface YamlEditor {
  text(): string;
  focus(): void;
  destroy(): void;
}

const editorTheme = (dark: boolean) =>
  EditorView.theme({
    '&': { height: '100%', fontSize: '13px', backgroundColor: 'var(--bg-editor)', color: 'var(--fg)' },
    '.cm-scroller': { fontFamily: 'var(--mono)' },
    '.cm-gutters': { backgroundColor: 'var(--bg-panel)', color: 'var(--fg-muted)', border: 'none' },
    '.cm-activeLine': { backgroundColor: 'var(--bg-active-line)' },
    '.cm-activeLineGutter': { backgroundColor: 'var(--bg-active-line)' },
    '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--accent)' },
  }, { dark });

/** Mounts an editor on `parent` holding `doc`. */
export function mountYamlEditor(parent: HTMLElement, doc: string, dark: boolean): YamlEditor {
  const view = new EditorView({ doc, parent, extensions: [basicSetup, yaml(), editorTheme(dark), EditorView.lineWrapping] });
  return {
    text: () => view.state.doc.toString(),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
