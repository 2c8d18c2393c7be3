/** `kubectl replace -f`: PUT each manifest over the live object. Mirrors k8s.io/kubectl/pkg/cmd/replace/replace.go. */
import { OBJECT_OUTPUT, dryRunFlag, filenameFlag, recursiveFlag } from '../commonFlags';
import { type Kube, apiFail, fail } from '../kube';
import { metaString, readFileArgs, strictError } from '../manifest';
import type { CommandSpec } from '../spec';
import { manifestNamespace, printResult, withNamespace } from './create';

function runReplace(k: Kube): number {
  const m = readFileArgs(k);
  if (!m.ok) return m.code;
  const dry = { value: m.dry };
  let code = 0;
  for (const obj of m.objects) {
    const ns = manifestNamespace(k, obj);
    if (!ns.ok) { code = fail(k, ns.error); continue; }
    const live = k.api.get(obj.type.kind, ns.ns, metaString(obj.obj, 'name'));
    if (!live.ok) { code = apiFail(k, live.error, `error when replacing "${obj.source}": `); continue; }
    const strict = strictError(obj, 'replacing');
    if (strict) { code = apiFail(k, strict); continue; }
    const r = k.api.update(withNamespace(obj, ns.ns) as never, { dryRun: dry.value !== 'none' });
    if (!r.ok) { code = apiFail(k, r.error, `error when replacing "${obj.source}": `); continue; }
    if (!printResult(k, r.value, 'replaced', dry.value)) return 1;
  }
  return code;
}

export const replaceCommand: CommandSpec = {
  name: 'replace',
  group: 'Advanced Commands:',
  short: 'Replace a resource by file name or stdin',
  long: 'Replace a resource by file name or stdin.\n\n JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by\n\n        $ kubectl get TYPE NAME -o yaml',
  example: ['# Replace a pod using the data in pod.json', 'kubectl replace -f ./pod.json', '', '# Replace a pod based on the JSON passed into stdin', 'cat pod.json | kubectl replace -f -'].join('\n'),
  use: 'replace -f FILENAME',
  flags: [
    dryRunFlag, filenameFlag('to use to replace the resource.'),
    { name: 'force', type: 'bool', usage: 'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.' },
    OBJECT_OUTPUT, recursiveFlag,
  ],
  args: 'files',
  run: runReplace,
};
