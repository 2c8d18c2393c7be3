/**
 * createCluster wires one simulated cluster: the API server, the informer cache, the Deployment
 * and ReplicaSet controllers, the scheduler, the kubelets, the garbage collector, the registry
 * and one SimClock. After every API call and every clock instant it drains the controllers'
 * work queues until nothing is left to do. It holds no controller logic itself.
 */
import type { ClusterApi, LogReader, WatchEvent } from './api/types';
import type { Cluster, ClusterOptions } from './clusterTypes';
import type { ControllerAction } from './types/history';
import type { KubeObject, Pod, Service } from './types/objects';
import { hasSelector } from './controllers/endpointslice/endpoints';
import type { SyncContext } from './controllers/context';
import { createApiServer, type ApiServer } from './api/server';
import { createGarbageCollector } from './api/garbageCollector';
import { createSimClock } from './clock';
import { createRng } from './rng';
import { createControllerCache, controllerUid } from './controllers/cache';
import { createWorkQueue } from './controllers/workQueue';
import { syncDeployment } from './controllers/deployment/controller';
import { syncReplicaSet } from './controllers/replicaset/controller';
import { createEventSink } from './events/recorder';
import { createKubelet } from './kubelet/kubelet';
import { createLogStore } from './kubelet/logs';
import { createNodeRuntime } from './kubelet/node';
import { createRegistry } from './registry/registry';
import { nodeObject } from './scheduler/nodes';
import { serviceKeysFor, syncService } from './controllers/endpointslice/controller';
import { attachNetwork } from './network/attach';
import { apiServerEndpoints } from './network/apiServerEndpoints';
import { createQueueKeys } from './controllers/queueKeys';
import { schedulePod, type SchedulerContext } from './scheduler/scheduler';

/** Default simulated start: 2026-01-01T00:00:00Z. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 1);
/** More rounds than this in one drain means controllers chase each other forever: a bug. */
const MAX_ROUNDS_PER_DRAIN = 100_000;

