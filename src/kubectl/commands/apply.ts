/**
 * `kubectl apply -f`: create what is missing, three-way-merge what exists, report
 * `created` / `configured` / `unchanged`. Mirrors k8s.io/kubectl/pkg/cmd/apply/apply.go.
 */
import { type DryRun, OBJECT_OUTPUT, dryRunFlag, filenameFlag, recursiveFlag, showManagedFieldsFlag } from '../commonFlags';
import { type Kube, apiFail, fail } from '../kube';
import { type ManifestObject, metaString, readFileArgs, strictError } from '../manifest';
import type { CommandSpec } from '../spec';
import { lastApplied, threeWayPatch, withLastApplied } from './applyPatch';
import { manifestNamespace, printResult, withNamespace } from './create';

/** 0 on success, 1 after printing an error, 2 when the output format is unusable (stop). */
type Outcome = 0 | 1 | 2;

const MISSING_ANNOTATION = (plural: string, name: string) =>
  `Warning: resource ${plural}/${name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;

const printed = (ok: boolean): Outcome => (ok ? 0 : 2);

/** Applies one manifest object: create when missing, otherwise patch (three-way, or server-side). */
function applyOne(k: Kube, obj: ManifestObject, dry: DryRun): Outcome {
  const ns = manifestNamespace(k, obj);
  if (!ns.ok) { fail(k, ns.error); return 1; }
  const serverSide = k.flags.bool('server-side');
  const modified = serverSide ? withNamespace(obj, ns.ns) : withLastApplied(withNamespace(obj, ns.ns));
  const name = metaString(obj.obj, 'name');
  const opts = { dryRun: dry !== 'none' };
  const live = k.api.get(obj.type.kind, ns.ns, name);
  if (!live.ok && live.error.reason !== 'NotFound') { apiFail(k, live.error, `error when retrieving current configuration of "${obj.source}": `); return 1; }
  const strict = strictError(obj, live.ok ? 'patching' : 'creating');
  if (strict) { apiFail(k, strict); return 1; }
  if (!live.ok) {
    const r = k.api.create(modified, opts);
    if (!r.ok) { apiFail(k, r.error, `error when creating "${obj.source}": `); return 1; }
    return printed(printResult(k, r.value, serverSide ? 'serverside-applied' : 'created', dry));
  }
  if (serverSide) {
    const r = k.api.patch(obj.type.kind, ns.ns, name, 'merge', modified, opts);
    if (!r.ok) { apiFail(k, r.error); return 1; }
    return printed(printResult(k, r.value, 'serverside-applied', dry));
  }
  if (lastApplied(live.value) === undefined) k.err(MISSING_ANNOTATION(obj.type.plural, name));
  const patch = threeWayPatch(lastApplied(live.value), modified, live.value);
  if (Object.keys(patch).length === 0) return printed(printResult(k, live.value, 'unchanged', dry));
  const r = k.api.patch(obj.type.kind, ns.ns, name, 'strategic', patch, opts);
  if (!r.ok) { apiFail(k, r.error, `error when patching "${obj.source}": `); return 1; }
  return printed(printResult(k, r.value, 'configured', dry));
}

function runApply(k: Kube): number {
  const m = readFileArgs(k);
  if (!m.ok) return m.code;
  const dry = { value: m.dry };
  let code = 0;
  for (const obj of m.objects) {
    const outcome = applyOne(k, obj, dry.value);
    if (outcome === 2) return 1;
    if (outcome === 1) code = 1;
  }
  return code;
}

export const applyCommand: CommandSpec = {
  name: 'apply',
  group: 'Advanced Commands:',
  short: 'Apply a configuration to a resource by file name or stdin',
  long: 'Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn\'t exist yet. To use \'apply\', always create the resource initially with either \'apply\' or \'create --save-config\'.\n\n' +
    ' JSON and YAML formats are accepted.\n\n' +
    ' Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.',
  example: [
    '# Apply the configuration in pod.json to a pod', 'kubectl apply -f ./pod.json', '',
    '# Apply the JSON passed into stdin to a pod', 'cat pod.json | kubectl apply -f -', '',
    '# Apply the configuration from all files that end with \'.json\'', 'kubectl apply -f \'*.json\'',
  ].join('\n'),
  use: 'apply (-f FILENAME | -k DIRECTORY)',
  flags: [
    { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
    dryRunFlag,
    { name: 'field-manager', type: 'string', default: 'kubectl-client-side-apply', usage: 'Name of the manager used to track field ownership.' },
    filenameFlag('that contains the configuration to apply'),
    OBJECT_OUTPUT,
    recursiveFlag,
    { name: 'server-side', type: 'bool', usage: 'If true, apply runs in the server instead of the client.' },
    showManagedFieldsFlag,
  ],
  args: 'files',
  run: runApply,
};
