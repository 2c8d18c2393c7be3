/**
 * `kubectl wait --for=condition=…|delete|jsonpath=…`: waits on the simulated clock until
 * every object meets the condition or `--timeout` (default 30s) passes. Mirrors
 * k8s.io/kubectl/pkg/cmd/wait/wait.go and condition.go.
 */
import type { KubeObject } from '../../engine/index';
import { filenameFlag, recursiveFlag, selectorFlag } from '../commonFlags';
import { type Kube, apiErrorLine, fail } from '../kube';
import { compileJsonPath, relaxedJsonPath, valueText } from '../printers/jsonpath';
import { sortKeys } from '../printers/serialize';
import { qualifiedPlural, qualifiedSingular, resourceOf } from '../resources';
import type { CommandSpec } from '../spec';
import { resolveTargets } from '../targets';

type Check = (o: KubeObject | undefined) => boolean;

function parseFor(spec: string): { ok: true; check: Check; isDelete: boolean } | { ok: false; error: string } {
  if (spec === 'delete') return { ok: true, check: (o) => o === undefined, isDelete: true };
  if (spec === 'create') return { ok: true, check: (o) => o !== undefined, isDelete: false };
  if (spec.startsWith('condition=')) {
    const body = spec.slice('condition='.length);
    const [type = '', want = 'true'] = body.split('=');
    return {
      ok: true, isDelete: false,
      check: (o) => (((o as { status?: { conditions?: { type: string; status: string }[] } } | undefined)?.status)?.conditions ?? [])
        .some((c) => c.type.toLowerCase() === type.toLowerCase() && c.status.toLowerCase() === want.toLowerCase()),
    };
  }
  if (spec.startsWith('jsonpath=')) {
    const body = spec.slice('jsonpath='.length);
    const i = body.lastIndexOf('=');
    const expr = i > 0 && !body.slice(i).includes('}') ? body.slice(0, i) : body;
    const want = i > 0 && !body.slice(i).includes('}') ? body.slice(i + 1) : undefined;
    const jp = compileJsonPath(relaxedJsonPath(expr));
    if (!jp.ok) return { ok: false, error: jp.error };
    return { ok: true, isDelete: false, check: (o) => { const v = o ? jp.value.values(sortKeys(o)) : []; return want === undefined ? v.length > 0 : v.some((x) => valueText(x) === want); } };
  }
  return { ok: false, error: `unrecognized condition: "${spec}"` };
}

async function runWait(k: Kube): Promise<number> {
  const f = parseFor(k.flags.str('for'));
  if (!f.ok) return fail(k, f.error);
  const t = resolveTargets(k);
  if (!t.ok) return fail(k, t.error);
  if (t.value.errors.length > 0) {
    if (f.isDelete) { for (const e of t.value.errors) if (e.reason !== 'NotFound') { k.err(apiErrorLine(e)); return 1; } }
    else { k.err(apiErrorLine(t.value.errors[0] ?? { reason: 'NotFound', code: 404, message: '' })); return 1; }
  }
  if (t.value.objects.length === 0) return fail(k, 'no matching resources found');
  const current = (o: KubeObject) => { const r = k.api.get(o.kind, o.metadata.namespace ?? '', o.metadata.name); return r.ok && r.value.metadata.uid === o.metadata.uid ? r.value : undefined; };
  const pending = new Set(t.value.objects);
  const met = () => {
    for (const o of [...pending]) if (f.check(current(o))) { k.out(`${qualifiedSingular(resourceOf(o.kind))}/${o.metadata.name} condition met\n`); pending.delete(o); }
    return pending.size === 0;
  };
  const timeout = k.flags.ms('timeout');
  const outcome = await k.ctx.time.waitFor(met, timeout < 0 ? 7 * 24 * 3_600_000 : timeout, k.ctx.interrupt);
  if (outcome === 'interrupted') return 130;
  if (pending.size === 0) return 0;
  const [o] = [...pending];
  return fail(k, `timed out waiting for the condition on ${o ? `${qualifiedPlural(resourceOf(o.kind)).split('.')[0] ?? ''}/${o.metadata.name}` : ''}`);
}

export const waitCommand: CommandSpec = {
  name: 'wait',
  group: 'Advanced Commands:',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  long: 'Experimental: Wait for a specific condition on one or many resources.\n\n The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.\n\n Alternatively, the command can wait for the given set of resources to be deleted by providing the "delete" keyword as the value to the --for flag.\n\n A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.',
  example: [
    '# Wait for the pod "busybox1" to contain the status condition of type "Ready"', 'kubectl wait --for=condition=Ready pod/busybox1', '',
    '# Wait for the deployment "web" to be available, for at most a minute', 'kubectl wait --for=condition=Available deployment/web --timeout=60s', '',
    '# Wait for the pod "busybox1" to contain the status phase to be "Running"', "kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1", '',
    '# Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command', 'kubectl delete pod/busybox1', 'kubectl wait --for=delete pod/busybox1 --timeout=60s',
  ].join('\n'),
  use: 'wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath=\'{}\'[=value]]',
  flags: [
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    filenameFlag('identifying the resource.'),
    { name: 'for', type: 'string', usage: "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true.  Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity." },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
    recursiveFlag,
    selectorFlag,
    { name: 'timeout', type: 'duration', default: 30_000, usage: 'The length of time to wait before giving up.  Zero means check once and don\'t wait, negative means wait for a week.' },
  ],
  args: 'resources',
  run: runWait,
};
