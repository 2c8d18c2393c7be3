/** `kubectl scale`: set spec.replicas through the scale subresource, with `--current-replicas`. Mirrors k8s.io/kubectl/pkg/cmd/scale/scale.go. */
import { dryRunFlag, filenameFlag, parseDryRun, recursiveFlag, selectorFlag } from '../commonFlags';
import { type Kube, apiErrorLine, fail } from '../kube';
import type { CommandSpec } from '../spec';
import { resolveTargets } from '../targets';
import { printResult } from './create';

const REPLICAS_REQUIRED = 'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0';

function runScale(k: Kube): number {
  if (!k.flags.changed('replicas')) return fail(k, 'required flag(s) "replicas" not set');
  const replicas = k.flags.int('replicas');
  if (replicas < 0) return fail(k, REPLICAS_REQUIRED);
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  const t = resolveTargets(k, { needName: 'resource(s) were provided, but no name was specified' });
  if (!t.ok) return fail(k, t.error);
  let code = 0;
  for (const e of t.value.errors) { k.err(apiErrorLine(e)); code = 1; }
  for (const o of t.value.objects) {
    if (o.kind !== 'Deployment' && o.kind !== 'ReplicaSet') { code = fail(k, `cannot scale ${o.kind.toLowerCase()}s`); continue; }
    const ns = o.metadata.namespace ?? '';
    const cur = k.flags.int('current-replicas');
    if (cur >= 0) {
      const s = k.api.getScale(o.kind, ns, o.metadata.name);
      if (!s.ok) { k.err(apiErrorLine(s.error)); code = 1; continue; }
      if (s.value.specReplicas !== cur) { code = fail(k, `Expected replicas to be ${cur}, was ${s.value.specReplicas}`); continue; }
    }
    const r = k.api.updateScale(o.kind, ns, o.metadata.name, replicas, { dryRun: dry.value !== 'none' });
    if (!r.ok) { k.err(apiErrorLine(r.error)); code = 1; continue; }
    const after = k.api.get(o.kind, ns, o.metadata.name);
    if (!printResult(k, after.ok ? after.value : o, 'scaled', dry.value)) return 1;
  }
  return code;
}

export const scaleCommand: CommandSpec = {
  name: 'scale',
  group: 'Deploy Commands:',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  long: 'Set a new size for a deployment, replica set, replication controller, or stateful set.\n\n' +
    ' Scale also allows users to specify one or more preconditions for the scale action.\n\n' +
    ' If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.',
  example: [
    "# Scale a replica set named 'foo' to 3", 'kubectl scale --replicas=3 rs/foo', '',
    '# Scale a resource identified by type and name specified in "foo.yaml" to 3', 'kubectl scale --replicas=3 -f foo.yaml', '',
    "# If the deployment named mysql's current size is 2, scale mysql to 3", 'kubectl scale --current-replicas=2 --replicas=3 deployment/mysql', '',
    '# Scale multiple replication controllers', 'kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3',
  ].join('\n'),
  use: 'scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME)',
  flags: [
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    { name: 'current-replicas', type: 'int', default: -1, usage: 'Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.' },
    dryRunFlag,
    filenameFlag('identifying the resource to set a new size'),
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
    recursiveFlag,
    { name: 'replicas', type: 'int', usage: 'The new desired number of replicas. Required.' },
    { name: 'resource-version', type: 'string', usage: 'Precondition for resource version. Requires that the current resource version match this value in order to scale.' },
    selectorFlag,
    { name: 'timeout', type: 'duration', usage: "The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)." },
  ],
  args: 'resources',
  run: runScale,
};
