/**
 * `kubectl edit`: opens the object's YAML in the lab's editor with kubectl's header comment;
 * an invalid edit re-opens the file with the errors at the top; saving it unchanged gives up.
 * Mirrors k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go (EditOptions.Run, visitToPatch).
 */
import type { ApiError, KubeObject } from '../../engine/index';
import { filenameFlag, OBJECT_OUTPUT, recursiveFlag } from '../commonFlags';
import { type Kube, apiErrorLine, fail, formatApiError } from '../kube';
import { parseManifest } from '../manifest';
import { sortKeys, toYaml } from '../printers/serialize';
import { qualifiedPlural, resourceOf } from '../resources';
import type { CommandSpec } from '../spec';
import { NO_RESOURCES, resolveTargets, successLine } from '../targets';

const HEADER = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n#\n';

/** What a learner sees in the editor: the header, any errors from the last try, then the YAML. */
export function editBuffer(yamlText: string, errors: readonly string[]): string {
  const errBlock = errors.length === 0 ? '' : `${errors.map((e) => `# ${e.replace(/\n/g, '\n# ')}`).join('\n')}\n#\n`;
  return `${HEADER}${errBlock}${yamlText}`;
}

const stripComments = (text: string): string => text.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');

/** A two-way JSON merge patch from `a` to `b` (null deletes). */
export function mergeDiff(a: unknown, b: unknown): unknown {
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isMap(a) || !isMap(b)) return b;
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(key in b)) { out[key] = null; continue; }
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    out[key] = isMap(a[key]) && isMap(b[key]) ? mergeDiff(a[key], b[key]) : b[key];
  }
  return out;
}

const notValid = (o: KubeObject, why: string): string => `${qualifiedPlural(resourceOf(o.kind))} "${o.metadata.name}" was not valid:\n* ${why}`;

function invalidLines(o: KubeObject, e: ApiError): string {
  const causes = e.details?.causes ?? [];
  if (e.reason === 'Invalid' && causes.length > 0) return `${qualifiedPlural(resourceOf(o.kind))} "${o.metadata.name}" was not valid:\n${causes.map((c) => `* ${c.message}`).join('\n')}`;
  return notValid(o, formatApiError(e));
}

type Attempt = { kind: 'cancelled' } | { kind: 'unchanged' } | { kind: 'retry'; errors: string[]; text: string } | { kind: 'done'; obj: KubeObject };

function tryEdit(k: Kube, o: KubeObject, original: string, edited: string): Attempt {
  const body = stripComments(edited);
  if (body.trim() === '') return { kind: 'cancelled' };
  if (body.trim() === stripComments(original).trim()) return { kind: 'unchanged' };
  const parsed = parseManifest(body, 'edited file');
  if (!parsed.ok) {
    const why = parsed.error.replace(/^error parsing edited file: /, '');
    return { kind: 'retry', errors: [`The edited file had a syntax error: ${why}`], text: edited };
  }
  const obj = parsed.objects[0]?.obj;
  if (!obj || obj.kind !== o.kind) return { kind: 'retry', errors: [notValid(o, 'the kind of the object may not be changed')], text: edited };
  const patch = mergeDiff(sortKeys(o), sortKeys(obj));
  const r = k.api.patch(o.kind, o.metadata.namespace ?? '', o.metadata.name, 'merge', patch);
  if (!r.ok) return { kind: 'retry', errors: [invalidLines(o, r.error)], text: edited };
  return { kind: 'done', obj: r.value };
}

/**
 * `KUBE_EDITOR`/`EDITOR` set to a `sed -i 's/a/b/g'` command (a common way to script
 * kubectl edit) is honoured by applying its substitutions; any other editor is the lab's.
 */
export function scriptedEditor(env: ReadonlyMap<string, string>): ((text: string) => string) | undefined {
  const cmd = env.get('KUBE_EDITOR') ?? env.get('EDITOR');
  if (!cmd || !/^sed\s/.test(cmd)) return undefined;
  const exprs = [...cmd.matchAll(/(?:^|\s)['"]?s([/|#])(.*?)\1(.*?)\1(g?)['"]?(?=\s|$)/g)].map((m) => ({
    from: m[2] ?? '', to: m[3] ?? '', global: m[4] === 'g',
  }));
  if (exprs.length === 0) return undefined;
  return (text) => exprs.reduce((t, e) => {
    const re = new RegExp(e.from, e.global ? 'gm' : 'm');
    return t.split('\n').map((line) => line.replace(re, e.to.replace(/\\\//g, '/'))).join('\n');
  }, text);
}

async function editOne(k: Kube, o: KubeObject): Promise<number> {
  const scripted = scriptedEditor(k.ctx.env);
  const clean = { ...o, metadata: { ...o.metadata, managedFields: undefined } };
  const original = editBuffer(toYaml(clean), []);
  let buffer = original;
  let lastErrors: string[] = [];
  for (;;) {
    const saved = scripted ? scripted(buffer) : await k.ctx.editor({ title: `${o.kind.toLowerCase()}/${o.metadata.name}`, path: `/tmp/kubectl-edit-${o.metadata.name}.yaml`, content: buffer });
    if (saved === null) { k.out('Edit cancelled, no changes made.\n'); return 0; }
    if (lastErrors.length > 0 && stripComments(saved).trim() === stripComments(buffer).trim()) {
      const path = `/tmp/kubectl-edit-${o.metadata.name}.yaml`;
      k.ctx.fs.writeFile(path, saved);
      k.err(`A copy of your changes has been stored to "${path}"\n`);
      return fail(k, 'Edit cancelled, no valid changes were saved.');
    }
    const a = tryEdit(k, o, original, saved);
    switch (a.kind) {
      case 'cancelled':
      case 'unchanged':
        k.out('Edit cancelled, no changes made.\n');
        return 0;
      case 'done':
        k.out(successLine(a.obj, 'edited'));
        return 0;
      case 'retry':
        lastErrors = a.errors;
        buffer = editBuffer(stripComments(a.text).replace(/^\n+/, ''), a.errors);
    }
  }
}

async function runEdit(k: Kube): Promise<number> {
  if (k.flags.args.length === 0 && k.flags.list('filename').length === 0) return fail(k, NO_RESOURCES);
  const t = resolveTargets(k);
  if (!t.ok) return fail(k, t.error);
  for (const e of t.value.errors) { k.err(apiErrorLine(e)); return 1; }
  let code = 0;
  for (const o of t.value.objects) code = Math.max(code, await editOne(k, o));
  return code;
}

export const editCommand: CommandSpec = {
  name: 'edit',
  group: 'Basic Commands (Intermediate):',
  short: 'Edit a resource on the server',
  long: 'Edit a resource from the default editor.\n\n The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to \'vi\' for Linux or \'notepad\' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the \'SHELL\' environment variable. If this is not defined, the default shell will be used, which is \'/bin/bash\' for Linux or \'cmd\' for Windows.\n\n You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.\n\n Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.\n\n The default format is YAML. To edit in JSON, specify "-o json".\n\n The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.\n\n In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.',
  example: "# Edit the service named 'registry'\nkubectl edit svc/registry\n\n# Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation\nkubectl edit deployment/mydeployment -o yaml --save-config",
  use: 'edit (RESOURCE/NAME | -f FILENAME)',
  flags: [filenameFlag('to use to edit the resource'), OBJECT_OUTPUT, recursiveFlag,
    { name: 'save-config', type: 'bool', usage: 'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.' },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict', usage: 'Must be one of: strict (or true), warn, ignore (or false).' }],
  args: 'resources',
  run: runEdit,
};
