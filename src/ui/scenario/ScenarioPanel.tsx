/**
 * The scenario panel: the steps with live check marks (re-read from the session's last
 * grade on every store update), "Check my work", progressive hints, the solution, the
 * explanation after success, reset, and export/import of progress.
 */
import { useEffect, useRef, useState } from 'react';
import type { CheckResult, GradeResult, Scenario } from '../../lab/index';
import { useLab } from '../state/hooks';
import { exportProgress, resetCurrent } from './controller';
import { revealHint, setNotice, useScenarioState } from './scenarioStore';
import { CommandButton, StepText } from './StepText';
import { ProgressFileInput } from './ProgressFileInput';
import { TimeTaken } from './TimeTaken';

function CheckItem({ c }: { c: CheckResult }) {
  return (
    <li className={`check ${c.passed ? 'passed' : 'pending'}`} data-check={c.id} data-passed={c.passed}>
      <span className="check-mark" aria-hidden="true">{c.passed ? '✓' : '○'}</span>
      <span className="visually-hidden">{c.passed ? 'Done: ' : 'Not yet: '}</span>
      <span>{c.message}</span>
    </li>
  );
}

function Hints({ step, hints }: { step: number; hints: readonly string[] }) {
  const used = useScenarioState((s) => s.hintsUsed[step] ?? 0);
  if (hints.length === 0) return null;
  return (
    <div className="hints">
      {used > 0 && <ol className="hint-list">{hints.slice(0, used).map((h, i) => <li key={i}><StepText text={h} /></li>)}</ol>}
      <button type="button" className="btn" disabled={used >= hints.length} onClick={() => revealHint(step, hints.length)}>
        {used >= hints.length ? `All ${hints.length} hints shown` : `Show a hint (${used} of ${hints.length} used)`}
      </button>
    </div>
  );
}

function Missing({ grade }: { grade: GradeResult }) {
  const missing = grade.checks.filter((c) => !c.passed);
  if (missing.length === 0) return <p className="all-done" role="status">Everything passes. Well done!</p>;
  return (
    <div className="missing" role="status">
      <p>Still missing ({missing.length}):</p>
      <ul>{missing.map((c) => <li key={c.id}><strong>{c.message}</strong>{c.detail ? <> — {c.detail}</> : null}</li>)}</ul>
    </div>
  );
}

/** Announces checks that turn green, politely. */
function useGreenAnnouncements(grade: GradeResult | undefined): string {
  const seen = useRef<Set<string> | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!grade) return;
    const passed = grade.checks.filter((c) => c.passed);
    const before = seen.current;
    seen.current = new Set(passed.map((c) => c.id));
    if (!before) return;
    const fresh = passed.filter((c) => !before.has(c.id));
    if (fresh.length > 0) setSaid(fresh.map((c) => `Check passed: ${c.message}.`).join(' ') + (grade.done ? ' Scenario complete.' : ''));
  }, [grade]);
  return said;
}

function Solution({ scenario }: { scenario: Scenario }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="solution">
      <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? 'Hide solution' : 'Show solution'}</button>
      {open && (
        <div className="code-block commands" role="group" aria-label="Solution commands">
          {scenario.solution.map((line, i) => <CommandButton key={i} line={line} />)}
        </div>
      )}
    </div>
  );
}

export function ScenarioPanel({ scenario }: { scenario: Scenario }) {
  useLab((s) => s.version);
  const session = useScenarioState((s) => s.session);
  const grade = session?.scenario()?.id === scenario.id ? session.lastGrade() ?? session.grade() : undefined;
  const announce = useGreenAnnouncements(grade);
  const [report, setReport] = useState<GradeResult | null>(null);
  const current = grade?.currentStep ?? 0;
  return (
    <section className="scenario-panel" aria-labelledby="scenario-title">
      <header className="scenario-head">
        <h2 id="scenario-title">{scenario.title}</h2>
        <p className="meta">{scenario.difficulty} · about {scenario.minutes} min · <TimeTaken /></p>
      </header>
      {grade && (
        <p className="progress-line" data-testid="scenario-progress">
          {grade.checks.filter((c) => c.passed).length} of {grade.checks.length} checks done{grade.done ? ' — scenario complete' : ''}
        </p>
      )}
      <ol className="steps">
        {scenario.steps.map((step, i) => {
          const checks = grade?.checks.filter((c) => c.step === i) ?? [];
          const done = grade?.steps[i]?.done ?? false;
          return (
            <li key={i} className={`step${i === current ? ' current' : ''}${done ? ' done' : ''}`} aria-current={i === current ? 'step' : undefined}>
              <h3>{done ? '✓ ' : ''}{step.title}<span className="visually-hidden">{done ? ' (done)' : ''}</span></h3>
              <StepText text={step.text} />
              <ul className="checks" aria-label={`Checks for ${step.title}`}>{checks.map((c) => <CheckItem key={c.id} c={c} />)}</ul>
              <Hints step={i} hints={step.hints} />
            </li>
          );
        })}
      </ol>
      <div className="scenario-actions">
        <button type="button" className="btn primary" onClick={() => setReport(session?.grade() ?? null)}>Check my work</button>
        <Solution scenario={scenario} />
      </div>
      {report && <Missing grade={report} />}
      {grade?.done && (
        <section className="explanation" aria-label="Explanation">
          <h3>Why it works</h3>
          <StepText text={scenario.explanation} />
        </section>
      )}
      <div className="scenario-footer">
        <button type="button" className="btn" onClick={() => {
          if (window.confirm(`Restart "${scenario.title}" from the beginning? Your progress in it is lost.`)) {
            setReport(null);
            setNotice(null);
            void resetCurrent();
          }
        }}>Reset scenario</button>
        <button type="button" className="btn" onClick={exportProgress}>Export progress</button>
        <ProgressFileInput />
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="check-announcer">{announce}</div>
    </section>
  );
}
