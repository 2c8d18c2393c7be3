/**
 * createTrafficGenerator: a steady stream of requests to one Service on the simulated clock,
 * recorded per simulated second. Request k of a run is sent at `anchor + ⌊k·1000/rate⌋` ms
 * (rate 4/s from 10:00:00.000: .000, .250, .500, .750). The generator schedules no clock
 * work: it evaluates requests lazily, in time order, against the route table as it stood at
 * each request's time — refreshed after every change of the Service, its slices or pods, with
 * the requests before the change evaluated first. So an idle cluster stays idle, and the
 * records are the same whenever (and however often) anyone reads them.
 */
import type { ClusterApi, WatchEvent } from '../api/types';
import type { Registry } from '../registry/registry';
import type { Rng } from '../rng';
import type { TrafficFailure, TrafficGenerator, TrafficSecond, TrafficStatus } from './types';
import { buildRouteTable, type RouteCache, type RouteTable } from './routeTable';
import { createSecondBuckets } from './seconds';

/** Most requests per simulated second the generator sends. */
export const MAX_RATE = 1000;
/** A request slower than this counts as a timeout unless the run says otherwise. */
export const DEFAULT_TIMEOUT_MS = 2000;

/** What the generator reads and listens to. */
export interface TrafficDeps {
  api: ClusterApi;
  registry: Registry;
  now(): number;
  /** Subscribes to every stored change, at the simulated time it happens. */
  onChange(fn: (ev: WatchEvent) => void): () => void;
  /** The generator's own stream, so traffic never shifts other random choices. */
  rng: Rng;
}

interface Run {
  service: string;
  namespace: string;
  port: number | undefined;
  path: string;
  rate: number;
  timeoutMs: number;
  since: number;
  /** Time of request 0 at the current rate. */
  anchor: number;
  /** Index of the next request to evaluate. */
  next: number;
}

/** Validates a rate, returning the error message for a bad one. */
function badRate(rate: number): string | undefined {
  return Number.isFinite(rate) && rate > 0 && rate <= MAX_RATE ? undefined : `invalid rate ${rate}: must be greater than 0 and at most ${MAX_RATE} requests per second`;
}

/** Creates the generator of one cluster; it listens to the cluster's changes for its whole life. */
export function createTrafficGenerator(deps: TrafficDeps): TrafficGenerator {
  const buckets = createSecondBuckets();
  let run: Run | undefined;
  let table: RouteTable = { kind: 'unresolved' };
  /** Under ClientIP affinity, the endpoint the generator's client is stuck to. */
  let stuckTo: string | undefined;

  const nextAt = (r: Run): number => r.anchor + Math.floor((r.next * 1000) / r.rate);
  const cache: RouteCache = new Map();
  /** Addresses the current table sends to. */
  let tableIPs = new Set<string>();
  const refresh = (r: Run): void => {
    if (cache.size > 10_000) cache.clear();
    table = buildRouteTable(deps.api, deps.registry, cache, r.namespace, r.service, r.port);
    tableIPs = new Set(table.kind === 'endpoints' ? table.routes.map((x) => x.ip) : []);
  };

  /** Evaluates every request sent before `until` with the current table. */
  function flushBefore(until: number): void {
    const r = run;
    if (!r) return;
    for (let at = nextAt(r); at < until; at = nextAt(r)) {
      send(r, at);
      r.next++;
    }
    buckets.closeBefore(until);
  }

  function send(r: Run, at: number): void {
    const b = buckets.at(at, r.service, r.namespace);
    const fail = (why: TrafficFailure): void => b.fail(why);
    if (table.kind === 'unresolved') return fail('unresolved');
    if (table.kind === 'no-port') return fail('timeout');
    if (table.routes.length === 0) return fail('refused');
    const kept = table.sticky ? table.routes.find((x) => x.ip === stuckTo) : undefined;
    const route = kept ?? deps.rng.pick(table.routes);
    stuckTo = route.ip;
    if (route.kind === 'refused') return fail('refused');
    if (route.kind === 'unreachable' || route.latencyMs > r.timeoutMs) return fail('timeout');
    b.serve(route.by, route.status);
  }

  deps.onChange((ev) => {
    const r = run;
    if (!r || (ev.object.metadata.namespace ?? '') !== r.namespace) return;
    const k = ev.object.kind;
    if (k !== 'Pod' && k !== 'EndpointSlice' && k !== 'Service') return;
    // Readiness and membership reach the table through slice updates; a pod matters by itself only when it is in the table.
    if (ev.object.kind === 'Pod' && !tableIPs.has(ev.object.status?.podIP ?? '')) return;
    flushBefore(deps.now());
    refresh(r);
  });

  function finish(): void {
    flushBefore(deps.now());
    buckets.closeAll();
    run = undefined;
  }

  return {
    start(opts) {
      const err = badRate(opts.ratePerSecond);
      if (err) return err;
      if (run) finish();
      const now = deps.now();
      run = {
        service: opts.service, namespace: opts.namespace ?? 'default', port: opts.port, path: opts.path ?? '/', rate: opts.ratePerSecond,
        timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, since: now, anchor: now, next: 0,
      };
      refresh(run);
      return undefined;
    },
    stop() {
      if (run) finish();
    },
    setRate(rate) {
      const err = badRate(rate);
      if (err || !run) return err;
      flushBefore(deps.now());
      run.rate = rate;
      run.anchor = deps.now();
      run.next = 0;
      return undefined;
    },
    status(): TrafficStatus {
      if (!run) return { running: false };
      const { service, namespace, port, path, rate, timeoutMs, since } = run;
      return { running: true, service, namespace, port, path, ratePerSecond: rate, timeoutMs, since };
    },
    samples(): readonly TrafficSecond[] {
      flushBefore(deps.now());
      return buckets.records();
    },
    current(): TrafficSecond | undefined {
      flushBefore(deps.now());
      return run ? buckets.open() : undefined;
    },
  };
}