/** Builds a cluster: `control-plane` plus workers, nodes registered, nothing else running. */
export function createCluster(opts: ClusterOptions = {}): Cluster {
  const clock = createSimClock(opts.startTime ?? DEFAULT_START_TIME);
  const rng = createRng(opts.seed ?? 1);
  const server: ApiServer = createApiServer({ now: clock.now, rng });
  const gc = createGarbageCollector(server);
  const registry = createRegistry(opts.images ?? []);
  const cache = createControllerCache(server.objects);
  const sink = createEventSink(server, clock.now);
  const logs = createLogStore(server);
  const actionLog: ControllerAction[] = [];
  const keys = createQueueKeys();
  const queues = { rs: createWorkQueue(), deploy: createWorkQueue(), schedule: createWorkQueue(), kubelet: createWorkQueue() };
  const serviceQueue = createWorkQueue();
  const nodeNames = ['control-plane', ...(opts.workers ?? ['worker-1', 'worker-2'])];
  const nodes = createNodeRuntime(nodeNames, clock.schedule, clock.now);

  /** Delayed requeues keep the earliest pending time per key, as the workqueue's AddAfter does. */
  const pendingRequeues = new Map<string, number>();
  const requeueAt = (queue: 'rs' | 'deploy', key: string, at: number): void => {
    const timer = `requeue/${queue}/${key}`;
    const pending = pendingRequeues.get(timer);
    if (pending !== undefined && pending <= at && pending >= clock.now()) return;
    pendingRequeues.set(timer, at);
    clock.schedule(at, timer, () => {
      pendingRequeues.delete(timer);
      queues[queue].add(key);
    });
  };
  const context = (actor: ControllerAction['actor'], queue: 'rs' | 'deploy'): SyncContext => ({
    api: server, cache, now: clock.now, events: sink.recorder(actor),
    record: (a) => { actionLog.push({ at: clock.now(), actor, ...a }); },
    enqueueAt: (key, at) => requeueAt(queue, key, at),
    createOwned: (obj) => server.createOwned(obj),
  });
  const deployCtx = context('deployment-controller', 'deploy');
  const rsCtx = context('replicaset-controller', 'rs');
  const svcCtx = context('endpointslice-controller', 'deploy');
  const schedCtx: SchedulerContext = {
    ...context('deployment-controller', 'deploy'), events: sink.recorder('default-scheduler'),
    record: (a) => { actionLog.push({ at: clock.now(), actor: 'default-scheduler', ...a }); },
    bind: (namespace, name, node) => server.bind(namespace, name, node),
  };
  const kubelet = createKubelet({
    api: server, cache, clock, registry, logs, rng, nodes,
    events: (node) => sink.recorder('kubelet', node),
    podByUid: (uid) => { const o = server.getByUid(uid); return o?.kind === 'Pod' ? o : undefined; },
  });

  /** Per namespace, the Services with a selector (the only ones a pod change can concern); dropped when a Service changes. */
  const selectingServices = new Map<string, readonly Service[]>();
  const selectingServicesIn = (namespace: string): readonly Service[] => {
    let list = selectingServices.get(namespace);
    if (!list) selectingServices.set(namespace, (list = (server.objects.list('Service', namespace) as Service[]).filter(hasSelector)));
    return list;
  };
  /** Pods not yet bound to a node, retried when a node changes. */
  const unscheduled = new Set<string>();
  server.onChange((ev) => { cache.apply(ev); route(ev); });

  function route(ev: WatchEvent): void {
    const o = ev.object;
    if (o.kind === 'Service') selectingServices.delete(o.metadata.namespace ?? '');
    for (const k of serviceKeysFor(ev, selectingServicesIn)) serviceQueue.add(k);
    if (o.kind === 'Deployment') queues.deploy.add(keys.of(o));
    else if (o.kind === 'ReplicaSet') {
      queues.rs.add(keys.of(o));
      enqueueOwner(o, 'Deployment');
    } else if (o.kind === 'Pod') {
      enqueueOwner(o, 'ReplicaSet');
      if (ev.type === 'DELETED') {
        kubelet.forgetPod(o.metadata.uid);
        recreateOwnerOf(o);
        unscheduled.delete(keys.of(o));
      } else if (o.spec.nodeName) {
        unscheduled.delete(keys.of(o));
        queues.kubelet.add(keys.of(o));
      } else if (o.metadata.deletionTimestamp) unscheduled.delete(keys.of(o));
      else if (ev.type === 'ADDED' || (ev.previous as Pod).spec !== o.spec) {
        // A status-only change (the scheduler's own Unschedulable condition) does not retry scheduling.
        unscheduled.add(keys.of(o));
        queues.schedule.add(keys.of(o));
      }
    } else if (o.kind === 'Node') {
      // A node that changes may now fit pods that fit nowhere before (the scheduling queue's move on node events).
      for (const k of unscheduled) queues.schedule.add(k);
    }
  }
  function enqueueOwner(o: KubeObject, kind: 'Deployment' | 'ReplicaSet'): void {
    const ref = o.metadata.ownerReferences?.find((r) => r.controller && r.kind === kind);
    if (ref) (kind === 'Deployment' ? queues.deploy : queues.rs).add(keys.key(o.metadata.namespace ?? '', ref.name));
  }
  /** The Deployment controller watches pod deletions (Recreate waits for the last old pod). Mirrors deletePod. */
  function recreateOwnerOf(pod: KubeObject): void {
    const rsUid = controllerUid(pod);
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'ReplicaSet');
    const rs = ref ? cache.replicaSet(pod.metadata.namespace ?? '', ref.name) : undefined;
    if (!rs || rs.metadata.uid !== rsUid) return;
    const dref = rs.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Deployment');
    const d = dref ? cache.deployment(rs.metadata.namespace ?? '', dref.name) : undefined;
    if (d?.spec.strategy?.type === 'Recreate') queues.deploy.add(keys.of(d));
  }

  /**
   * Drains the work queues in rounds: each round handles the keys queued so far, ReplicaSets
   * first, then Deployments, the scheduler and the kubelets, so a burst of pod changes costs one
   * ReplicaSet sync (the workqueue's de-duplication), never one per pod.
   */
  function drain(): void {
    const order = [
      [queues.rs, (k: string) => syncReplicaSet(rsCtx, ...keys.split(k))],
      [queues.deploy, (k: string) => syncDeployment(deployCtx, ...keys.split(k))],
      [queues.schedule, (k: string) => schedulePod(schedCtx, ...keys.split(k))],
      [queues.kubelet, (k: string) => kubelet.syncPod(...keys.split(k))],
      [serviceQueue, (k: string) => syncService(svcCtx, ...keys.split(k))],
    ] as const;
    for (let rounds = 0; ; rounds++) {
      if (rounds > MAX_ROUNDS_PER_DRAIN) throw new Error('cluster: controllers did not settle (broken invariant)');
      let worked = false;
      for (const [queue, sync] of order) {
        for (let n = queue.size; n > 0; n--) {
          const key = queue.pop();
          if (key !== undefined) sync(key);
          worked = true;
        }
      }
      if (!worked && gc.sync() === 0) return;
    }
  }

  const listeners = new Set<() => void>();
  let notifiedAt = -1;
  const settle = (): void => {
    drain();
    if (server.version() !== notifiedAt) {
      notifiedAt = server.version();
      for (const l of [...listeners]) l();
    }
  };
  const after = <R>(r: R): R => {
    settle();
    return r;
  };

  for (const [i, name] of nodeNames.entries()) {
    const res = server.create<'Node'>(nodeObject(name, i, i === 0, clock.now()));
    if (!res.ok) throw new Error(`cluster: cannot register node ${name}: ${res.error.message}`);
  }
  for (const obj of apiServerEndpoints(server)) {
    const res = server.create(obj);
    if (!res.ok) throw new Error(`cluster: cannot publish the API server's endpoints: ${res.error.message}`);
  }
  settle();

  const api: ClusterApi & LogReader = {
    get: (kind, namespace, name) => server.get(kind, namespace, name),
    list: (kind, o) => server.list(kind, o),
    watch: (kind, o, fn) => server.watch(kind, o, fn),
    getScale: (kind, namespace, name) => server.getScale(kind, namespace, name),
    create: (obj, o) => after(server.create(obj, o)),
    update: (obj, o) => after(server.update(obj, o)),
    updateStatus: (obj) => after(server.updateStatus(obj)),
    patch: (kind, namespace, name, type, patch, o) => after(server.patch(kind, namespace, name, type, patch, o)),
    delete: (kind, namespace, name, o) => after(server.delete(kind, namespace, name, o)),
    updateScale: (kind, namespace, name, replicas, o) => after(server.updateScale(kind, namespace, name, replicas, o)),
    logs: (namespace, pod, o) => logs.logs(namespace, pod, o),
  };

  const { network, traffic } = attachNetwork({ server, registry, now: clock.now, seed: opts.seed ?? 1 });

  return {
    api,
    network,
    traffic,
    now: clock.now,
    advance(ms) {
      clock.advance(ms, drain);
      settle();
    },
    nextDueAt: () => clock.nextDueAt(),
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    version: () => server.version(),
    changes: () => server.changes(),
    actions: () => actionLog,
    addImages: (images) => registry.add(images),
  };
}
