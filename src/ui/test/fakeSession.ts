/**
 * A small in-memory Session for component tests: it serves whatever objects a test puts
 * in it through `cluster.api.list/get`, records terminal input and clock calls, and
 * notifies subscribers on `publish()`.
 */
import type { Cluster, KubeObject, ObjectChange, ControllerAction } from '../../engine/index';
import type { ClockState, Session, TerminalLink, TerminalOutput } from '../../lab/types';
import type { EditorHook } from '../../shell/command';

export interface FakeSession extends Session {
  /** Replaces the stored objects (recording changes) and notifies. */
  publish(objects: readonly KubeObject[], at?: number): void;
  typed: string[];
  calls: string[];
  editor: EditorHook | null;
  output: TerminalOutput | null;
}

const T0 = Date.parse('2026-01-01T00:00:00Z');
const keyOf = (o: KubeObject) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/** Makes a fake session holding `objects`. */
export function fakeSession(objects: readonly KubeObject[] = []): FakeSession {
  let store = new Map<string, KubeObject>();
  const changes: ObjectChange[] = [];
  const listeners = new Set<() => void>();
  let version = 0;
  let now = T0;
  const clock: ClockState = { playing: true, speed: 1, now };
  const notify = () => { version += 1; for (const l of listeners) l(); };
  const notFound = { reason: 'NotFound' as const, code: 404, message: 'not found' };
  const cluster = {
    api: {
      list: (kind: string) => ({ ok: true, value: [...store.values()].filter((o) => o.kind === kind) }),
      get: (kind: string, ns: string, name: string) => {
        const o = store.get(`${kind}/${ns}/${name}`);
        return o ? { ok: true, value: o } : { ok: false, error: notFound };
      },
    },
    now: () => now,
    changes: () => changes,
    actions: (): ControllerAction[] => [],
    version: () => version,
  } as unknown as Cluster;
  const s: FakeSession = {
    cluster,
    typed: [],
    calls: [],
    editor: null,
    output: null,
    publish(objs, at = now) {
      now = at;
      clock.now = at;
      const next = new Map(objs.map((o) => [keyOf(o), o]));
      for (const [k, o] of next) changes.push({ at, resourceVersion: changes.length + 1, type: store.has(k) ? 'MODIFIED' : 'ADDED', object: o });
      for (const [k, o] of store) if (!next.has(k)) changes.push({ at, resourceVersion: changes.length + 1, type: 'DELETED', object: o });
      store = next;
      notify();
    },
    runLine: (line) => { s.calls.push(`runLine ${line}`); return Promise.resolve(0); },
    interrupt: () => { s.calls.push('interrupt'); },
    attachTerminal(output): TerminalLink {
      s.output = output;
      output.write('$ ');
      return { input: (d) => { s.typed.push(d); output.write(d); }, resize: (c) => { s.calls.push(`resize ${c}`); }, dispose: () => { s.calls.push('dispose'); } };
    },
    setEditor: (hook) => { s.editor = hook; },
    clock: () => ({ ...clock }),
    play: () => { clock.playing = true; s.calls.push('play'); notify(); },
    pause: () => { clock.playing = false; s.calls.push('pause'); notify(); },
    setSpeed: (v) => { clock.speed = v; s.calls.push(`speed ${v}`); notify(); },
    tick: () => undefined,
    stepToNextChange: () => { s.calls.push('step'); notify(); },
    commands: () => [],
    changes: () => changes,
    actions: () => [],
    subscribe: (l) => { listeners.add(l); return () => listeners.delete(l); },
    version: () => version,
  };
  if (objects.length > 0) s.publish(objects);
  return s;
}
