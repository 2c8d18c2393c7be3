/**
 * EventRecorder: how controllers, the scheduler and the kubelet report what they did. Every
 * emission goes through the correlator (spam filter, aggregation, dedupe — spec §14.3) and
 * lands as a core/v1 Event in the store: created, or updated with count + 1 and a new lastTimestamp.
 * Mirrors client-go tools/record (recordToSink, makeEvent).
 */
import type { Result } from '../api/errors';
import type { ClusterApi } from '../api/types';
import type { Event, KubeObject } from '../types/objects';
import type { Actor } from '../types/history';
import { rfc3339 } from '../clock';
import { copyWith } from '../api/objectUtil';
import { createEventCorrelator } from './correlator';

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

/** What the sink needs of the API server: get and update, and create of bodies it hands over. */
export type EventApi = Pick<ClusterApi, 'get' | 'update'> & { recordEvent(ev: Event): Result<Event> };

/** 2^24: the low part of the split below (24 bits = 6 hex digits). */
const LOW = 16_777_216;

/**
 * Hex of `at × 10^6 + seq` (a unique-nanoseconds suffix, as client-go names events with
 * UnixNano) without BigInt: the product passes 2^53, so it is carried in two exact parts.
 */
export function nanosHex(at: number, seq: number): string {
  const ah = Math.floor(at / LOW);
  const low = (at - ah * LOW) * 1_000_000 + seq;
  const carry = Math.floor(low / LOW);
  const high = ah * 1_000_000 + carry;
  const lowHex = (low - carry * LOW).toString(16);
  return high === 0 ? lowHex : high.toString(16) + lowHex.padStart(6, '0');
}

/** What a recorder stamps on its events. */
interface Source { key: string; component: Actor; host: string; source: NonNullable<Event['source']> }

/** The involvedObject reference: one literal in the server's field order (every stored object has a uid and resourceVersion). */
function reference(obj: KubeObject, fieldPath: string | undefined): Event['involvedObject'] {
  const m = obj.metadata;
  if (m.uid === undefined || m.resourceVersion === undefined) {
    const ref: Event['involvedObject'] = { kind: obj.kind, namespace: m.namespace ?? '', name: m.name };
    if (m.uid !== undefined) ref.uid = m.uid;
    ref.apiVersion = obj.apiVersion;
    if (m.resourceVersion !== undefined) ref.resourceVersion = m.resourceVersion;
    if (fieldPath) ref.fieldPath = fieldPath;
    return ref;
  }
  return fieldPath
    ? { kind: obj.kind, namespace: m.namespace ?? '', name: m.name, uid: m.uid, apiVersion: obj.apiVersion, resourceVersion: m.resourceVersion, fieldPath }
    : { kind: obj.kind, namespace: m.namespace ?? '', name: m.name, uid: m.uid, apiVersion: obj.apiVersion, resourceVersion: m.resourceVersion };
}

/** Creates the sink over the raw API; `now` is the simulated clock. */
export function createEventSink(api: EventApi, now: () => number): EventSink {
  const correlator = createEventCorrelator();
  let seq = 0;

  const eventName = (obj: KubeObject, at: number): string => {
    seq = (seq + 1) % 1_000_000;
    return `${obj.metadata.name}.${nanosHex(at, seq)}`;
  };

  const write = (obj: KubeObject, type: EventType, reason: string, message: string, src: Source, fieldPath: string | undefined): void => {
    const at = now();
    const c = correlator.correlate({ sourceKey: src.key, objectKey: obj.metadata.uid, fieldPath, type, reason, message }, at);
    if (c.kind === 'skip') return;
    const namespace = obj.metadata.namespace ?? 'default';
    const existingName = c.record.name;
    if (c.kind === 'update' && existingName) {
      const got = api.get('Event', namespace, existingName);
      if (got.ok) {
        const ev = got.value;
        const res = api.update(copyWith(ev, { count: c.count, message: c.message, lastTimestamp: rfc3339(at) }));
        if (res.ok) return;
      }
    }
    const name = existingName ?? eventName(obj, at);
    c.record.name = name;
    // Built in one piece, in the order the server stores it, with no `undefined` member (the owned create takes the body as is).
    const involvedObject = reference(obj, fieldPath);
    const stamp = rfc3339(at);
    const ev: Event = {
      apiVersion: 'v1', kind: 'Event',
      metadata: { name, namespace } as Event['metadata'],
      involvedObject, reason, message: c.message, type,
      source: src.source,
      firstTimestamp: stamp, lastTimestamp: stamp, count: c.kind === 'update' ? c.count : 1,
      reportingComponent: src.component, reportingInstance: src.host,
    };
    api.recordEvent(ev);
  };

  /** One recorder per component and host, made on first use: the kubelet asks for its node's on every event. */
  const recorders = new Map<string, EventRecorder>();
  return {
    recorder: (component, host) => {
      const key = `${component}/${host ?? ''}`;
      let r = recorders.get(key);
      if (!r) {
        // One frozen `source` per recorder, shared by its events (stored objects are immutable).
        const src: Source = { key, component, host: host ?? '', source: Object.freeze(host ? { component, host } : { component }) };
        r = { eventf: (obj, type, reason, message, fieldPath) => write(obj, type, reason, message, src, fieldPath) };
        recorders.set(key, r);
      }
      return r;
    },
  };
}
