/** rolloutHistoryContains: `kubectl rollout history` shows given revisions, change-causes, images. */
import { z } from 'zod';
import { deploymentArg, namespaceArg, regexArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { CHANGE_CAUSE_ANNOTATION, getObject, imagesOf, notFound, replicaSetsOf, revisionOf, sameImage } from './util';

const args = z
  .object({
    name: deploymentArg,
    namespace: namespaceArg,
    revisions: z.exactOptional(z.array(z.int().positive()).describe('Revision numbers that must all be listed.')),
    changeCauses: z.exactOptional(z.array(regexArg).describe('Each must match the CHANGE-CAUSE of some revision (regular expressions).')),
    images: z.exactOptional(z.array(z.string().min(1)).describe('Each must be the image of some revision.')),
    current: z.exactOptional(z.int().positive().describe("The Deployment's current revision.")),
  })
  .strict()
  .refine((a) => a.revisions ?? a.changeCauses ?? a.images ?? a.current, { message: 'give revisions, changeCauses, images or current' });

export const rolloutHistoryContains = defineCheck({
  kind: 'rolloutHistoryContains',
  summary: 'The rollout history lists revision numbers, change-causes (regex) and images; optionally the current revision.',
  args,
  describe: (a) => {
    const parts = [
      a.revisions ? `revisions ${a.revisions.join(', ')}` : '',
      a.changeCauses ? `change-causes ${a.changeCauses.map((c) => `/${c}/`).join(', ')}` : '',
      a.images ? `images ${a.images.join(', ')}` : '',
      a.current ? `current revision ${a.current}` : '',
    ].filter(Boolean);
    return `The rollout history of Deployment "${a.name}" shows ${parts.join('; ')}`;
  },
  check: (view, a) => {
    const d = getObject(view, 'Deployment', a.name, a.namespace);
    if (!d) return failWith(notFound('Deployment', a.name, a.namespace));
    const rows = replicaSetsOf(view, d)
      .filter((rs) => revisionOf(rs) > 0)
      .map((rs) => ({ revision: revisionOf(rs), cause: rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? '<none>', images: imagesOf(rs.spec.template?.spec).map((c) => c.image) }));
    const missing: string[] = [];
    for (const r of a.revisions ?? []) if (!rows.some((x) => x.revision === r)) missing.push(`revision ${r}`);
    for (const c of a.changeCauses ?? []) if (!rows.some((x) => new RegExp(c).test(x.cause))) missing.push(`a change-cause matching /${c}/`);
    for (const i of a.images ?? []) if (!rows.some((x) => x.images.some((img) => sameImage(img, i)))) missing.push(`a revision with image ${i}`);
    if (a.current !== undefined && revisionOf(d) !== a.current) missing.push(`current revision ${a.current} (it is ${revisionOf(d)})`);
    const listed = rows.map((x) => `${x.revision} ${x.images.join(',')} ${x.cause}`).join('; ') || 'nothing';
    return missing.length ? failWith(`missing ${missing.join(', ')}; the history lists: ${listed}`) : pass(`the history lists: ${listed}`);
  },
});
