/** revisionCount: how many revisions `kubectl rollout history` lists for a Deployment. */
import { z } from 'zod';
import { countRange, deploymentArg, describeRange, inRange, namespaceArg, requireBound } from './args';
import { defineCheck, failWith, pass } from './types';
import { getObject, notFound, replicaSetsOf, revisionOf } from './util';

export const revisionCount = defineCheck({
  kind: 'revisionCount',
  summary: 'The number of revisions in the rollout history (ReplicaSets that carry a revision).',
  args: z.object({ name: deploymentArg, namespace: namespaceArg, ...countRange }).strict().superRefine(requireBound),
  describe: (a) => `Deployment "${a.name}" has ${describeRange(a)} revision(s) in its rollout history`,
  check: (view, a) => {
    const d = getObject(view, 'Deployment', a.name, a.namespace);
    if (!d) return failWith(notFound('Deployment', a.name, a.namespace));
    const revisions = replicaSetsOf(view, d).map(revisionOf).filter((r) => r > 0);
    const found = `the history lists ${revisions.length} revision(s)${revisions.length ? ` (${revisions.join(', ')})` : ''}`;
    return inRange(revisions.length, a) ? pass(found) : failWith(`${found}; wanted ${describeRange(a)}`);
  },
});
