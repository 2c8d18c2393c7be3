/**
 * The scenario pane: the panel of the scenario the route names (loaded with the lab runtime),
 * or what is happening instead — loading, an unknown id, a setup that failed.
 */
import { lazy, Suspense } from 'react';
import { useScenarioState } from './scenarioStore';
import './panels.css';

const ScenarioPanel = lazy(() => import('./ScenarioPanel').then((m) => ({ default: m.ScenarioPanel })));

export function ScenarioSlot() {
  const active = useScenarioState((s) => s.active);
  const failures = useScenarioState((s) => s.setupFailures);
  if (active.kind === 'missing') {
    return (
      <section className="scenario-slot" aria-labelledby="scenario-title">
        <h2 id="scenario-title">No such scenario</h2>
        <p>There is no scenario called <code>{active.id}</code>. <a href="#/scenarios" className="link">Pick one from the catalogue</a>.</p>
      </section>
    );
  }
  if (active.kind !== 'scenario') {
    return <section className="scenario-slot" aria-busy="true"><p>Preparing the scenario…</p></section>;
  }
  return (
    <Suspense fallback={<p className="scenario-slot">Loading the scenario panel…</p>}>
      {failures.length > 0 && (
        <div className="notice-bar warn" role="alert">
          This scenario&apos;s setup failed: {failures.map((f) => `${f.line} (exit ${f.exitCode}) ${f.output.trim()}`).join('; ')}
        </div>
      )}
      <ScenarioPanel scenario={active.scenario} />
    </Suspense>
  );
}
