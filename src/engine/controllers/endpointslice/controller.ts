/**
 * The EndpointSlice controller (and the legacy Endpoints controller kubectl still shows):
 * for every Service with a selector, keep slices `<svc>-<5 chars>` listing the selected pods
 * with their ready/serving/terminating conditions, and an Endpoints object `<svc>` with ready
 * and not-ready addresses. Mirrors pkg/controller/endpointslice (syncService, reconciler.go)
 * and pkg/controller/endpoint (syncService).
 */
import type { ClusterApi, WatchEvent } from '../../api/types';
import type { EndpointSlice, Endpoints, KubeObject, Pod, Service } from '../../types/objects';
import type { SyncContext } from '../context';
import { rfc3339 } from '../../clock';
import { canonicalJson } from '../deployment/hash';
import {
  ANNOTATION_TRIGGER_TIME, CONTROLLER_NAME, LABEL_HEADLESS, LABEL_MANAGED_BY, LABEL_SERVICE_NAME, LABEL_SKIP_MIRROR,
  hasSelector, planEndpointSlices, planEndpointSubsets, selectsPod, type SliceContent,
} from './endpoints';

/** syncService brings one Service's EndpointSlices and Endpoints in line with the pods it selects. */
export function syncService(ctx: SyncContext, namespace: string, name: string): void {
  const got = ctx.api.get('Service', namespace, name);
  if (!got.ok) return deleteEndpoints(ctx.api, namespace, name);
  const svc = got.value;
  if (!hasSelector(svc) || svc.metadata.deletionTimestamp) return;
  const listed = ctx.api.list('Pod', { namespace });
  const pods = listed.ok ? listed.value.filter((p) => selectsPod(svc, p)) : [];
  reconcileSlices(ctx, svc, planEndpointSlices(svc, pods));
  reconcileEndpoints(ctx, svc, pods);
}

/** The Endpoints object goes with its Service (slices go by garbage collection: they have an owner). */
function deleteEndpoints(api: ClusterApi, namespace: string, name: string): void {
  const ep = api.get('Endpoints', namespace, name);
  if (ep.ok && ep.value.metadata.labels?.[LABEL_SKIP_MIRROR] === 'true') api.delete('Endpoints', namespace, name);
}

/** Labels a slice carries: the Service's own, the service-name and managed-by labels, headless when clusterIP is None. Mirrors setEndpointSliceLabels. */
function sliceLabels(svc: Service): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(svc.metadata.labels ?? {})) if (k !== LABEL_SERVICE_NAME && k !== LABEL_MANAGED_BY) labels[k] = v;
  if (svc.spec.clusterIP === 'None') labels[LABEL_HEADLESS] = '';
  labels[LABEL_MANAGED_BY] = CONTROLLER_NAME;
  labels[LABEL_SERVICE_NAME] = svc.metadata.name;
  return labels;
}

/** Slices this controller manages for the Service, oldest first. */
function managedSlices(api: ClusterApi, svc: Service): EndpointSlice[] {
  const res = api.list('EndpointSlice', {
    namespace: svc.metadata.namespace ?? '', labelSelector: `${LABEL_SERVICE_NAME}=${svc.metadata.name},${LABEL_MANAGED_BY}=${CONTROLLER_NAME}`,
  });
  if (!res.ok) return [];
  return res.value.sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : a.metadata.creationTimestamp > b.metadata.creationTimestamp ? 1 : a.metadata.name < b.metadata.name ? -1 : 1));
}

const sameContent = (s: EndpointSlice, want: SliceContent, labels: Record<string, string>): boolean =>
  canonicalJson(s.endpoints ?? null) === canonicalJson(want.endpoints) && canonicalJson(s.ports ?? null) === canonicalJson(want.ports)
  && canonicalJson(s.metadata.labels ?? {}) === canonicalJson(labels);

