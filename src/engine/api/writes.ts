/**
 * create, update and updateStatus. Mirrors k8s.io/apiserver pkg/registry/generic/registry
 * store.go (Create, Update) and rest/create.go, rest/update.go (BeforeCreate, BeforeUpdate):
 * system fields are the server's, status is written only through the status subresource,
 * a write that changes nothing is not stored and keeps its resourceVersion.
 */
import { nameSuffix, newUid } from '../rng';
import type { Event, KubeObject } from '../types/objects';
import type { Result } from './errors';
import { fail, ok } from './errors';
import type { ServerCore } from './core';
import { decodeBody } from './decode';
import { invalidError } from './fieldErrors';
import { cloneShared, copyWith, deepEqual, isPlainObject, mutable, shareEqual, show } from './objectUtil';
import { rfc3339 } from '../clock';
import { resourceForKind } from './resources';
import { alreadyExists, badRequest, conflict, forbidden, notFound } from './statusErrors';
import { applyDefaults, keepAllocatedValues, prepareForCreate, validateCreate, validateStatusUpdate, validateUpdate } from './strategy';
import type { WriteOptions } from './types';
import { isDNS1123Subdomain } from './validation/names';

/** Longest generateName base kept before the 5-character suffix (63 − 5). */
const MAX_GENERATED_BASE = 58;

/**
 * Checks the body is an object of a served kind with the right Go types, filling apiVersion
 * when absent. The draft is the server's own copy, sharing only frozen subtrees (stored
 * snapshots: already defaulted, never written).
 */
function checkBody(input: unknown): Result<KubeObject> {
  if (!isPlainObject(input)) return fail(badRequest('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml'));
  const kind = input.kind;
  if (typeof kind !== 'string' || kind === '') return fail(badRequest(`Object 'Kind' is missing in '${JSON.stringify(input)}'`));
  const r = resourceForKind(kind);
  if (!r) return fail(badRequest(`no kind "${kind}" is registered for version "${show(input.apiVersion)}"`));
  const draft = copyWith(cloneShared(input)) as unknown as KubeObject;
  const av = (draft as { apiVersion?: unknown }).apiVersion;
  if (av !== undefined && av !== r.apiVersion) return fail(badRequest(`the API version in the data (${show(av)}) does not match the expected API version (${r.apiVersion})`));
  draft.apiVersion = r.apiVersion as never;
  const problem = decodeBody(draft.kind, draft);
  if (problem !== undefined) return fail(badRequest(problem));
  draft.metadata = (isPlainObject(draft.metadata) ? copyWith(draft.metadata) : {}) as KubeObject['metadata'];
  return ok(draft);
}

/** Checks the namespace a namespaced object goes into exists and is not terminating. */
function checkNamespace(core: ServerCore, obj: KubeObject): Result<true> {
  const ns = obj.metadata.namespace ?? '';
  const nsObj = core.store.get('Namespace', '', ns);
  if (!nsObj) return fail(notFound('Namespace', ns));
  if (nsObj.metadata.deletionTimestamp) {
    return fail(forbidden(obj.kind, obj.metadata.name, `unable to create new content in namespace ${ns} because it is being terminated`));
  }
  return ok(true);
}

/** create: defaults, validates, fills uid/resourceVersion/creationTimestamp/generation and stores. */
export function createObject(core: ServerCore, input: unknown, opts: WriteOptions): Result<KubeObject> {
  const body = checkBody(input);
  if (!body.ok) return body;
  return createDecoded(core, body.value, opts);
}

/**
 * create for a body the engine's own code built fresh and hands over (a pod from a template): it
 * is already typed, has no `undefined` or `null` members and shares nothing, so the defensive
 * copy and the decode pass are skipped; defaulting, validation and storage are the same.
 */
export function createOwnedObject(core: ServerCore, body: KubeObject): Result<KubeObject> {
  const r = resourceForKind(body.kind);
  if (!r || body.apiVersion !== r.apiVersion || Object.isFrozen(body)) return createObject(core, body, {});
  return createDecoded(core, body, {});
}

/**
 * create of an Event the engine's event recorder built: metadata of just a name
 * (`<object>.<unique hex>`) and a namespace, no spec. The checks a create makes of such a body
 * stay — a valid name, a namespace that exists and is not terminating, no Event of that name yet
 * — and the generic steps that cannot apply to it (server fields to strip, defaults) are skipped.
 * Any other body takes the general owned create.
 */
export function createRecordedEvent(core: ServerCore, ev: Event): Result<Event> {
  const m = ev.metadata;
  const keys = Object.keys(m);
  const name = m.name;
  if (keys.length !== 2 || keys[0] !== 'name' || keys[1] !== 'namespace' || !name || isDNS1123Subdomain(name).length > 0 || Object.isFrozen(ev)) {
    return createOwnedObject(core, ev) as Result<Event>;
  }
  const namespace = m.namespace || 'default';
  // The same metadata, in the same order, as the general create builds.
  const meta = { name, namespace, creationTimestamp: rfc3339(core.now()) } as Event['metadata'];
  ev.metadata = meta;
  return finishCreate(core, ev, true, false, {}) as Result<Event>;
}

