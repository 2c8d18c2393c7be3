/** objectExists: an object (by name), or a number of objects (by label selector), exists. */
import { z } from 'zod';
import { countRange, describeRange, inRange, kindArg, nameArg, namespaceArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { DEFAULT_NAMESPACE, getObject } from './util';

const args = z
  .object({
    kind: kindArg,
    name: z.exactOptional(nameArg),
    namespace: namespaceArg,
    labelSelector: z.exactOptional(z.string().describe('Label selector, as `kubectl get -l` takes it.')),
    ...countRange,
  })
  .strict();

export const objectExists = defineCheck({
  kind: 'objectExists',
  summary: 'An object exists by name, or a number of objects match a label selector (default: at least 1).',
  args,
  describe: (a) => {
    if (a.name !== undefined) return `A ${a.kind} named "${a.name}" exists`;
    const range = a.equals ?? a.min ?? a.max !== undefined ? describeRange(a) : 'at least 1';
    return `${range} ${a.kind} object(s)${a.labelSelector ? ` with labels ${a.labelSelector}` : ''} exist`;
  },
  check: (view, a) => {
    const ns = a.namespace ?? DEFAULT_NAMESPACE;
    if (a.name !== undefined) {
      const obj = getObject(view, a.kind, a.name, ns);
      return obj ? pass(`${a.kind} "${a.name}" exists`) : failWith(`there is no ${a.kind} "${a.name}" in namespace ${ns}`);
    }
    const r = view.api.list(a.kind, a.labelSelector ? { namespace: ns, labelSelector: a.labelSelector } : { namespace: ns });
    if (!r.ok) return failWith(r.error.message);
    const range = a.equals === undefined && a.min === undefined && a.max === undefined ? { min: 1 } : a;
    const n = r.value.filter((o) => !o.metadata.deletionTimestamp).length;
    const found = `${n} ${a.kind} object(s)${a.labelSelector ? ` match ${a.labelSelector}` : ' exist'}`;
    return inRange(n, range) ? pass(found) : failWith(`${found}; wanted ${describeRange(range)}`);
  },
});
