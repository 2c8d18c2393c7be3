/**
 * The grader: evaluates a scenario's checks against what the lab passes in, after every
 * command and every cluster change. Keeps latch state and "passed at" points between
 * evaluations (serialisable, for persistence) and replays the change log incrementally.
 */
import type { CheckNode } from './checkTree';
import { walkNodes } from './checkTree';
import type { CheckOutcome, CheckView, Evidence, GradeView } from './checks/types';
import { sinceStart } from './checks/util';
import { HistoryIndex } from './history/historyIndex';
import type { Scenario } from './scenario';

/** One top-level check's verdict. */
export interface CheckResult {
  id: string;
  /** Index of its step (0-based). */
  step: number;
  kind: string;
  passed: boolean;
  /** What is required, in words (the instructor's message or the kind's default). */
  message: string;
  /** What was found: why it fails, or how it was met. */
  detail: string;
}

export interface GradeResult {
  checks: CheckResult[];
  /** Per step: done when every check of the step passes. */
  steps: { title: string; done: boolean }[];
  /** The first step not done (steps.length when all are). */
  currentStep: number;
  done: boolean;
}

/** What survives a reload: when each check was first met, and which are latched. */
export interface GraderState {
  version: 1;
  /** id → evidence of the first time it passed (kept while it keeps passing, or forever when latched). */
  passed: Record<string, Evidence & { latched?: boolean }>;
}

export interface Grader {
  evaluate(view: GradeView): GradeResult;
  /** A JSON-safe copy of the latch state. */
  state(): GraderState;
}

/** Builds a grader; `saved` restores latch state from an earlier session of the same scenario. */
export function createGrader(scenario: Scenario, saved?: GraderState): Grader {
  const history = new HistoryIndex();
  const state: GraderState = { version: 1, passed: { ...(saved?.version === 1 ? saved.passed : {}) } };
  const byId = new Map([...walkNodes(scenario.steps.flatMap((s) => s.checks))].map((n) => [n.id, n]));
  return {
    evaluate(view) {
      history.sync(view.changes);
      const memo = new Map<string, CheckOutcome>();
      const base = { ...view, history, since: startOf(view, history), latest: history.latest(), yet: 'yet' };
      const evalNode = (node: CheckNode): CheckOutcome => {
        const hit = memo.get(node.id);
        if (hit) return hit;
        const out = evaluateNode(node, base, state, evalNode, (id) => byId.get(id));
        memo.set(node.id, out);
        return out;
      };
      const checks = scenario.steps.flatMap((s, step) =>
        s.checks.map((node) => {
          const o = evalNode(node);
          return { id: node.id, step, kind: node.kind, passed: o.passed, message: node.message, detail: o.detail };
        }),
      );
      const steps = scenario.steps.map((s, i) => ({ title: s.title, done: checks.every((c) => c.step !== i || c.passed) }));
      const current = steps.findIndex((s) => !s.done);
      return { checks, steps, currentStep: current < 0 ? steps.length : current, done: current < 0 };
    },
    state: () => JSON.parse(JSON.stringify(state)) as GraderState,
  };
}

/** The learner's starting point in the change log. */
function startOf(view: GradeView, history: HistoryIndex): Evidence {
  if (view.startVersion !== undefined) return { rv: view.startVersion, at: view.startedAt };
  let rv = 0;
  for (const c of view.changes) {
    if (c.at >= view.startedAt) break;
    rv = c.resourceVersion;
  }
  return rv === 0 && view.changes.length === 0 ? history.latest() : { rv, at: view.startedAt };
}

function evaluateNode(
  node: CheckNode,
  base: CheckView,
  state: GraderState,
  evalNode: (n: CheckNode) => CheckOutcome,
  find: (id: string) => CheckNode | undefined,
): CheckOutcome {
  const saved = state.passed[node.id];
  if (node.latch && saved?.latched) return { passed: true, detail: `met at ${sinceStart(base, saved.at)}`, evidence: saved };
  let since = base.since;
  if (node.after !== undefined) {
    const ref = find(node.after);
    const refOut = ref ? evalNode(ref) : undefined;
    const refWhen = state.passed[node.after];
    if (!ref || !refOut?.passed || !refWhen) return record(node, state, { passed: false, detail: `waits until "${node.after}" is met first: ${ref?.message ?? ''}` });
    since = refWhen;
  }
  const view: CheckView = since === base.since ? base : { ...base, since, yet: `since "${node.after ?? ''}" was met` };
  // History checks count only what happened after `since`; state checks judge the state now,
  // which is later than the referenced check's first pass by construction.
  return record(node, state, outcomeOf(node, view, evalNode));
}

function outcomeOf(node: CheckNode, view: CheckView, evalNode: (n: CheckNode) => CheckOutcome): CheckOutcome {
  switch (node.type) {
    case 'check': {
      const o = node.check.check(view, node.args);
      return o.passed && !o.evidence ? { ...o, evidence: view.latest } : o;
    }
    case 'all': {
      const outs = node.children.map(evalNode);
      const failed = node.children.filter((_, i) => !outs[i]!.passed);
      if (failed.length > 0) return { passed: false, detail: failed.map((c) => `${c.message}: ${outs[node.children.indexOf(c)]!.detail}`).join('; ') };
      const latest = outs.reduce<Evidence>((m, o) => (o.evidence && o.evidence.rv > m.rv ? o.evidence : m), { rv: -1, at: 0 });
      return { passed: true, detail: outs.map((o) => o.detail).join('; '), evidence: latest };
    }
    case 'any': {
      const outs = node.children.map(evalNode);
      const ok = outs.find((o) => o.passed);
      return ok ?? { passed: false, detail: outs.map((o) => o.detail).join('; or ') };
    }
    case 'not': {
      const o = evalNode(node.child);
      return o.passed ? { passed: false, detail: o.detail } : { passed: true, detail: o.detail, evidence: view.latest };
    }
  }
}

/** Remembers when a check first passed (and latches it); forgets when a plain check fails again. */
function record(node: CheckNode, state: GraderState, out: CheckOutcome): CheckOutcome {
  if (out.passed) {
    const prev = state.passed[node.id];
    const ev = out.evidence ?? { rv: 0, at: 0 };
    state.passed[node.id] = node.latch ? { rv: ev.rv, at: ev.at, latched: true } : (prev ?? { rv: ev.rv, at: ev.at });
  } else if (!node.latch) {
    delete state.passed[node.id];
  }
  return out;
}

/** The PASS/FAIL lines `npm run grade` prints, and a closing count. */
export function describeResult(result: GradeResult): string {
  const lines = result.checks.map((c) => (c.passed ? `PASS  ${c.id}: ${c.message}` : `FAIL  ${c.id}: ${c.message} — ${c.detail}`));
  const passed = result.checks.filter((c) => c.passed).length;
  lines.push(`${passed} of ${result.checks.length} checks pass${result.done ? ': scenario complete' : ''}`);
  return lines.join('\n');
}