/** The create steps after decoding: `obj` is the server's own draft. */
function createDecoded(core: ServerCore, obj: KubeObject, opts: WriteOptions): Result<KubeObject> {
  const spec = (obj as { spec?: unknown }).spec;
  if (isPlainObject(spec) && Object.isFrozen(spec)) (obj as { spec?: unknown }).spec = copyWith(spec);
  const r = resourceForKind(obj.kind);
  if (!r) return fail(badRequest(`no kind "${obj.kind}" is registered`));
  const namespace = obj.metadata.namespace;
  const m = withoutServerFields(obj.metadata);
  obj.metadata = m;
  if (r.namespaced) m.namespace = namespace || 'default';
  if (!m.name && m.generateName) m.name = generatedName(core, obj);
  m.name ??= '' as never;
  m.creationTimestamp = rfc3339(core.now());
  prepareForCreate(obj, core);
  applyDefaults(obj, core);
  const errs = validateCreate(obj);
  if (errs.length > 0) return fail(invalidError(obj.kind, m.name, errs));
  return finishCreate(core, obj, r.namespaced, r.tracksGeneration, opts);
}

/** The last steps of every create: the namespace exists and is not terminating, the name is free, then uid (and generation) and storage. */
function finishCreate(core: ServerCore, obj: KubeObject, namespaced: boolean, tracksGeneration: boolean, opts: WriteOptions): Result<KubeObject> {
  const m = obj.metadata;
  if (namespaced) {
    const nsOk = checkNamespace(core, obj);
    if (!nsOk.ok) return nsOk;
  }
  if (core.store.get(obj.kind, m.namespace ?? '', m.name)) return fail(alreadyExists(obj.kind, m.name));
  m.uid = newUid(core.rng);
  if (tracksGeneration) mutable(m).generation = 1;
  if (opts.dryRun) {
    m.resourceVersion = '';
    return ok(obj);
  }
  return ok(core.commitPut(obj, undefined));
}

