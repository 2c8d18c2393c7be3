/** eventSeen: an Event with a reason / message was recorded for an object since the start. */
import { z } from 'zod';
import { kindArg, namespaceArg, regexArg } from './args';
import { defineCheck, failWith, pass } from './types';
import { DEFAULT_NAMESPACE } from './util';

const args = z
  .object({
    reason: z.exactOptional(z.string().min(1).describe('Event reason, exactly (`ScalingReplicaSet`, `Failed`, `BackOff`).')),
    message: z.exactOptional(regexArg.describe('Regular expression over the event message.')),
    type: z.exactOptional(z.enum(['Normal', 'Warning'])),
    kind: z.exactOptional(kindArg.describe('Kind of the involved object.')),
    name: z.exactOptional(z.string().min(1).describe('Name of the involved object; a trailing `*` matches a prefix (`web-*`).')),
    namespace: namespaceArg,
    includeSetup: z.exactOptional(z.boolean().describe('Also count events recorded before the learner took over.')),
  })
  .strict()
  .refine((a) => a.reason ?? a.message, { message: 'give reason or message' });

const matchesName = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

export const eventSeen = defineCheck({
  kind: 'eventSeen',
  summary: 'An Event with a reason and/or message (regex) was recorded for an object since the scenario started.',
  args,
  describe: (a) => {
    const what = [a.type, a.reason].filter(Boolean).join(' ') || 'An';
    const on = a.kind || a.name ? ` on ${a.kind ?? 'object'}${a.name ? ` ${a.name}` : ''}` : '';
    return `${what} event${a.message ? ` saying /${a.message}/` : ''} was recorded${on}`;
  },
  check: (view, a) => {
    const ns = a.namespace ?? DEFAULT_NAMESPACE;
    const re = a.message !== undefined ? new RegExp(a.message) : undefined;
    const after = a.includeSetup ? -1 : view.since.rv;
    for (const rec of view.history.events) {
      if (rec.rv <= after) continue;
      const e = rec.event;
      const io = e.involvedObject;
      if ((e.metadata.namespace ?? ns) !== ns) continue;
      if (a.reason !== undefined && e.reason !== a.reason) continue;
      if (a.type !== undefined && e.type !== a.type) continue;
      if (a.kind !== undefined && io.kind !== a.kind) continue;
      if (a.name !== undefined && !matchesName(a.name, io.name ?? '')) continue;
      if (re && !re.test(e.message ?? '')) continue;
      return pass(`${e.type ?? 'Normal'} ${e.reason ?? ''} on ${io.kind ?? ''}/${io.name ?? ''}: ${e.message ?? ''}`, { rv: rec.rv, at: rec.at });
    }
    return failWith(`no such event has been recorded ${a.includeSetup ? 'yet' : view.yet}`);
  },
});
