/**
 * `kubectl events` (oldest first, `Kind/name` objects, `--for`, `--types`) and
 * `kubectl api-versions`. Mirrors k8s.io/kubectl/pkg/cmd/events/events.go and
 * apiresources/apiversions.go.
 */
import type { Event } from '../../engine/index';
import { parseTimestamp, translateTimestampSince } from '../../engine/index';
import { type Kube, fail } from '../kube';
import { renderTable } from '../printers/table';
import { RESOURCE_TYPES, parseResourceArgs } from '../resources';
import type { CommandSpec } from '../spec';

const lastSeen = (e: Event): number => parseTimestamp(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp) ?? 0;

function runEvents(k: Kube): number {
  const all = k.flags.bool('all-namespaces');
  const r = k.api.list('Event', all ? {} : { namespace: k.namespace });
  if (!r.ok) return fail(k, r.error.message);
  let events = [...r.value];
  const forArg = k.flags.str('for');
  if (forArg) {
    const ref = parseResourceArgs([forArg]);
    if (!ref.ok) return fail(k, ref.error);
    const target = ref.refs[0];
    events = events.filter((e) => target !== undefined && e.involvedObject.kind === target.type.kind && e.involvedObject.name === target.name);
  }
  const types = k.flags.list('types');
  if (types.length > 0) events = events.filter((e) => types.some((t) => t.toLowerCase() === (e.type ?? '').toLowerCase()));
  if (events.length === 0) {
    k.err(all ? 'No events found.\n' : `No events found in ${k.namespace} namespace.\n`);
    return 0;
  }
  events = events.map((e, i) => ({ e, i })).sort((a, b) => lastSeen(a.e) - lastSeen(b.e) || a.i - b.i).map((x) => x.e);
  const now = k.now();
  const rows = events.map((e) => [
    ...(all ? [e.metadata.namespace ?? ''] : []),
    translateTimestampSince(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp, now), e.type ?? '', e.reason ?? '',
    `${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}`, (e.message ?? '').trim(),
  ]);
  const header = [...(all ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'];
  k.out(renderTable(k.flags.bool('no-headers') ? undefined : header, rows));
  return 0;
}

export const eventsCommand: CommandSpec = {
  name: 'events',
  group: 'Troubleshooting and Debugging Commands:',
  short: 'List events',
  long: 'Display events.\n\n Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.',
  example: "# List recent events in the default namespace\nkubectl events\n\n# List recent events in all namespaces\nkubectl events --all-namespaces\n\n# List recent events for the specified pod, then wait for more events and list them as they arrive\nkubectl events --for pod/web-pod-13je7 --watch\n\n# List recent only events of type 'Warning' or 'Normal'\nkubectl events --types=Warning,Normal",
  use: 'events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'for', type: 'string', usage: 'Filter events to only those pertaining to the specified resource.' },
    { name: 'no-headers', type: 'bool', usage: "When using the default output format, don't print headers." },
    { name: 'types', type: 'stringSlice', usage: 'Output only events of given types.' },
  ],
  args: 'none',
  run: runEvents,
};

export const apiVersionsCommand: CommandSpec = {
  name: 'api-versions',
  group: 'Other Commands:',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  long: 'Print the supported API versions on the server, in the form of "group/version".',
  example: '# Print the supported API versions\nkubectl api-versions',
  use: 'api-versions',
  run: (k) => {
    const versions = new Set(RESOURCE_TYPES.map((t) => (t.group ? `${t.group}/${t.version}` : t.version)));
    k.out([...versions].sort().map((v) => `${v}\n`).join(''));
    return 0;
  },
};
