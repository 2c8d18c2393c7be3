/**
 * The side drawer for a clicked pod or ReplicaSet: its `kubectl describe` text and the object's
 * YAML (the yaml package loads on first use). Esc or the close button closes it.
 */
import { useEffect, useRef, useState } from 'react';
import { focusTerminal, select } from '../state/actions';
import { currentViewer } from '../state/labStore';
import { useLab, useUi } from '../state/hooks';
import { selectScrubAt, selectSelection } from '../state/selectors';

function useYaml(object: unknown, enabled: boolean): string {
  const [text, setText] = useState('');
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    void import('yaml').then(({ stringify }) => { if (alive) setText(stringify(object)); });
    return () => { alive = false; };
  }, [object, enabled]);
  return text;
}

export function DetailsDrawer() {
  const selection = useUi(selectSelection);
  const scrubAt = useUi(selectScrubAt);
  useLab((s) => s.version);
  const [tab, setTab] = useState<'describe' | 'yaml'>('describe');
  const closeRef = useRef<HTMLButtonElement>(null);
  const viewer = currentViewer();
  const details = selection && viewer ? viewer.describe(selection, scrubAt ?? undefined) : null;
  const yamlText = useYaml(details?.object, tab === 'yaml' && details !== null);
  useEffect(() => {
    if (selection) closeRef.current?.focus();
  }, [selection]);
  if (!selection) return null;
  const close = () => { select(null); focusTerminal(); };
  return (
    <aside className="details-drawer" role="dialog" aria-modal="false" aria-labelledby="details-title"
      onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
      <header>
        <h2 id="details-title">{selection.kind.toLowerCase()}/{selection.name}</h2>
        <button type="button" className="btn" ref={closeRef} onClick={close} aria-label="Close details">✕</button>
      </header>
      <div className="tabs" role="tablist" aria-label="Details view">
        {(['describe', 'yaml'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'tab active' : 'tab'}
            onClick={() => setTab(t)}>{t === 'describe' ? 'Describe' : 'YAML'}</button>
        ))}
      </div>
      <pre className="details-text" tabIndex={0} role="tabpanel">
        {details === null ? `${selection.kind} ${selection.name} no longer exists.` : tab === 'describe' ? details.text : yamlText}
      </pre>
    </aside>
  );
}
