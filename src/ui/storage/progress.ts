/**
 * Saved progress in browser storage: one record per scenario id (and one for the sandbox),
 * holding the session snapshot (cluster journal, shell, grader latches) plus what only the
 * page knows (hints used, wall time). Every read is validated with zod; data that does not
 * fit is dropped with a notice instead of being trusted.
 */
import { z } from 'zod';
import type { SessionSnapshot } from '../../lab/index';

/** The key suffix of the free sandbox's record. */
export const SANDBOX_ID = 'sandbox';
const PREFIX = 'kubelab.progress.';

const snapshotSchema = z.object({
  version: z.literal(1),
  seed: z.number(),
  images: z.array(z.object({ repository: z.string() }).loose()),
  now: z.number(),
  journal: z.array(z.object({}).loose()),
  vfs: z.object({}).loose(),
  shell: z.object({}).loose(),
  commands: z.array(z.object({ line: z.string(), exitCode: z.number(), at: z.number() })),
  speed: z.number(),
  scenario: z.object({
    id: z.string(),
    startedAt: z.number(),
    startVersion: z.number(),
    grader: z.object({ version: z.literal(1), passed: z.record(z.string(), z.object({}).loose()) }),
  }).optional(),
}).loose();

const recordSchema = z.object({
  format: z.literal('kubelab-progress'),
  version: z.literal(1),
  id: z.string().min(1),
  /** Wall-clock ms of the save (Date.now()). */
  savedAt: z.number(),
  /** Real milliseconds the learner spent with this lab open. */
  wallMs: z.number().nonnegative(),
  /** Hints revealed, per step index. */
  hintsUsed: z.array(z.number().int().nonnegative()),
  /** Every check passed at the last save. */
  done: z.boolean(),
  snapshot: snapshotSchema,
});

/** One saved lab. */
export interface ProgressRecord {
  format: 'kubelab-progress';
  version: 1;
  id: string;
  savedAt: number;
  wallMs: number;
  hintsUsed: number[];
  done: boolean;
  snapshot: SessionSnapshot;
}

/** What reading a record found. */
export type LoadOutcome = { kind: 'none' } | { kind: 'ok'; record: ProgressRecord } | { kind: 'discarded'; notice: string };

const keyOf = (id: string): string => PREFIX + id;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Validates parsed JSON as a progress record (for `expectId` when given); the reason when it is not one. */
export function parseRecord(data: unknown, expectId?: string): { ok: true; record: ProgressRecord } | { ok: false; reason: string } {
  const r = recordSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, reason: issue ? `${issue.path.join('.') || '(top level)'}: ${issue.message}` : 'not a progress file' };
  }
  if (expectId !== undefined && r.data.id !== expectId) return { ok: false, reason: `it holds progress for "${r.data.id}", not "${expectId}"` };
  if (r.data.id !== SANDBOX_ID && r.data.snapshot.scenario?.id !== r.data.id) return { ok: false, reason: 'its session belongs to another scenario' };
  return { ok: true, record: r.data as unknown as ProgressRecord };
}

/** Reads the record for `id`; corrupt or incompatible data is removed and reported. */
export function loadProgress(id: string): LoadOutcome {
  const store = storage();
  const raw = store?.getItem(keyOf(id));
  if (raw === null || raw === undefined) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    store?.removeItem(keyOf(id));
    return { kind: 'discarded', notice: `Saved progress for ${id} could not be read (not valid JSON) and was discarded.` };
  }
  const parsed = parseRecord(data, id);
  if (!parsed.ok) {
    store?.removeItem(keyOf(id));
    return { kind: 'discarded', notice: `Saved progress for ${id} was from an incompatible version or damaged (${parsed.reason}) and was discarded.` };
  }
  return { kind: 'ok', record: parsed.record };
}

/** Saves `record`; returns false when storage refused it (full, or disabled). */
export function saveProgress(record: ProgressRecord): boolean {
  try {
    storage()?.setItem(keyOf(record.id), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Removes the record for `id`. */
export function clearProgress(id: string): void {
  storage()?.removeItem(keyOf(id));
}

/** The catalogue's view of a stored record: done, in progress, or nothing (never throws). */
export function progressState(id: string): 'done' | 'in-progress' | 'none' {
  const raw = storage()?.getItem(keyOf(id));
  if (!raw) return 'none';
  try {
    const parsed = parseRecord(JSON.parse(raw), id);
    if (!parsed.ok) return 'none';
    return parsed.record.done ? 'done' : 'in-progress';
  } catch {
    return 'none';
  }
}

/** Parses an imported progress file's text. */
export function parseProgressFile(text: string): { ok: true; record: ProgressRecord } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not JSON' };
  }
  return parseRecord(data);
}
