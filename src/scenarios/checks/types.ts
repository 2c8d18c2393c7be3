/**
 * The contract every check kind implements: a zod schema for its arguments, the default
 * message an instructor may override, and a pure `check` over the grading view.
 */
import type { z } from 'zod';
import type { ClusterApi, ControllerAction, ObjectChange, TrafficSecond } from '../../engine/index';
import type { HistoryIndex } from '../history/historyIndex';

/** Where in the change log something happened: resourceVersion orders, `at` is for people. */
export interface Evidence {
  rv: number;
  at: number;
}

/** One line the learner typed, with its exit status and simulated start time. */
export interface CommandRecord {
  line: string;
  exitCode: number;
  at: number;
}

/**
 * What the lab hands the grader on every evaluation. Reads only: checks use `api.get` and
 * `api.list`, never a write verb.
 */
export interface GradeView {
  api: ClusterApi;
  /** Every stored change since the cluster was made (setup included), oldest first, append-only. */
  changes: readonly ObjectChange[];
  /** Every controller decision since the cluster was made, oldest first. */
  actions: readonly ControllerAction[];
  /** The learner's typed lines since the scenario started (setup commands excluded). */
  commands: readonly CommandRecord[];
  /** A file in the learner's home, by home-relative path (`perl.yaml`); undefined when absent. */
  readFile(path: string): string | undefined;
  /**
   * The lab's request stream, one record per simulated second since the cluster was made
   * (oldest first; the second in progress may be last). Empty when no traffic ever ran.
   */
  traffic: readonly TrafficSecond[];
  /** Simulated now, ms since epoch. */
  now: number;
  /** Simulated time the learner took over, after setup. */
  startedAt: number;
  /**
   * resourceVersion of the newest change made before the learner took over. More precise than
   * `startedAt` when setup and the learner act in the same simulated instant; when absent, changes
   * at or after `startedAt` count as the learner's.
   */
  startVersion?: number;
}

/** The view one check evaluates against: the lab's view plus the replayed history and its window. */
export interface CheckView extends GradeView {
  history: HistoryIndex;
  /** Only history after this point counts (the scenario start, or the check named in `after`). */
  since: Evidence;
  /** The newest change seen: evidence for checks on the current state. */
  latest: Evidence;
  /** Words for `since` in "not yet" messages: 'yet', or 'since "update" was met'. */
  yet: string;
}

/** What one check concluded. `evidence` dates a history check's finding, for `after` ordering. */
export interface CheckOutcome {
  passed: boolean;
  /** Why, in words: what was found (for FAIL lines and "check my work"). */
  detail: string;
  evidence?: Evidence;
}

/** A check kind as the registry holds it, its argument type erased after validation. */
export interface CheckKind {
  readonly kind: string;
  /** One line for the JSON Schema description and the instructors' README. */
  readonly summary: string;
  readonly args: z.ZodType;
  /** The default message: what the check requires, in English. */
  describe(args: unknown): string;
  check(view: CheckView, args: unknown): CheckOutcome;
}

/** The typed definition a `checks/<kind>.ts` file writes. */
export interface CheckDefinition<S extends z.ZodType> {
  kind: string;
  summary: string;
  args: S;
  describe(args: z.output<S>): string;
  check(view: CheckView, args: z.output<S>): CheckOutcome;
}

/** Wraps a typed definition for the registry; arguments reach `check` only after `args` parsed them. */
export function defineCheck<S extends z.ZodType>(def: CheckDefinition<S>): CheckKind {
  return {
    kind: def.kind,
    summary: def.summary,
    args: def.args,
    describe: (args) => def.describe(args as z.output<S>),
    check: (view, args) => def.check(view, args as z.output<S>),
  };
}

/** A passing outcome. */
export const pass = (detail: string, evidence?: Evidence): CheckOutcome =>
  evidence ? { passed: true, detail, evidence } : { passed: true, detail };

/** A failing outcome. */
export const failWith = (detail: string): CheckOutcome => ({ passed: false, detail });
