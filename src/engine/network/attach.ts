/**
 * attachNetwork: builds a cluster's network and traffic generator over its API server and
 * image registry, each with its own generator derived from the cluster seed, so requests
 * never shift the names, uids and IPs the control plane draws.
 */
import type { ApiServer } from '../api/server';
import type { Registry } from '../registry/registry';
import type { TrafficGenerator } from '../traffic/types';
import type { ClusterNetwork } from './types';
import { createRng } from '../rng';
import { createTrafficGenerator } from '../traffic/generator';
import { createNetwork } from './network';

/** Salts that split the cluster seed into independent streams. */
const STREAM = { network: 0x6e657477, traffic: 0x74726166 } as const;

/** The network and the traffic generator of one cluster. */
export function attachNetwork(deps: { server: ApiServer; registry: Registry; now: () => number; seed: number }): { network: ClusterNetwork; traffic: TrafficGenerator } {
  const network = createNetwork({ api: deps.server, registry: deps.registry, now: deps.now, rng: createRng(deps.seed ^ STREAM.network) });
  const traffic = createTrafficGenerator({
    api: deps.server, registry: deps.registry, now: deps.now, onChange: (fn) => deps.server.onChange(fn), rng: createRng(deps.seed ^ STREAM.traffic),
  });
  return { network, traffic };
}
