/** replicasReady: a Deployment or ReplicaSet has a number of ready replicas. */
import { z } from 'zod';
import { namespaceArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { getObject, notFound } from './util';

const args = z
  .object({
    kind: z.exactOptional(z.enum(['Deployment', 'ReplicaSet']).describe('Default Deployment.')),
    name: z.string().min(1),
    namespace: namespaceArg,
    replicas: z.exactOptional(z.int().nonnegative().describe('Wanted number; also required of spec.replicas. Default: spec.replicas.')),
    available: z.exactOptional(z.boolean().describe('Count available replicas (ready for minReadySeconds) instead of ready ones.')),
  })
  .strict();

export const replicasReady = defineCheck({
  kind: 'replicasReady',
  summary: 'A Deployment (or ReplicaSet) wants and has exactly N ready (or available) replicas.',
  args,
  describe: (a) =>
    `${a.kind ?? 'Deployment'} "${a.name}" has ${a.replicas ?? 'all its'} replicas ${a.available ? 'available' : 'ready'}`,
  check: (view, a) => {
    const kind = a.kind ?? 'Deployment';
    const obj = getObject(view, kind, a.name, a.namespace);
    if (!obj) return failWith(notFound(kind, a.name, a.namespace));
    const spec = obj.spec.replicas ?? 1;
    const want = a.replicas ?? spec;
    const word = a.available ? 'available' : 'ready';
    const have = (a.available ? obj.status?.availableReplicas : obj.status?.readyReplicas) ?? 0;
    if (spec !== want) return failWith(`spec.replicas is ${spec}, not ${want}`);
    if (have !== want) return failWith(`${have} of ${want} replicas are ${word}`);
    return pass(`${have}/${want} replicas ${word}`);
  },
});
