/**
 * `kubectl delete`: by name, `-f`, `-l`, `--all`; `--grace-period`, `--now`, `--force`, and
 * `--wait` (default) which blocks until the objects are gone. Prints the 1.34 line
 * `deployment.apps "web" deleted from default namespace`. Mirrors k8s.io/kubectl/pkg/cmd/delete/delete.go.
 */
import type { KubeObject } from '../../engine/index';
import { dryRunFlag, filenameFlag, parseDryRun, recursiveFlag, selectorFlag, fieldSelectorFlag } from '../commonFlags';
import { noResourcesMessage } from '../fetch';
import { type Kube, apiErrorLine, fail } from '../kube';
import { qualifiedSingular, resourceOf } from '../resources';
import type { CommandSpec } from '../spec';
import { resolveTargets } from '../targets';

function deletedLine(o: KubeObject, dryRun: string, force: boolean, nameOnly: boolean): string {
  if (nameOnly) return `${qualifiedSingular(resourceOf(o.kind))}/${o.metadata.name}\n`;
  const what = `${qualifiedSingular(resourceOf(o.kind))} "${o.metadata.name}" ${force ? 'force deleted' : 'deleted'}`;
  const where = o.metadata.namespace ? ` from ${o.metadata.namespace} namespace` : '';
  const dry = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  return `${what}${dry}${where}\n`;
}

function gracePeriod(k: Kube): number | undefined {
  if (k.flags.bool('now')) return 1;
  const g = k.flags.int('grace-period');
  if (g < 0) return undefined;
  if (g === 0 && !k.flags.bool('force')) return 1;
  return g;
}

async function waitGone(k: Kube, deleted: readonly KubeObject[]): Promise<number> {
  const gone = () => deleted.every((o) => {
    const r = k.api.get(o.kind, o.metadata.namespace ?? '', o.metadata.name);
    return !r.ok || r.value.metadata.uid !== o.metadata.uid;
  });
  const timeout = k.flags.ms('timeout');
  const outcome = await k.ctx.time.waitFor(gone, timeout > 0 ? timeout : undefined, k.ctx.interrupt);
  if (outcome === 'interrupted') return 130;
  if (outcome === 'elapsed' && !gone()) return fail(k, 'timed out waiting for the condition');
  return 0;
}

function runDelete(k: Kube): number | Promise<number> {
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  if (k.flags.bool('all') && k.flags.changed('selector')) return fail(k, 'cannot set --all and --selector at the same time');
  if (k.flags.bool('now') && k.flags.changed('grace-period')) return fail(k, '--now and --grace-period cannot be specified together');
  const t = resolveTargets(k, { needName: 'resource(s) were provided, but no name was specified' });
  if (!t.ok) return fail(k, t.error);
  if (k.flags.bool('force') && k.flags.int('grace-period') === 0) {
    k.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  }
  const grace = gracePeriod(k);
  const deleted: KubeObject[] = [];
  let code = 0;
  for (const o of t.value.objects) {
    const r = k.api.delete(o.kind, o.metadata.namespace ?? '', o.metadata.name, {
      ...(grace === undefined ? {} : { gracePeriodSeconds: grace }), dryRun: dry.value !== 'none',
    });
    if (!r.ok) { if (!(r.error.reason === 'NotFound' && k.flags.bool('ignore-not-found'))) { k.err(apiErrorLine(r.error)); code = 1; } continue; }
    k.out(deletedLine(o, dry.value, grace === 0, k.flags.str('output') === 'name'));
    deleted.push(o);
  }
  for (const e of t.value.errors) {
    if (e.reason === 'NotFound' && k.flags.bool('ignore-not-found')) continue;
    k.err(apiErrorLine(e));
    code = 1;
  }
  if (t.value.objects.length === 0 && t.value.errors.length === 0 && t.value.listed.length > 0) {
    k.err(noResourcesMessage(k, t.value.listed.map((r) => r.type), false));
  }
  if (code === 0 && dry.value === 'none' && k.flags.bool('wait') && deleted.length > 0) return waitGone(k, deleted);
  return code;
}

export const deleteCommand: CommandSpec = {
  name: 'delete',
  group: 'Basic Commands (Intermediate):',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  long: 'Delete resources by file names, stdin, resources and names, or by resources and label selector.\n\n' +
    ' JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.\n\n' +
    ' Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.',
  example: [
    '# Delete a pod using the type and name specified in pod.json', 'kubectl delete -f ./pod.json', '',
    '# Delete pods and services with same names "baz" and "foo"', 'kubectl delete pod,service baz foo', '',
    '# Delete pods and services with label name=myLabel', 'kubectl delete pods,services -l name=myLabel', '',
    '# Delete a pod with minimal delay', 'kubectl delete pod foo --now', '',
    '# Force delete a pod on a dead node', 'kubectl delete pod foo --force', '',
    '# Delete all pods', 'kubectl delete pods --all',
  ].join('\n'),
  use: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
  flags: [
    { name: 'all', type: 'bool', usage: 'Delete all resources, in the namespace of the specified resource types.' },
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background', usage: 'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.' },
    dryRunFlag,
    fieldSelectorFlag,
    filenameFlag('containing the resource to delete.'),
    { name: 'force', type: 'bool', usage: 'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).' },
    { name: 'ignore-not-found', type: 'bool', usage: 'Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.' },
    { name: 'now', type: 'bool', usage: 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).' },
    { name: 'output', short: 'o', type: 'string', usage: 'Output mode. Use "-o name" for shorter output (resource/name).' },
    recursiveFlag,
    selectorFlag,
    { name: 'timeout', type: 'duration', usage: 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object' },
    { name: 'wait', type: 'bool', default: true, usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.' },
  ],
  args: 'resources',
  run: runDelete,
};