/** Updates existing slices in place, creates missing ones with generateName `<svc>-`, deletes the surplus. Mirrors reconciler.reconcileByAddressType. */
function reconcileSlices(ctx: SyncContext, svc: Service, want: SliceContent[]): void {
  const have = managedSlices(ctx.api, svc);
  const labels = sliceLabels(svc);
  const trigger = rfc3339(ctx.now());
  want.forEach((content, i) => {
    const existing = have[i];
    if (existing && sameContent(existing, content, labels)) return;
    const annotations = { ...existing?.metadata.annotations, [ANNOTATION_TRIGGER_TIME]: trigger };
    if (existing) {
      ctx.api.update({ ...existing, metadata: { ...existing.metadata, labels, annotations }, endpoints: content.endpoints as never, ports: content.ports as never });
      return;
    }
    ctx.api.create<'EndpointSlice'>({
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
      metadata: {
        generateName: `${svc.metadata.name}-`, namespace: svc.metadata.namespace ?? '', labels, annotations,
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: svc.metadata.name, uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true }],
      } as unknown as EndpointSlice['metadata'],
      addressType: 'IPv4', endpoints: content.endpoints as never, ports: content.ports as never,
    });
  });
  for (const extra of have.slice(want.length)) ctx.api.delete('EndpointSlice', extra.metadata.namespace ?? '', extra.metadata.name);
}

/** Writes the Endpoints object `<svc>` when its subsets or labels changed. */
function reconcileEndpoints(ctx: SyncContext, svc: Service, pods: readonly Pod[]): void {
  const namespace = svc.metadata.namespace ?? '';
  const subsets = planEndpointSubsets(svc, pods);
  const labels: Record<string, string> = { ...svc.metadata.labels, [LABEL_SKIP_MIRROR]: 'true' };
  const cur = ctx.api.get('Endpoints', namespace, svc.metadata.name);
  const annotations = { [ANNOTATION_TRIGGER_TIME]: rfc3339(ctx.now()) };
  if (!cur.ok) {
    const body = { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: svc.metadata.name, namespace, labels, annotations } } as unknown as Endpoints;
    ctx.api.create<'Endpoints'>(subsets.length > 0 ? { ...body, subsets } : body);
    return;
  }
  const ep = cur.value;
  if (canonicalJson(ep.subsets ?? []) === canonicalJson(subsets) && canonicalJson(ep.metadata.labels ?? {}) === canonicalJson(labels)) return;
  const next: Endpoints = { ...ep, metadata: { ...ep.metadata, labels, annotations: { ...ep.metadata.annotations, ...annotations } } };
  if (subsets.length > 0) next.subsets = subsets;
  else delete next.subsets;
  ctx.api.update(next);
}

/** What of a pod shows in endpoints: a status write that changes none of it needs no sync. Mirrors podEndpointsChanged. */
function endpointSignature(p: Pod): string {
  const ready = p.status?.conditions?.find((c) => c.type === 'Ready')?.status ?? '';
  return JSON.stringify([p.metadata.labels ?? {}, p.status?.podIP ?? '', p.spec.nodeName ?? '', p.metadata.deletionTimestamp ?? '', p.status?.phase ?? '', ready, p.spec.hostname ?? '', p.spec.subdomain ?? ''].concat(p.spec.containers.map((c) => JSON.stringify(c.ports ?? []))));
}

/**
 * The Service keys (`namespace/name`) a watch event should queue: the Service itself, the
 * Services selecting a changed pod (before or after the change), and the owner of a managed
 * slice or Endpoints object someone else changed or deleted. Mirrors the controller's event handlers.
 */
export function serviceKeysFor(ev: WatchEvent, selectingServicesIn: (namespace: string) => readonly Service[]): readonly string[] {
  const o: KubeObject = ev.object;
  const ns = o.metadata.namespace ?? '';
  switch (o.kind) {
    case 'Service': return [`${ns}/${o.metadata.name}`];
    case 'Pod': {
      const prev = ev.type === 'MODIFIED' && ev.previous.kind === 'Pod' ? ev.previous : undefined;
      // Only Services with a selector can select a pod: with none, skip the signature compare.
      const services = selectingServicesIn(ns);
      if (services.length === 0 || (prev && endpointSignature(prev) === endpointSignature(o))) return NO_KEYS;
      return services.filter((s) => selectsPod(s, o) || (prev !== undefined && selectsPod(s, prev))).map((s) => `${ns}/${s.metadata.name}`);
    }
    case 'EndpointSlice': {
      const svc = o.metadata.labels?.[LABEL_SERVICE_NAME];
      return svc && o.metadata.labels?.[LABEL_MANAGED_BY] === CONTROLLER_NAME && ev.type !== 'ADDED' ? [`${ns}/${svc}`] : [];
    }
    case 'Endpoints': return ev.type === 'DELETED' ? [`${ns}/${o.metadata.name}`] : [];
    default: return NO_KEYS;
  }
}

const NO_KEYS: readonly string[] = Object.freeze([]);
