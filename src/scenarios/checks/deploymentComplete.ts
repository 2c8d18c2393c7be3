/** deploymentComplete: the Deployment finished rolling out, as `kubectl rollout status` would say. */
import { z } from 'zod';
import { isDeploymentComplete } from '../history/sample';
import { deploymentArg, namespaceArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { getObject, notFound } from './util';

export const deploymentComplete = defineCheck({
  kind: 'deploymentComplete',
  summary: 'The Deployment is complete: every replica updated and available, the newest spec observed.',
  args: z.object({ name: deploymentArg, namespace: namespaceArg }).strict(),
  describe: (a) => `Deployment "${a.name}" has successfully rolled out`,
  check: (view, a) => {
    const d = getObject(view, 'Deployment', a.name, a.namespace);
    if (!d) return failWith(notFound('Deployment', a.name, a.namespace));
    if (isDeploymentComplete(d)) return pass(`deployment "${a.name}" successfully rolled out`);
    const s = d.status ?? {};
    const want = d.spec.replicas ?? 1;
    if ((s.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) return failWith('the controller has not observed the newest spec yet');
    if ((s.updatedReplicas ?? 0) < want) return failWith(`${s.updatedReplicas ?? 0} out of ${want} new replicas have been updated`);
    if ((s.replicas ?? 0) > (s.updatedReplicas ?? 0)) return failWith(`${(s.replicas ?? 0) - (s.updatedReplicas ?? 0)} old replicas are pending termination`);
    return failWith(`${s.availableReplicas ?? 0} of ${s.updatedReplicas ?? 0} updated replicas are available`);
  },
});
