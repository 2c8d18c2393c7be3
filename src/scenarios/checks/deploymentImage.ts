/** deploymentImage: the Deployment's pod template (and optionally every pod) runs an image. */
import { z } from 'zod';
import { deploymentArg, namespaceArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { activePodsOf, getObject, imagesOf, notFound, sameImage } from './util';

const args = z
  .object({
    name: deploymentArg,
    namespace: namespaceArg,
    image: z.string().min(1).describe('Image reference; `perl` and `perl:latest` and `docker.io/library/perl:latest` are the same.'),
    container: z.exactOptional(z.string().min(1).describe('Container name (default: every container must match when there is one; the first otherwise).')),
    pods: z.exactOptional(z.boolean().describe('Also require every running pod to use the image, and spec.replicas of them.')),
  })
  .strict();

export const deploymentImage = defineCheck({
  kind: 'deploymentImage',
  summary: 'The Deployment template uses an image; with `pods: true` every pod of it does too.',
  args,
  describe: (a) => `Deployment "${a.name}"${a.container ? ` container ${a.container}` : ''} uses image ${a.image}${a.pods ? ' on every pod' : ''}`,
  check: (view, a) => {
    const d = getObject(view, 'Deployment', a.name, a.namespace);
    if (!d) return failWith(notFound('Deployment', a.name, a.namespace));
    const containers = imagesOf(d.spec.template.spec);
    const c = a.container ? containers.find((x) => x.name === a.container) : containers[0];
    if (!c) return failWith(`Deployment "${a.name}" has no container named "${a.container ?? ''}"`);
    if (!sameImage(c.image, a.image)) return failWith(`the template's container ${c.name} uses ${c.image}, not ${a.image}`);
    if (!a.pods) return pass(`container ${c.name} uses ${c.image}`);
    const pods = activePodsOf(view, d);
    const other = pods.filter((p) => !imagesOf(p.spec).some((x) => x.name === c.name && sameImage(x.image, a.image)));
    if (other.length > 0) {
      const names = other.slice(0, 3).map((p) => `${p.metadata.name} (${imagesOf(p.spec).find((x) => x.name === c.name)?.image ?? '?'})`);
      return failWith(`${other.length} of ${pods.length} pods still run another image: ${names.join(', ')}${other.length > 3 ? ', …' : ''}`);
    }
    const want = d.spec.replicas ?? 1;
    if (pods.length !== want) return failWith(`${pods.length} pods run ${a.image}; the Deployment wants ${want}`);
    return pass(`all ${want} pods run ${c.image}`);
  },
});
