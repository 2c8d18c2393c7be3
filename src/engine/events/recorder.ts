/**
 * EventRecorder: how controllers, the scheduler and the kubelet report what they did. Every
 * emission goes through the correlator (spam filter, aggregation, dedupe — spec §14.3) and
 * lands as a core/v1 Event in the store: created, or updated with count + 1 and a new lastTimestamp.
 * Mirrors client-go tools/record (recordToSink, makeEvent).
 */
import type { ClusterApi } from '../api/types';
import type { Event, KubeObject } from '../types/objects';
import type { Actor } from '../types/history';
import { rfc3339 } from '../clock';
import { CorrelatorDefaults, Lru, createEventCorrelator } from './correlator';

/** Normal or Warning, as events carry them. */
export type EventType = 'Normal' | 'Warning';

/** Records events for one component (and host, for the kubelet). */
export interface EventRecorder {
  /** Records an event about `obj`; `fieldPath` names a container (`spec.containers{nginx}`). */
  eventf(obj: KubeObject, type: EventType, reason: string, message: string, fieldPath?: string): void;
}

/** The shared sink all recorders of a cluster write through. */
export interface EventSink {
  recorder(component: Actor, host?: string): EventRecorder;
}

/** The API group/version an involvedObject reference names. */
const apiVersionOf = (o: KubeObject): string => o.apiVersion;

/** Creates the sink over the raw API; `now` is the simulated clock. */
export function createEventSink(api: ClusterApi, now: () => number): EventSink {
  const correlator = createEventCorrelator();
  const names = new Lru<string>(CorrelatorDefaults.lruSize);
  let seq = 0;

  const eventName = (obj: KubeObject, at: number): string => {
    seq = (seq + 1) % 1_000_000;
    return `${obj.metadata.name}.${(BigInt(at) * 1_000_000n + BigInt(seq)).toString(16)}`;
  };

  const write = (obj: KubeObject, type: EventType, reason: string, message: string, component: Actor, host: string | undefined, fieldPath: string | undefined): void => {
    const at = now();
    const emitted = { sourceKey: `${component}/${host ?? ''}`, objectKey: obj.metadata.uid, type, reason, message };
    const c = correlator.correlate(fieldPath ? { ...emitted, fieldPath } : emitted, at);
    if (c.kind === 'skip') return;
    const namespace = obj.metadata.namespace ?? 'default';
    const existingName = names.get(c.cacheKey);
    if (c.kind === 'update' && existingName) {
      const got = api.get('Event', namespace, existingName);
      if (got.ok) {
        const ev = got.value;
        const res = api.update({ ...ev, count: c.count, message: c.message, lastTimestamp: rfc3339(at) });
        if (res.ok) return;
      }
    }
    const name = existingName ?? eventName(obj, at);
    names.set(c.cacheKey, name);
    const involvedObject: Event['involvedObject'] = {
      kind: obj.kind, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name, uid: obj.metadata.uid,
      apiVersion: apiVersionOf(obj), resourceVersion: obj.metadata.resourceVersion,
    };
    if (fieldPath) involvedObject.fieldPath = fieldPath;
    const ev: Partial<Event> = {
      apiVersion: 'v1', kind: 'Event',
      metadata: { name, namespace } as Event['metadata'],
      involvedObject, reason, message: c.message, type,
      source: host ? { component, host } : { component },
      firstTimestamp: rfc3339(at), lastTimestamp: rfc3339(at), count: c.kind === 'update' ? c.count : 1,
      reportingComponent: component, reportingInstance: host ?? '',
    };
    api.create<'Event'>(ev);
  };

  return {
    recorder: (component, host) => ({
      eventf: (obj, type, reason, message, fieldPath) => write(obj, type, reason, message, component, host, fieldPath),
    }),
  };
}
