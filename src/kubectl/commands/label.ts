/**
 * `kubectl label` and `kubectl annotate`: add (`k=v`), overwrite (`--overwrite`) or remove
 * (`k-`) keys. Mirrors k8s.io/kubectl/pkg/cmd/label/label.go and annotate/annotate.go.
 */
import { dryRunFlag, filenameFlag, parseDryRun, recursiveFlag, selectorFlag } from '../commonFlags';
import { type Kube, apiErrorLine, fail } from '../kube';
import type { CommandSpec } from '../spec';
import { resolveTargets, successLine } from '../targets';
import { printResult } from './create';

type Which = 'labels' | 'annotations';

interface Changes { set: Map<string, string>; remove: string[] }

function parseChanges(args: readonly string[]): { changes: Changes; rest: string[] } {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const rest: string[] = [];
  for (const a of args) {
    if (a.includes('=')) set.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (a.endsWith('-') && !a.includes('/') && rest.length > 0) remove.push(a.slice(0, -1));
    else rest.push(a);
  }
  return { changes: { set, remove }, rest };
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function runLabelLike(k: Kube, which: Which): number {
  const { changes, rest } = parseChanges(k.flags.args);
  const noun = which === 'labels' ? 'label' : 'annotation';
  if (rest.length === 0 && k.flags.list('filename').length === 0) return fail(k, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (changes.set.size === 0 && changes.remove.length === 0) return fail(k, `at least one ${noun} update is required`);
  if (which === 'labels') {
    for (const [key, v] of changes.set) {
      if (!LABEL_VALUE.test(v) || v.length > 63) return fail(k, `invalid label value: "${key}=${v}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`);
    }
  }
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  const t = resolveTargets(k, { args: rest, needName: 'resource(s) were provided, but no name was specified' });
  if (!t.ok) return fail(k, t.error);
  let code = 0;
  for (const e of t.value.errors) { k.err(apiErrorLine(e)); code = 1; }
  const verb = which === 'labels' ? 'labeled' : 'annotated';
  for (const o of t.value.objects) {
    const current = (which === 'labels' ? o.metadata.labels : o.metadata.annotations) ?? {};
    if (!k.flags.bool('overwrite')) {
      const clash = [...changes.set].filter(([key, v]) => current[key] !== undefined && current[key] !== v);
      if (clash.length > 0) {
        const [key] = clash[0] ?? [''];
        code = fail(k, which === 'labels' ? `'${key}' already has a value (${current[key] ?? ''}), and --overwrite is false`
          : `--overwrite is false but found the following declared annotation(s): '${key}' already has a value (${current[key] ?? ''})`);
        continue;
      }
    }
    const patch: Record<string, string | null> = {};
    for (const [key, v] of changes.set) if (current[key] !== v) patch[key] = v;
    for (const key of changes.remove) {
      if (current[key] === undefined) { k.err(`${noun} "${key}" not found.\n`); continue; }
      patch[key] = null;
    }
    if (Object.keys(patch).length === 0) { k.out(successLine(o, which === 'labels' ? 'not labeled' : verb, dry.value)); continue; }
    if (dry.value === 'client') { k.out(successLine(o, verb, dry.value)); continue; }
    const r = k.api.patch(o.kind, o.metadata.namespace ?? '', o.metadata.name, 'merge', { metadata: { [which]: patch } }, { dryRun: dry.value === 'server' });
    if (!r.ok) { k.err(apiErrorLine(r.error)); code = 1; continue; }
    if (!printResult(k, r.value, verb, dry.value)) return 1;
  }
  return code;
}

const commonFlags = (noun: string) => [
  { name: 'all', type: 'bool' as const, usage: 'Select all resources, in the namespace of the specified resource types' },
  { name: 'all-namespaces', short: 'A', type: 'bool' as const, usage: 'If true, check the specified action in all namespaces.' },
  dryRunFlag,
  filenameFlag(`identifying the resource to update the ${noun}s`),
  { name: 'list', type: 'bool' as const, usage: `If true, display the ${noun}s for a given resource.` },
  { name: 'local', type: 'bool' as const, usage: `If true, ${noun} will NOT contact api-server but run locally.` },
  { name: 'output', short: 'o', type: 'string' as const, usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
  { name: 'overwrite', type: 'bool' as const, usage: `If true, allow ${noun}s to be overwritten, otherwise reject ${noun} updates that overwrite existing ${noun}s.` },
  recursiveFlag,
  { name: 'resource-version', type: 'string' as const, usage: `If non-empty, the ${noun}s update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.` },
  selectorFlag,
];

export const labelCommand: CommandSpec = {
  name: 'label',
  group: 'Settings Commands:',
  short: 'Update the labels on a resource',
  long: "Update the labels on a resource.\n\n  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.\n  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.\n  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.\n  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.",
  example: "# Update pod 'foo' with the label 'unhealthy' and the value 'true'\nkubectl label pods foo unhealthy=true\n\n# Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value\nkubectl label --overwrite pods foo status=unhealthy\n\n# Update pod 'foo' by removing a label named 'bar' if it exists\n# Does not require the --overwrite flag\nkubectl label pods foo bar-",
  use: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  flags: commonFlags('label'),
  args: 'resources',
  run: (k) => runLabelLike(k, 'labels'),
};

export const annotateCommand: CommandSpec = {
  name: 'annotate',
  group: 'Settings Commands:',
  short: 'Update the annotations on a resource',
  long: 'Update the annotations on one or more resources.\n\n All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.\n\n Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.\n\nUse "kubectl api-resources" for a complete list of supported resources.',
  example: "# Update pod 'foo' with the annotation 'description' and the value 'my frontend'\n# If the same annotation is set multiple times, only the last value will be applied\nkubectl annotate pods foo description='my frontend'\n\n# Record why a deployment changed, shown by 'kubectl rollout history'\nkubectl annotate deployment/web kubernetes.io/change-cause='image updated to 1.27'\n\n# Update pod 'foo' by removing an annotation named 'description' if it exists\n# Does not require the --overwrite flag\nkubectl annotate pods foo description-",
  use: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  flags: commonFlags('annotation'),
  args: 'resources',
  run: (k) => runLabelLike(k, 'annotations'),
};
