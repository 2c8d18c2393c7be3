/**
 * `kubectl describe`: by name (or name prefix), by type, `-l`, `-f`; the describers print
 * events at the bottom. Mirrors k8s.io/kubectl/pkg/cmd/describe/describe.go.
 */
import type { EndpointSlice, Event, KubeObject, Pod, ReplicaSet } from '../../engine/index';
import { fetchRefs, noResourcesMessage } from '../fetch';
import { type Kube, apiErrorLine, fail } from '../kube';
import { metaString, readManifests } from '../manifest';
import { describeGeneric, describeNamespace, describeNode, describeService } from '../printers/describeCluster';
import { eventsFor } from '../printers/describeWriter';
import { describeDeployment, describePod, describeReplicaSet } from '../printers/describeWorkloads';
import { type ResourceRef, parseResourceArgs } from '../resources';
import type { CommandSpec } from '../spec';
import { filenameFlag, recursiveFlag, selectorFlag } from '../commonFlags';

function listIn<T extends KubeObject>(k: Kube, kind: T['kind'], ns: string): T[] {
  const r = k.api.list(kind, ns ? { namespace: ns } : {});
  return r.ok ? (r.value as unknown as T[]) : [];
}

/** The describe text of one object. */
export function describeObject(k: Kube, o: KubeObject, showEvents = true): string {
  const text = describeWithEvents(k, o, showEvents);
  return showEvents ? text : text.replace(/Events:[^\n]*\n(?: {2}.*\n)*$/, '');
}

function describeWithEvents(k: Kube, o: KubeObject, showEvents: boolean): string {
  const ns = o.metadata.namespace ?? '';
  const allEvents = showEvents ? listIn<Event>(k, 'Event', ns) : [];
  const events = eventsFor(allEvents, o.metadata.uid, o.kind, o.metadata.name);
  const now = k.now();
  switch (o.kind) {
    case 'Deployment': return describeDeployment(o, listIn<ReplicaSet>(k, 'ReplicaSet', ns), events, now);
    case 'ReplicaSet': return describeReplicaSet(o, listIn<Pod>(k, 'Pod', ns), events, now);
    case 'Pod': return describePod(o, events, now);
    case 'Node': return describeNode(o, listIn<Pod>(k, 'Pod', ''), eventsFor(listIn<Event>(k, 'Event', ''), o.metadata.uid, 'Node', o.metadata.name), now);
    case 'Service': return describeService(o, listIn<EndpointSlice>(k, 'EndpointSlice', ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === o.metadata.name), events, now);
    case 'Namespace': return describeNamespace(o);
    default: return describeGeneric(o, events, now);
  }
}

/** Named objects that do not exist exactly are matched as name prefixes, as kubectl describe does. */
function resolve(k: Kube, refs: readonly ResourceRef[]): { objects: KubeObject[]; errors: string[] } {
  const objects: KubeObject[] = [];
  const errors: string[] = [];
  const selector = k.flags.str('selector');
  const all = k.flags.bool('all-namespaces');
  for (const f of fetchRefs(k, refs, { selector, allNamespaces: all })) {
    if (!f.error) { objects.push(...f.objects); continue; }
    const name = f.ref.name ?? '';
    const list = fetchRefs(k, [{ type: f.ref.type }], { allNamespaces: all })[0]?.objects ?? [];
    const prefixed = list.filter((o) => o.metadata.name.startsWith(name));
    if (prefixed.length > 0 && f.error.reason === 'NotFound') objects.push(...prefixed);
    else errors.push(apiErrorLine(f.error));
  }
  return { objects, errors };
}

function runDescribe(k: Kube): number {
  const files = k.flags.list('filename');
  let refs: ResourceRef[];
  if (files.length > 0) {
    const m = readManifests(k, files, k.flags.bool('recursive'));
    if (!m.ok) return fail(k, m.error);
    refs = m.objects.map((o) => ({ type: o.type, name: metaString(o.obj, 'name') }));
  } else {
    if (k.flags.args.length === 0) return fail(k, 'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
    const parsed = parseResourceArgs(k.flags.args);
    if (!parsed.ok) return fail(k, parsed.error);
    refs = parsed.refs;
  }
  const { objects, errors } = resolve(k, refs);
  const texts = objects.map((o) => describeObject(k, o, k.flags.bool('show-events')));
  if (texts.length > 0) k.out(texts.join('\n\n'));
  for (const e of errors) k.err(e);
  if (objects.length === 0 && errors.length === 0) k.err(noResourcesMessage(k, refs.map((r) => r.type), k.flags.bool('all-namespaces')));
  return errors.length > 0 ? 1 : 0;
}

export const describeCommand: CommandSpec = {
  name: 'describe',
  group: 'Troubleshooting and Debugging Commands:',
  short: 'Show details of a specific resource or group of resources',
  long: 'Show details of a specific resource or group of resources.\n\n' +
    ' Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:\n\n' +
    '        $ kubectl describe TYPE NAME_PREFIX\n\n' +
    ' will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.\n\n' +
    'Use "kubectl api-resources" for a complete list of supported resources.',
  example: [
    '# Describe a node', 'kubectl describe nodes kubernetes-node-emt8.c.myproject.internal', '',
    '# Describe a pod', 'kubectl describe pods/nginx', '',
    '# Describe pods by label name=myLabel', 'kubectl describe pods -l name=myLabel', '',
    "# Describe all pods managed by the 'frontend' replication controller", '# (rc-created pods get the name of the rc as a prefix in the pod name)', 'kubectl describe pods frontend',
  ].join('\n'),
  use: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.' },
    filenameFlag('containing the resource to describe'),
    recursiveFlag,
    selectorFlag,
    { name: 'show-events', type: 'bool', default: true, usage: 'If true, display events related to the described object.' },
  ],
  args: 'resources',
  run: runDescribe,
};
