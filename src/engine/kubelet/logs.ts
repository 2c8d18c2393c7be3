/**
 * Container logs as the kubelet keeps them: one list of lines per container instance, the
 * current and the previous one (what `kubectl logs` and `kubectl logs --previous` read).
 * Mirrors the pods/log subresource's errors.
 */
import type { LogLine, LogOptions, LogReader } from '../api/types';
import type { ApiError, Result } from '../api/errors';
import type { ClusterApi } from '../api/types';
import { fail, ok } from '../api/errors';
import { renderLogLine } from './format';

/** Lines an image wrote at one moment; placeholders are filled in when read (most logs are never read). */
export interface RawLogBatch { at: number; templates: readonly string[]; ip: string }
interface ContainerLogs { current: RawLogBatch[]; previous?: RawLogBatch[] }
const render = (batches: readonly RawLogBatch[]): LogLine[] =>
  batches.flatMap((b) => b.templates.map((t) => ({ at: b.at, text: renderLogLine(t, b.at, b.ip) })));

/** The kubelets' log store. */
export interface LogStore extends LogReader {
  /** A new container instance starts: the current log becomes the previous one. */
  startInstance(podUid: string, container: string): void;
  append(podUid: string, container: string, batch: RawLogBatch): void;
  forget(podUid: string): void;
}

const badRequest = (message: string): ApiError => ({ reason: 'BadRequest', code: 400, message });

/** Creates an empty log store that reads pods through `api`. */
export function createLogStore(api: ClusterApi): LogStore {
  const logs = new Map<string, Map<string, ContainerLogs>>();
  const of = (uid: string, c: string): ContainerLogs => {
    let m = logs.get(uid);
    if (!m) logs.set(uid, (m = new Map<string, ContainerLogs>()));
    let l = m.get(c);
    if (!l) m.set(c, (l = { current: [] }));
    return l;
  };
  return {
    startInstance(uid, c) {
      const l = of(uid, c);
      if (l.current.length > 0 || l.previous) logs.get(uid)?.set(c, { current: [], previous: l.current });
    },
    append: (uid, c, batch) => { if (batch.templates.length > 0) of(uid, c).current.push(batch); },
    forget: (uid) => { logs.delete(uid); },
    logs(namespace, name, opts: LogOptions = {}): Result<LogLine[]> {
      const got = api.get('Pod', namespace, name);
      if (!got.ok) return got;
      const pod = got.value;
      const names = pod.spec.containers.map((c) => c.name);
      const container = opts.container ?? (names.length === 1 ? names[0] : undefined);
      if (container === undefined) return fail(badRequest(`a container name must be specified for pod ${name}, choose one of: [${names.join(' ')}]`));
      if (!names.includes(container)) return fail(badRequest(`container ${container} is not valid for pod ${name}`));
      const st = pod.status?.containerStatuses?.find((c) => c.name === container);
      const entry = logs.get(pod.metadata.uid)?.get(container);
      if (opts.previous) {
        if (!entry?.previous) return fail(badRequest(`previous terminated container "${container}" in pod "${name}" not found`));
        return ok(render(entry.previous));
      }
      const waiting = st?.state?.waiting;
      if (!st || (waiting && (st.restartCount ?? 0) === 0 && !entry?.current.length)) {
        return fail(badRequest(`container "${container}" in pod "${name}" is waiting to start: ${waiting?.reason ?? 'ContainerCreating'}`));
      }
      return ok(render(entry?.current ?? []));
    },
  };
}
