/**
 * Which lab runs, from the page's route: `#/scenario/<id>` starts (or resumes) that scenario,
 * `#/` the sandbox, `#/scenarios` keeps whatever runs behind the catalogue. Also keeps the
 * running lab's progress in browser storage: after each command, every few seconds, and when
 * the page is hidden, so a reload resumes exactly where the learner was.
 */
import { createSession, startScenario, type LabSession, type SessionSnapshot } from '../../lab/index';
import { createClusterViewer, engineViewHelpers } from '../../lab/view/index';
import { setResetHandler, startLab } from '../state/actions';
import { findScenario } from '../catalog/scenarioFiles';
import { clearProgress, loadProgress, parseProgressFile, SANDBOX_ID, saveProgress, type ProgressRecord } from '../storage/progress';
import { scenarioStore, setNotice, wallMsNow } from './scenarioStore';

/** Real ms between saves while nothing is typed. */
const SAVE_EVERY_MS = 3000;

let currentId: string | null = null;
let stopPersisting: (() => void) | null = null;
let opening = 0;

/** The lab a route asks for: a scenario id, the sandbox, or null for "keep the current one". */
export function labIdOf(hash: string): string | null {
  const m = /^#\/scenario\/([^/?#]+)/.exec(hash);
  if (m) return decodeURIComponent(m[1]!);
  if (hash.startsWith('#/scenarios')) return null;
  return SANDBOX_ID;
}

/** The record the running lab would save now. */
export function currentRecord(): ProgressRecord | null {
  const st = scenarioStore.getState();
  if (!st.session || currentId === null) return null;
  return {
    format: 'kubelab-progress',
    version: 1,
    id: currentId,
    savedAt: Date.now(),
    wallMs: Math.round(wallMsNow(st)),
    hintsUsed: st.hintsUsed,
    done: st.session.lastGrade()?.done ?? false,
    snapshot: st.session.serialize(),
  };
}

/** Saves the running lab's progress now. */
export function saveNow(): void {
  const r = currentRecord();
  if (r && !saveProgress(r)) setNotice('Your progress could not be saved: the browser refused the storage (full or disabled).');
}

function persist(session: LabSession): () => void {
  let commands = session.commands().length;
  let last = performance.now();
  const off = session.subscribe(() => {
    const n = session.commands().length;
    if (n !== commands || performance.now() - last > SAVE_EVERY_MS) {
      commands = n;
      last = performance.now();
      saveNow();
    }
  });
  const timer = setInterval(() => { last = performance.now(); saveNow(); }, SAVE_EVERY_MS);
  const onHide = () => saveNow();
  window.addEventListener('pagehide', onHide);
  const onVisibility = () => { if (document.visibilityState === 'hidden') saveNow(); };
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    off();
    clearInterval(timer);
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

function connect(id: string, session: LabSession, record: ProgressRecord | undefined): void {
  stopPersisting?.();
  currentId = id;
  session.play();
  startLab(() => session, (s) => createClusterViewer(s, engineViewHelpers));
  scenarioStore.setState({
    session,
    hintsUsed: record?.hintsUsed ?? [],
    wallBefore: record?.wallMs ?? 0,
    openedAt: performance.now(),
    startedAt: session.serialize().scenario?.startedAt ?? null,
  });
  session.grade();
  stopPersisting = persist(session);
  saveNow();
}

/** Restores `snapshot`, or explains why it could not be (a snapshot the engine cannot replay). */
function tryRestore<T>(id: string, build: () => T): T | undefined {
  try {
    return build();
  } catch (e) {
    clearProgress(id);
    setNotice(`Saved progress for ${id} could not be restored (${e instanceof Error ? e.message : String(e)}) and was discarded; starting afresh.`);
    return undefined;
  }
}

function stored(id: string, fresh: boolean): ProgressRecord | undefined {
  if (fresh) return undefined;
  const r = loadProgress(id);
  if (r.kind === 'discarded') setNotice(r.notice);
  return r.kind === 'ok' ? r.record : undefined;
}

async function openScenario(id: string, fresh: boolean, token: number): Promise<void> {
  scenarioStore.setState({ active: { kind: 'loading', id }, setupFailures: [] });
  const scenario = await findScenario(id);
  if (token !== opening) return;
  if (!scenario) {
    scenarioStore.setState({ active: { kind: 'missing', id } });
    return;
  }
  const record = stored(id, fresh);
  const snap: SessionSnapshot | undefined = record?.snapshot;
  const resumed = snap ? await startScenario(scenario, 'live', snap).catch((e: unknown) => tryRestore(id, () => { throw e; })) : undefined;
  const started = resumed ?? await startScenario(scenario, 'live');
  if (token !== opening) return;
  scenarioStore.setState({ active: { kind: 'scenario', scenario }, setupFailures: started.failures });
  connect(id, started.session, resumed ? record : undefined);
}

function openSandbox(fresh: boolean): void {
  const record = stored(SANDBOX_ID, fresh);
  const restored = record ? tryRestore(SANDBOX_ID, () => createSession({ mode: 'live', restore: record.snapshot })) : undefined;
  scenarioStore.setState({ active: { kind: 'sandbox' }, setupFailures: [] });
  connect(SANDBOX_ID, restored ?? createSession({ mode: 'live' }), restored ? record : undefined);
}

/** Opens lab `id` (a scenario id or the sandbox), resuming saved progress unless `fresh`. */
export async function openLab(id: string, fresh = false): Promise<void> {
  if (id === currentId && !fresh) return;
  if (currentId !== null) saveNow();
  const token = ++opening;
  if (id === SANDBOX_ID) openSandbox(fresh);
  else await openScenario(id, fresh, token);
}

/** Restarts the running lab from scratch (a scenario from its setup) and forgets its saved progress. */
export function resetCurrent(): Promise<void> {
  const id = currentId ?? SANDBOX_ID;
  stopPersisting?.();
  stopPersisting = null;
  clearProgress(id);
  currentId = null;
  return openLab(id, true);
}

/** Downloads the running lab's progress as a JSON file. */
export function exportProgress(): void {
  const r = currentRecord();
  if (!r) return;
  const url = URL.createObjectURL(new Blob([JSON.stringify(r, null, 1)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `kubelab-${r.id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Loads a progress file: stores it and opens its lab. Bad files change nothing and say why. */
export async function importProgress(text: string): Promise<void> {
  const r = parseProgressFile(text);
  if (!r.ok) {
    setNotice(`That file is not kubelab progress (${r.reason}); nothing was changed.`);
    return;
  }
  stopPersisting?.();
  stopPersisting = null;
  currentId = null;
  saveProgress(r.record);
  setNotice(null);
  const target = r.record.id === SANDBOX_ID ? '#/' : `#/scenario/${encodeURIComponent(r.record.id)}`;
  if (window.location.hash !== target) window.location.hash = target; // the route follower opens it
  else await openLab(r.record.id);
}

/** Follows the route from now on; the first lab opens at once. */
export function startRouting(): void {
  setResetHandler(() => void resetCurrent());
  const follow = () => {
    const id = labIdOf(window.location.hash || '#/');
    if (id !== null) void openLab(id);
    else if (currentId === null) void openLab(SANDBOX_ID);
  };
  window.addEventListener('hashchange', follow);
  follow();
}
