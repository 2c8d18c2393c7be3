/**
 * `kubectl patch`: strategic (default), merge or JSON patches from `-p` or `--patch-file`;
 * `patched` / `patched (no change)`. Mirrors k8s.io/kubectl/pkg/cmd/patch/patch.go.
 */
import type { PatchType } from '../../engine/index';
import { dryRunFlag, filenameFlag, parseDryRun, recursiveFlag } from '../commonFlags';
import { type Kube, apiFail, fail } from '../kube';
import { yamlToValue } from '../manifest';
import type { CommandSpec } from '../spec';
import { resolveTargets } from '../targets';
import { printResult } from './create';

/** Parses the patch text as kubectl does (YAML or JSON, converted to JSON). */
function parsePatch(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const r = yamlToValue(text);
  if (!r.ok) return { ok: false, error: `unable to parse "${text}": ${r.error}` };
  if (typeof r.value !== 'object' || r.value === null) {
    return { ok: false, error: `unable to parse "${text}": json: cannot unmarshal ${typeof r.value === 'string' ? 'string' : 'number'} into Go value of type map[string]interface {}` };
  }
  return r;
}

function runPatch(k: Kube): number {
  let text = k.flags.str('patch');
  const file = k.flags.str('patch-file');
  if (file) {
    const r = k.ctx.fs.readFile(file);
    if (!r.ok) return fail(k, `unable to read patch file: open ${file}: no such file or directory`);
    text = r.value;
  }
  if (!text) return fail(k, 'must specify --patch or --patch-file containing the contents of the patch');
  const type = k.flags.str('type');
  if (!['json', 'merge', 'strategic'].includes(type)) return fail(k, `--type must be one of [json merge strategic], not "${type}"`);
  const patch = parsePatch(text);
  if (!patch.ok) return fail(k, patch.error);
  if (type === 'json' && !Array.isArray(patch.value)) return fail(k, `unable to parse "${text}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`);
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  const t = resolveTargets(k);
  if (!t.ok) return fail(k, t.error);
  let code = 0;
  for (const e of t.value.errors) code = apiFail(k, e);
  for (const o of t.value.objects) {
    const r = k.api.patch(o.kind, o.metadata.namespace ?? '', o.metadata.name, type as PatchType, patch.value, { dryRun: dry.value !== 'none' });
    if (!r.ok) { code = apiFail(k, r.error); continue; }
    const unchanged = r.value.metadata.resourceVersion === o.metadata.resourceVersion;
    if (!printResult(k, r.value, unchanged ? 'patched (no change)' : 'patched', dry.value)) return 1;
  }
  return code;
}

export const patchCommand: CommandSpec = {
  name: 'patch',
  group: 'Advanced Commands:',
  short: 'Update fields of a resource',
  long: 'Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.\n\n JSON and YAML formats are accepted.\n\n Note: Strategic merge patch is not supported for custom resources.',
  example: [
    '# Partially update a node using a strategic merge patch, specifying the patch as JSON', 'kubectl patch node k8s-node-1 -p \'{"spec":{"unschedulable":true}}\'', '',
    '# Partially update a node using a strategic merge patch, specifying the patch as YAML', "kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'", '',
    '# Update a deployment\'s replicas with a JSON merge patch', 'kubectl patch deployment web --type merge -p \'{"spec":{"replicas":5}}\'', '',
    '# Update a container\'s image using a JSON patch with positional arrays', 'kubectl patch pod valid-pod --type=\'json\' -p=\'[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]\'',
  ].join('\n'),
  use: 'patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE]',
  flags: [
    dryRunFlag,
    filenameFlag('identifying the resource to update'),
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
    { name: 'patch', short: 'p', type: 'string', usage: 'The patch to be applied to the resource JSON file.' },
    { name: 'patch-file', type: 'string', usage: 'A file containing a patch to be applied to the resource.' },
    recursiveFlag,
    { name: 'type', type: 'string', default: 'strategic', usage: 'The type of patch being provided; one of [json merge strategic]' },
  ],
  args: 'resources',
  run: runPatch,
};
