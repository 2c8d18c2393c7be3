/**
 * `kubectl logs`: a pod's (or a Deployment's / ReplicaSet's chosen pod's) container log,
 * with `-c`, `--tail`, `-p`, `--timestamps` and `-f` (follows on the simulated clock until
 * Ctrl-C or until the container stops). Mirrors k8s.io/kubectl/pkg/cmd/logs/logs.go and
 * pkg/polymorphichelpers/attachablepodforobject.go (the pod kubectl picks, by ByLogging).
 */
import type { KubeObject, LogLine, Pod } from '../../engine/index';
import { type Kube, apiFail, fail } from '../kube';
import { parseTimestamp } from '../../engine/index';
import { parseResourceArgs } from '../resources';
import type { CommandSpec } from '../spec';
import { rfc3339 } from './rolloutMarkers';

const USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";

const phaseRank: Record<string, number> = { Running: 0, Unknown: 1, Pending: 2 };

/** controller.ByLogging: assigned, running, ready, longer ready, more restarts, older first. */
function byLogging(a: Pod, b: Pod): number {
  const assigned = (p: Pod) => (p.spec.nodeName ? 0 : 1);
  const ready = (p: Pod) => (p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 0 : 1);
  const restarts = (p: Pod) => (p.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
  return assigned(a) - assigned(b)
    || (phaseRank[a.status?.phase ?? ''] ?? 3) - (phaseRank[b.status?.phase ?? ''] ?? 3)
    || ready(a) - ready(b)
    || restarts(b) - restarts(a)
    || (parseTimestamp(a.metadata.creationTimestamp) ?? 0) - (parseTimestamp(b.metadata.creationTimestamp) ?? 0);
}

/** The pod `logs TYPE/NAME` reads; prints `Found N pods, using pod/…` when there is a choice. */
function podFor(k: Kube, o: KubeObject): { ok: true; pod: Pod } | { ok: false; error: string } {
  if (o.kind === 'Pod') return { ok: true, pod: o };
  if (o.kind !== 'Deployment' && o.kind !== 'ReplicaSet') return { ok: false, error: `cannot attach to *v1.${o.kind}: selector for *v1.${o.kind} not implemented` };
  const sel = Object.entries(o.spec.selector.matchLabels ?? {}).map(([key, v]) => `${key}=${v}`).join(',');
  const r = k.api.list('Pod', { namespace: o.metadata.namespace ?? k.namespace, labelSelector: sel });
  const pods = (r.ok ? r.value : []).filter((p) => !p.metadata.deletionTimestamp).sort(byLogging);
  const [first] = pods;
  if (!first) return { ok: false, error: `timed out waiting for the condition` };
  if (pods.length > 1) k.err(`Found ${pods.length} pods, using pod/${first.metadata.name}\n`);
  return { ok: true, pod: first };
}

function render(k: Kube, lines: readonly LogLine[]): string {
  const ts = k.flags.bool('timestamps');
  return lines.map((l) => `${ts ? `${rfc3339(l.at).replace('Z', '.000000000Z')} ` : ''}${l.text}\n`).join('');
}

async function follow(k: Kube, pod: Pod, container: string, seen: number): Promise<number> {
  let count = seen;
  const ns = pod.metadata.namespace ?? k.namespace;
  const stopped = () => {
    const p = k.api.get('Pod', ns, pod.metadata.name);
    if (!p.ok || p.value.metadata.uid !== pod.metadata.uid) return true;
    const st = p.value.status?.containerStatuses?.find((c) => c.name === container);
    return st?.state?.terminated !== undefined || st?.state?.waiting !== undefined;
  };
  const pump = () => {
    const r = k.api.logs(ns, pod.metadata.name, { container });
    if (r.ok && r.value.length > count) { k.out(render(k, r.value.slice(count))); count = r.value.length; }
    return stopped();
  };
  const outcome = await k.ctx.time.waitFor(pump, undefined, k.ctx.interrupt);
  return outcome === 'interrupted' ? 130 : 0;
}

/** `kubectl logs -l SELECTOR`: the last 10 lines (unless --tail) of each matching pod's default container. */
function logsBySelector(k: Kube): number {
  const r = k.api.list('Pod', { namespace: k.namespace, labelSelector: k.flags.str('selector') });
  if (!r.ok) return apiFail(k, r.error);
  if (r.value.length === 0) { k.err(`No resources found in ${k.namespace} namespace.\n`); return 0; }
  const tail = k.flags.changed('tail') ? k.flags.int('tail') : 10;
  for (const pod of r.value) {
    const container = k.flags.str('container') || pod.spec.containers[0]?.name || '';
    const lines = k.api.logs(pod.metadata.namespace ?? k.namespace, pod.metadata.name, { container, previous: k.flags.bool('previous') });
    if (!lines.ok) return apiFail(k, lines.error);
    const shown = tail >= 0 ? lines.value.slice(Math.max(0, lines.value.length - tail)) : lines.value;
    const prefix = k.flags.bool('prefix') ? `[pod/${pod.metadata.name}/${container}] ` : '';
    k.out(render(k, shown).split('\n').map((l) => (l === '' ? l : prefix + l)).join('\n'));
  }
  return 0;
}

async function runLogs(k: Kube): Promise<number> {
  const args = k.flags.args;
  if (args.length === 0 && k.flags.changed('selector')) return logsBySelector(k);
  if (args.length === 0) return fail(k, USAGE);
  const refArgs = args.length === 1 && !args[0]?.includes('/') ? ['pod', args[0] ?? ''] : args.slice(0, 1);
  const containerArg = args.length === 2 && !args[0]?.includes('/') ? args[1] : undefined;
  const parsed = parseResourceArgs(refArgs);
  if (!parsed.ok) return fail(k, parsed.error);
  const ref = parsed.refs[0];
  if (!ref?.name) return fail(k, USAGE);
  const got = k.api.get(ref.type.kind, ref.type.namespaced ? k.namespace : '', ref.name);
  if (!got.ok) return apiFail(k, got.error);
  const pick = podFor(k, got.value);
  if (!pick.ok) return fail(k, pick.error);
  const pod = pick.pod;
  let container = k.flags.str('container') || containerArg || '';
  if (!container) {
    const names = pod.spec.containers.map((c) => c.name);
    container = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? names[0] ?? '';
    if (names.length > 1) k.err(`Defaulted container "${container}" out of: ${names.join(', ')}\n`);
  }
  const r = k.api.logs(pod.metadata.namespace ?? k.namespace, pod.metadata.name, { container, previous: k.flags.bool('previous') });
  if (!r.ok) return apiFail(k, r.error);
  const tail = k.flags.int('tail');
  const lines = tail >= 0 ? r.value.slice(Math.max(0, r.value.length - tail)) : r.value;
  k.out(render(k, lines));
  if (k.flags.bool('follow') && !k.flags.bool('previous')) return follow(k, pod, container, r.value.length);
  return 0;
}

export const logsCommand: CommandSpec = {
  name: 'logs',
  group: 'Troubleshooting and Debugging Commands:',
  short: 'Print the logs for a container in a pod',
  long: 'Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.',
  example: [
    '# Return snapshot logs from pod nginx with only one container', 'kubectl logs nginx', '',
    '# Return snapshot of previous terminated ruby container logs from pod web-1', 'kubectl logs -p -c ruby web-1', '',
    '# Begin streaming the logs of the ruby container in pod web-1', 'kubectl logs -f -c ruby web-1', '',
    '# Display only the most recent 20 lines of output in pod nginx', 'kubectl logs --tail=20 nginx', '',
    '# Return snapshot logs from first container of a job named hello', 'kubectl logs job/hello', '',
    '# Return snapshot logs from container nginx-1 of a deployment named nginx', 'kubectl logs deployment/nginx -c nginx-1',
  ].join('\n'),
  use: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  flags: [
    { name: 'all-containers', type: 'bool', usage: 'Get all containers\' logs in the pod(s).' },
    { name: 'container', short: 'c', type: 'string', usage: 'Print the logs of this container' },
    { name: 'follow', short: 'f', type: 'bool', usage: 'Specify if the logs should be streamed.' },
    { name: 'prefix', type: 'bool', usage: 'Prefix each log line with the log source (pod name and container name)' },
    { name: 'previous', short: 'p', type: 'bool', usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.' },
    { name: 'selector', short: 'l', type: 'string', usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints." },
    { name: 'tail', type: 'int', default: -1, usage: 'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.' },
    { name: 'timestamps', type: 'bool', usage: 'Include timestamps on each line in the log output' },
  ],
  args: 'pods',
  run: runLogs,
};
