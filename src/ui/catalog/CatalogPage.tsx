/**
 * The scenario catalogue (#/scenarios): a card per bundled scenario with its title, summary,
 * difficulty, time, tags and the learner's state (done / in progress, from storage), the
 * sandbox as its own card, and a card with the errors of any file that failed to load.
 */
import { useEffect, useState } from 'react';
import { progressState, SANDBOX_ID } from '../storage/progress';
import { exportProgress } from '../scenario/controller';
import { ProgressFileInput } from '../scenario/ProgressFileInput';
import { loadCatalog, type CatalogEntry } from './scenarioFiles';

const STATE_LABEL = { done: 'Done', 'in-progress': 'In progress', none: 'Not started' } as const;

function StateBadge({ id }: { id: string }) {
  const state = progressState(id);
  return <span className={`state-badge ${state}`} data-state={state}>{state === 'done' ? '✓ ' : ''}{STATE_LABEL[state]}</span>;
}

function ScenarioCard({ entry }: { entry: CatalogEntry }) {
  if (!entry.ok) {
    return (
      <li className="card broken" data-file={entry.file}>
        <h3>{entry.file}</h3>
        <p>This scenario file has mistakes and cannot be opened:</p>
        <ul className="load-errors">{entry.errors.map((e, i) => <li key={i}><code>{e}</code></li>)}</ul>
      </li>
    );
  }
  const s = entry.scenario;
  return (
    <li className="card" data-scenario={s.id}>
      <h3><a href={`#/scenario/${encodeURIComponent(s.id)}`} className="card-link">{s.title}</a></h3>
      <p className="summary">{s.summary}</p>
      <p className="meta">
        <span className={`difficulty ${s.difficulty}`}>{s.difficulty}</span> · about {s.minutes} min · <StateBadge id={s.id} />
      </p>
      {s.tags.length > 0 && <ul className="tags" aria-label="Tags">{s.tags.map((t) => <li key={t}>{t}</li>)}</ul>}
    </li>
  );
}

export function CatalogPage() {
  const [entries, setEntries] = useState<CatalogEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadCatalog().then((e) => { if (live) setEntries(e); });
    return () => { live = false; };
  }, []);
  return (
    <section className="catalog" aria-labelledby="catalog-title">
      <div className="catalog-head">
        <h2 id="catalog-title">Scenarios</h2>
        <span className="spacer" />
        <button type="button" className="btn" onClick={exportProgress}>Export current progress</button>
        <ProgressFileInput />
      </div>
      <ul className="cards">
        <li className="card sandbox" data-scenario={SANDBOX_ID}>
          <h3><a href="#/" className="card-link">Sandbox</a></h3>
          <p className="summary">An empty cluster and a terminal, no tasks: try anything kubectl can do.</p>
          <p className="meta"><span className="difficulty">free play</span> · <StateBadge id={SANDBOX_ID} /></p>
        </li>
        {entries === null
          ? <li className="card" aria-busy="true">Loading scenarios…</li>
          : entries.map((e) => <ScenarioCard key={e.file} entry={e} />)}
      </ul>
    </section>
  );
}
