import { afterEach, describe, expect, it } from 'vitest';
import { clearProgress, loadProgress, parseProgressFile, progressState, saveProgress, SANDBOX_ID, type ProgressRecord } from './progress';

const snapshot = (scenario?: string) => ({
  version: 1, seed: 1, images: [], now: 1000, journal: [], vfs: { files: {} }, shell: { history: [] }, commands: [{ line: 'kubectl get pods', exitCode: 0, at: 0 }], speed: 1,
  ...(scenario ? { scenario: { id: scenario, startedAt: 0, startVersion: 3, grader: { version: 1, passed: {} } } } : {}),
});
const record = (id: string, done = false): ProgressRecord => ({
  format: 'kubelab-progress', version: 1, id, savedAt: 1, wallMs: 5000, hintsUsed: [1, 0], done,
  snapshot: snapshot(id === SANDBOX_ID ? undefined : id) as unknown as ProgressRecord['snapshot'],
});

afterEach(() => localStorage.clear());

describe('progress storage', () => {
  it('round-trips a record and reports done / in progress for the catalogue', () => {
    saveProgress(record('zero-downtime-rollback', true));
    saveProgress(record(SANDBOX_ID));
    const r = loadProgress('zero-downtime-rollback');
    expect(r.kind === 'ok' && r.record.hintsUsed).toEqual([1, 0]);
    expect(progressState('zero-downtime-rollback')).toBe('done');
    expect(progressState(SANDBOX_ID)).toBe('in-progress');
    expect(progressState('first-deployment')).toBe('none');
    clearProgress('zero-downtime-rollback');
    expect(loadProgress('zero-downtime-rollback')).toEqual({ kind: 'none' });
  });

  it.each([
    { name: 'not JSON', raw: '{"format":', notice: /could not be read \(not valid JSON\) and was discarded/ },
    { name: 'an older format version', raw: JSON.stringify({ ...record('x'), version: 0 }), notice: /incompatible version or damaged \(version: .*\) and was discarded/ },
    { name: 'a snapshot without its journal', raw: JSON.stringify({ ...record('x'), snapshot: { ...snapshot('x'), journal: 'oops' } }), notice: /snapshot\.journal/ },
    { name: 'another scenario\'s session under this id', raw: JSON.stringify({ ...record('x'), snapshot: snapshot('y') }), notice: /belongs to another scenario/ },
    { name: 'a record of another id', raw: JSON.stringify(record('y')), notice: /holds progress for "y", not "x"/ },
  ])('discards $name with a notice, and removes it', ({ raw, notice }) => {
    localStorage.setItem('kubelab.progress.x', raw);
    const r = loadProgress('x');
    expect(r.kind).toBe('discarded');
    expect(r.kind === 'discarded' && r.notice).toMatch(notice);
    expect(localStorage.getItem('kubelab.progress.x')).toBeNull();
    expect(progressState('x')).toBe('none');
  });

  it.each([
    { name: 'a progress file', text: JSON.stringify(record('recreate')), ok: true },
    { name: 'a YAML file', text: 'id: recreate', ok: false },
    { name: 'some other JSON', text: '{"kind":"Deployment"}', ok: false },
  ])('import: $name', ({ text, ok }) => {
    expect(parseProgressFile(text).ok).toBe(ok);
  });
});
