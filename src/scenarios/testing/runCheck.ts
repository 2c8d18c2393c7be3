/** Test support: runs one check kind, its arguments parsed as the loader would, on a FakeCluster. */
import { findCheckKind } from '../checks/registry';
import type { CheckOutcome } from '../checks/types';
import { HistoryIndex } from '../history/historyIndex';
import type { FakeCluster } from './fakeCluster';

/** Parses `args` with the kind's schema (throws on a bad table row) and runs the check. */
export function runCheck(kind: string, args: unknown, fc: FakeCluster): CheckOutcome {
  const k = findCheckKind(kind);
  if (!k) throw new Error(`no kind ${kind}`);
  const parsed = k.args.safeParse(args);
  if (!parsed.success) throw new Error(`bad args for ${kind}: ${parsed.error.message}`);
  const history = new HistoryIndex();
  const view = fc.view();
  history.sync(view.changes);
  const since = { rv: fc.startVersion ?? 0, at: fc.startedAt };
  return k.check({ ...view, history, since, latest: history.latest(), yet: 'yet' }, parsed.data);
}

/** Whether the kind's schema accepts `args`. */
export function acceptsArgs(kind: string, args: unknown): boolean {
  return findCheckKind(kind)?.args.safeParse(args).success ?? false;
}
