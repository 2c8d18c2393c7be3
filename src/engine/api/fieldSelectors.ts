/**
 * Field selectors (`--field-selector status.phase=Running,spec.nodeName!=w1`). Mirrors
 * apimachinery pkg/fields/selector.go (ParseSelector: terms split on unescaped commas,
 * operators `!=`, `==`, `=`) and the per-kind field label conversion funcs (which fields a
 * kind can be selected by; anything else is `field label not supported`).
 */
import type { Kind, KubeObject } from '../types/objects';

/** One `field op value` term. */
export interface FieldRequirement {
  field: string;
  operator: '=' | '!=';
  value: string;
}

export type FieldParseResult = { ok: true; requirements: FieldRequirement[] } | { ok: false; message: string };

type Getter = (o: KubeObject) => string;
const meta: Record<string, Getter> = {
  'metadata.name': (o) => o.metadata.name,
  'metadata.namespace': (o) => o.metadata.namespace ?? '',
};
const str = (v: string | number | undefined | null): string => (v === undefined || v === null ? '' : String(v));

/** Selectable fields per kind, as the 1.34 API server registers them. */
const FIELDS: Record<Kind, Record<string, Getter>> = {
  Pod: {
    ...meta,
    'spec.nodeName': (o) => str(o.kind === 'Pod' ? o.spec.nodeName : ''),
    'spec.restartPolicy': (o) => str(o.kind === 'Pod' ? o.spec.restartPolicy : ''),
    'spec.schedulerName': (o) => str(o.kind === 'Pod' ? o.spec.schedulerName : ''),
    'spec.serviceAccountName': (o) => str(o.kind === 'Pod' ? o.spec.serviceAccountName : ''),
    'spec.hostNetwork': (o) => String(o.kind === 'Pod' ? o.spec.hostNetwork === true : false),
    'status.phase': (o) => str(o.kind === 'Pod' ? o.status?.phase : ''),
    'status.podIP': (o) => str(o.kind === 'Pod' ? o.status?.podIP : ''),
    'status.nominatedNodeName': (o) => str(o.kind === 'Pod' ? o.status?.nominatedNodeName : ''),
  },
  ReplicaSet: { ...meta, 'status.replicas': (o) => str(o.kind === 'ReplicaSet' ? (o.status?.replicas ?? 0) : '') },
  Deployment: { ...meta },
  Node: { ...meta, 'spec.unschedulable': (o) => String(o.kind === 'Node' ? o.spec?.unschedulable === true : false) },
  Namespace: { ...meta, 'status.phase': (o) => str(o.kind === 'Namespace' ? o.status?.phase : '') },
  Event: {
    ...meta,
    'involvedObject.kind': (o) => str(o.kind === 'Event' ? o.involvedObject.kind : ''),
    'involvedObject.namespace': (o) => str(o.kind === 'Event' ? o.involvedObject.namespace : ''),
    'involvedObject.name': (o) => str(o.kind === 'Event' ? o.involvedObject.name : ''),
    'involvedObject.uid': (o) => str(o.kind === 'Event' ? o.involvedObject.uid : ''),
    'involvedObject.apiVersion': (o) => str(o.kind === 'Event' ? o.involvedObject.apiVersion : ''),
    'involvedObject.resourceVersion': (o) => str(o.kind === 'Event' ? o.involvedObject.resourceVersion : ''),
    'involvedObject.fieldPath': (o) => str(o.kind === 'Event' ? o.involvedObject.fieldPath : ''),
    reason: (o) => str(o.kind === 'Event' ? o.reason : ''),
    reportingComponent: (o) => str(o.kind === 'Event' ? o.reportingComponent : ''),
    source: (o) => str(o.kind === 'Event' ? o.source?.component : ''),
    type: (o) => str(o.kind === 'Event' ? o.type : ''),
  },
  Service: { ...meta, 'spec.clusterIP': (o) => str(o.kind === 'Service' ? o.spec.clusterIP : ''), 'spec.type': (o) => str(o.kind === 'Service' ? o.spec.type : '') },
  Endpoints: { ...meta },
  EndpointSlice: { ...meta, addressType: (o) => str(o.kind === 'EndpointSlice' ? o.addressType : '') },
};

/** Splits on commas not escaped with a backslash, keeping escapes for the term parser. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\\' && i + 1 < text.length) { cur += c + (text[i + 1] ?? ''); i++; continue; }
    if (c === ',') { terms.push(cur); cur = ''; continue; }
    cur += c;
  }
  terms.push(cur);
  return terms;
}

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

/** Parses field selector text; empty text selects everything. */
export function parseFieldSelector(text: string): FieldParseResult {
  if (text.trim() === '') return { ok: true, requirements: [] };
  const requirements: FieldRequirement[] = [];
  for (const term of splitTerms(text)) {
    if (term === '') continue;
    const m = /^(.*?)(!=|==|=)(.*)$/.exec(term);
    if (!m) return { ok: false, message: `invalid selector: '${text}'; can't understand '${term}'` };
    requirements.push({ field: unescape(m[1] ?? ''), operator: m[2] === '!=' ? '!=' : '=', value: unescape(m[3] ?? '') });
  }
  return { ok: true, requirements };
}

/** The first field the kind cannot be selected by, or undefined when all are supported. */
export function unsupportedField(kind: Kind, reqs: readonly FieldRequirement[]): string | undefined {
  return reqs.find((r) => !(r.field in FIELDS[kind]))?.field;
}

/** Whether an object satisfies every field requirement (fields must be supported; see unsupportedField). */
export function matchesFields(obj: KubeObject, reqs: readonly FieldRequirement[]): boolean {
  const table = FIELDS[obj.kind];
  for (const r of reqs) {
    const get = table[r.field];
    if (!get) return false;
    const v = get(obj);
    if ((v === r.value) !== (r.operator === '=')) return false;
  }
  return true;
}