/** Metadata fields only the server sets (and namespace, which create places itself). */
const SERVER_FIELDS = new Set(['uid', 'resourceVersion', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generation', 'managedFields', 'selfLink', 'namespace']);

/**
 * A copy of client-sent metadata without the server's fields. Built by assignment, not rest
 * destructuring: V8 (Node 20) gives rest and spread copies unshared hidden classes.
 */
function withoutServerFields(src: KubeObject['metadata']): KubeObject['metadata'] {
  const out: Record<string, unknown> = {};
  const from = src as unknown as Record<string, unknown>;
  for (const k of Object.keys(from)) if (!SERVER_FIELDS.has(k)) out[k] = from[k];
  return out as unknown as KubeObject['metadata'];
}

/** generateName + 5 random characters, retried on the rare collision (apiserver retries generated names). */
function generatedName(core: ServerCore, obj: KubeObject): string {
  const base = (obj.metadata.generateName ?? '').slice(0, MAX_GENERATED_BASE);
  let name = base + nameSuffix(core.rng);
  for (let i = 0; i < 8 && core.store.get(obj.kind, obj.metadata.namespace ?? '', name); i++) name = base + nameSuffix(core.rng);
  return name;
}

/** Copies the fields only the server sets from the stored object onto an incoming one. */
function keepSystemFields(draft: KubeObject, old: KubeObject): void {
  const m = draft.metadata;
  const o = old.metadata;
  m.uid = o.uid;
  m.creationTimestamp = o.creationTimestamp;
  m.namespace = o.namespace as never;
  if (o.namespace === undefined) delete m.namespace;
  for (const k of ['generation', 'deletionTimestamp', 'deletionGracePeriodSeconds'] as const) {
    if (o[k] === undefined) delete m[k];
    else (m as unknown as Record<string, unknown>)[k] = o[k];
  }
  delete m.managedFields;
}

/** A namespace stays while its spec.finalizers (the namespace controller's `kubernetes`) are not cleared. */
const hasSpecFinalizers = (o: KubeObject): boolean => o.kind === 'Namespace' && (o.spec?.finalizers ?? []).length > 0;

/** Finishes an update: no-op check, finalizer completion, dry run, store. */
function finishUpdate(core: ServerCore, draft: KubeObject, old: KubeObject, opts: WriteOptions): Result<KubeObject> {
  draft.metadata.resourceVersion = old.metadata.resourceVersion;
  if (shareEqual(draft, old) === old) return ok(old);
  if (opts.dryRun) return ok(draft);
  const m = draft.metadata;
  if (m.deletionTimestamp && (m.finalizers ?? []).length === 0 && !m.deletionGracePeriodSeconds && !hasSpecFinalizers(draft)) {
    core.commitPut(draft, old);
    const stored = core.store.get(draft.kind, m.namespace ?? '', m.name);
    return ok(stored ? core.commitRemove(stored) : draft);
  }
  return ok(core.commitPut(draft, old));
}

/** Looks up the stored object an update addresses and checks its resourceVersion precondition. */
function loadForUpdate(core: ServerCore, draft: KubeObject): Result<KubeObject> {
  const r = resourceForKind(draft.kind);
  const ns = r?.namespaced ? (draft.metadata.namespace || 'default') : '';
  const name = draft.metadata.name ?? '';
  if (name === '') return fail(badRequest('resource name may not be empty'));
  const old = core.store.get(draft.kind, ns, name);
  if (!old) return fail(notFound(draft.kind, name));
  const uid = draft.metadata.uid;
  if (uid !== undefined && uid !== '' && uid !== old.metadata.uid) {
    return fail(conflict(draft.kind, name, `Precondition failed: UID in precondition: ${uid}, UID in object meta: ${old.metadata.uid}`));
  }
  const rv = draft.metadata.resourceVersion;
  if (rv !== undefined && rv !== '' && rv !== old.metadata.resourceVersion) return fail(conflict(draft.kind, name));
  return ok(old);
}

/**
 * Whether an update changes the spec (and so bumps metadata.generation). Binding a pod — setting
 * spec.nodeName while empty — is the pods/binding subresource's job and bumps nothing.
 */
function specChanged(draft: KubeObject, old: KubeObject): boolean {
  const next = (draft as { spec?: unknown }).spec;
  const prev = (old as { spec?: unknown }).spec;
  if (draft.kind === 'Pod' && old.kind === 'Pod' && !old.spec.nodeName && isPlainObject(next) && isPlainObject(prev)) {
    return !deepEqual({ ...next, nodeName: undefined }, prev);
  }
  return !deepEqual(next, prev);
}

/** update: replaces metadata and spec, keeps status (kinds with a status subresource). */
export function updateObject(core: ServerCore, input: unknown, opts: WriteOptions): Result<KubeObject> {
  const body = checkBody(input);
  if (!body.ok) return body;
  const draft = body.value;
  const loaded = loadForUpdate(core, draft);
  if (!loaded.ok) return loaded;
  const old = loaded.value;
  const r = resourceForKind(draft.kind);
  keepSystemFields(draft, old);
  if (r?.hasStatus) {
    const st = (old as { status?: unknown }).status;
    if (st === undefined) delete (draft as { status?: unknown }).status;
    else (draft as { status?: unknown }).status = st;
  }
  keepAllocatedValues(draft, old);
  applyDefaults(draft, core);
  const errs = validateUpdate(draft, old);
  if (errs.length > 0) return fail(invalidError(draft.kind, draft.metadata.name, errs));
  if (r?.tracksGeneration && specChanged(draft, old)) {
    mutable(draft.metadata).generation = (old.metadata.generation ?? 0) + 1;
  }
  return finishUpdate(core, draft, old, opts);
}

/** updateStatus: takes only status from the body; everything else stays as stored. */
export function updateObjectStatus(core: ServerCore, input: unknown): Result<KubeObject> {
  const body = checkBody(input);
  if (!body.ok) return body;
  return updateDecodedStatus(core, body.value);
}

/**
 * updateStatus for a body the engine's own code built fresh and hands over (the kubelet's status
 * sync): typed, with no `undefined` member, sharing only frozen subtrees — so neither the
 * defensive copy nor the decode pass is needed (as for createOwnedObject).
 */
export function updateOwnedStatus(core: ServerCore, body: KubeObject): Result<KubeObject> {
  const r = resourceForKind(body.kind);
  if (!r || body.apiVersion !== r.apiVersion || Object.isFrozen(body)) return updateObjectStatus(core, body);
  return updateDecodedStatus(core, body);
}

/** The status update steps after decoding. */
function updateDecodedStatus(core: ServerCore, draftBody: KubeObject): Result<KubeObject> {
  const loaded = loadForUpdate(core, draftBody);
  if (!loaded.ok) return loaded;
  const old = loaded.value;
  const prevStatus = (old as { status?: unknown }).status;
  const status = shareEqual((draftBody as { status?: unknown }).status, prevStatus);
  if (status === prevStatus) return ok(old);
  const draft = copyWith(old as KubeObject & { status?: unknown }, { status }) as KubeObject;
  if (status === undefined) delete (draft as { status?: unknown }).status;
  const errs = validateStatusUpdate(draft, old);
  if (errs.length > 0) return fail(invalidError(draft.kind, draft.metadata.name, errs));
  return ok(core.commitPut(draft, old));
}
