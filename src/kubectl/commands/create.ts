/**
 * `kubectl create -f`, `create deployment`, `create namespace`. Mirrors
 * k8s.io/kubectl/pkg/cmd/create/create.go and create_deployment.go.
 */
import type { KubeObject } from '../../engine/index';
import { type DryRun, OBJECT_OUTPUT, dryRunFlag, filenameFlag, parseDryRun, recursiveFlag, showManagedFieldsFlag } from '../commonFlags';
import { type Kube, apiFail, fail, usageError } from '../kube';
import { type ManifestObject, metaString, readFileArgs, strictError } from '../manifest';
import { printObjects } from '../printers/output';
import { toJson } from '../printers/serialize';
import type { CommandSpec } from '../spec';
import { successLine } from '../targets';
import { withLastApplied } from './applyPatch';

/** Prints the object (-o) or the success line. Returns false when -o is not an object format. */
export function printResult(k: Kube, obj: KubeObject | Record<string, unknown>, verb: string, dryRun: DryRun): boolean {
  const format = k.flags.str('output');
  if (format === '') { k.out(successLine(obj as KubeObject, verb, dryRun)); return true; }
  const p = printObjects([obj as KubeObject], format, true);
  if (!p.ok) { fail(k, p.error.replace(GET_ONLY, '')); return false; }
  k.out(p.text);
  return true;
}
const GET_ONLY = /custom-columns,custom-columns-file,|,wide/g;

/** The namespace an object from a manifest goes to; errors when it contradicts an explicit `-n`. */
export function manifestNamespace(k: Kube, m: ManifestObject): { ok: true; ns: string } | { ok: false; error: string } {
  if (!m.type.namespaced) return { ok: true, ns: '' };
  const own = metaString(m.obj, 'namespace');
  if (own && k.namespaceExplicit && own !== k.namespace) {
    return { ok: false, error: `the namespace from the provided object "${own}" does not match the namespace "${k.namespace}". You must pass '--namespace=${own}' to perform this operation.` };
  }
  return { ok: true, ns: own || k.namespace };
}

/** The manifest with its namespace filled in, as sent to the server. */
export function withNamespace(m: ManifestObject, ns: string): Record<string, unknown> {
  if (!ns) return m.obj;
  const meta = (m.obj.metadata ?? {}) as Record<string, unknown>;
  return { ...m.obj, metadata: { ...meta, namespace: ns } };
}

function runCreateFromFiles(k: Kube): number {
  if (k.flags.args.length > 0) return usageError(k, `Unexpected args: [${k.flags.args.join(' ')}]`);
  const m = readFileArgs(k);
  if (!m.ok) return m.code;
  const dry = { value: m.dry };
  let code = 0;
  for (const obj of m.objects) {
    const ns = manifestNamespace(k, obj);
    if (!ns.ok) { code = fail(k, ns.error); continue; }
    const body = k.flags.bool('save-config') ? withLastApplied(withNamespace(obj, ns.ns)) : withNamespace(obj, ns.ns);
    if (dry.value === 'client') { if (!printResult(k, body, 'created', dry.value)) return 1; continue; }
    const strict = strictError(obj, 'creating');
    if (strict) { code = apiFail(k, strict); continue; }
    const r = k.api.create(body, { dryRun: dry.value === 'server' });
    if (!r.ok) { code = apiFail(k, r.error, `error when creating "${obj.source}": `); continue; }
    if (!printResult(k, r.value, 'created', dry.value)) return 1;
  }
  return code;
}

/** Container name from an image: last path segment without tag/digest (create_deployment.go buildPodSpec). */
export function containerNameFor(image: string, index: number): string {
  const last = image.split('/').pop() ?? image;
  const name = last.split('@')[0]?.split(':')[0] ?? last;
  if (!/[._]/.test(name)) return name;
  const base = name.replace(/[._]/g, '-');
  let h = index + 7;
  for (const c of image) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let suffix = '';
  for (let i = 0; i < 5; i++) { suffix += alphabet[h % alphabet.length] ?? 'x'; h = Math.floor(h / alphabet.length) + i * 13; }
  return `${base}-${suffix}`;
}

/** The Deployment `create deployment` builds, fields in Go struct order (what `-o json` shows). */
export function buildDeployment(name: string, images: readonly string[], replicas: number, port: number, ns: string, command: readonly string[] = []): Record<string, unknown> {
  const labels = { app: name };
  const containers = images.map((image, i) => ({
    name: containerNameFor(image, i), image,
    ...(i === 0 && command.length > 0 ? { command: [...command] } : {}),
    ...(i === 0 && port >= 0 ? { ports: [{ containerPort: port }] } : {}),
    resources: {},
  }));
  return {
    kind: 'Deployment', apiVersion: 'apps/v1',
    metadata: { name, ...(ns ? { namespace: ns } : {}), creationTimestamp: null, labels },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { creationTimestamp: null, labels }, spec: { containers } }, strategy: {} },
    status: {},
  };
}

/** Drops client-side placeholders (`creationTimestamp: null`, empty status) before sending. */
function forServer(obj: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(obj, (key, v: unknown) => (key === 'creationTimestamp' && v === null ? undefined : v))) as Record<string, unknown>;
}

function runCreateDeployment(k: Kube): number {
  const args = k.flags.args;
  // NAME before `--`, the container's command after it (create_deployment.go Complete).
  const names = k.flags.argsLenAtDash === -1 ? args.length : k.flags.argsLenAtDash;
  if (names !== 1) return usageError(k, `exactly one NAME is required, got ${names}`);
  const images = k.flags.list('image');
  if (images.length === 0) return fail(k, 'required flag(s) "image" not set');
  const command = args.slice(1);
  if (images.length > 1 && command.length > 0) return fail(k, 'cannot specify multiple --image options and command');
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  const name = args[0] ?? '';
  const obj = buildDeployment(name, images, k.flags.int('replicas'), k.flags.int('port'), k.namespaceExplicit ? k.namespace : '', command);
  if (dry.value === 'client') return printTyped(k, obj, dry.value);
  const r = k.api.create(forServer({ ...obj, metadata: { ...(obj.metadata as object), namespace: k.namespace } }), { dryRun: dry.value === 'server' });
  if (!r.ok) return fail(k, `failed to create deployment: ${r.error.message}`);
  return printResult(k, r.value, 'created', dry.value) ? 0 : 1;
}

/** Client-side objects keep Go field order in JSON (typed struct), unlike objects read back from the server. */
function printTyped(k: Kube, obj: Record<string, unknown>, dry: DryRun): number {
  if (k.flags.str('output') === 'json') { k.out(toJson(obj, false)); return 0; }
  return printResult(k, obj, 'created', dry) ? 0 : 1;
}

function runCreateNamespace(k: Kube): number {
  const args = k.flags.args;
  if (args.length !== 1) return usageError(k, `exactly one NAME is required, got ${args.length}`);
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  const obj = { kind: 'Namespace', apiVersion: 'v1', metadata: { name: args[0] ?? '', creationTimestamp: null }, spec: {}, status: {} };
  if (dry.value === 'client') return printTyped(k, obj, dry.value);
  const r = k.api.create(forServer(obj), { dryRun: dry.value === 'server' });
  if (!r.ok) return apiFail(k, r.error);
  return printResult(k, r.value, 'created', dry.value) ? 0 : 1;
}

const commonCreateFlags = [
  { name: 'allow-missing-template-keys', type: 'bool' as const, default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
  dryRunFlag,
  { name: 'field-manager', type: 'string' as const, default: 'kubectl-create', usage: 'Name of the manager used to track field ownership.' },
  OBJECT_OUTPUT,
  { name: 'save-config', type: 'bool' as const, usage: 'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.' },
  showManagedFieldsFlag,
  { name: 'template', type: 'string' as const, usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].' },
  { name: 'validate', type: 'string' as const, default: 'strict', noOptDefault: 'strict', usage: 'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.' },
];

const createDeployment: CommandSpec = {
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  long: 'Create a deployment with the specified name.',
  example: [
    '# Create a deployment named my-dep that runs the busybox image', 'kubectl create deployment my-dep --image=busybox', '',
    '# Create a deployment with a command', 'kubectl create deployment my-dep --image=busybox -- date', '',
    '# Create a deployment named my-dep that runs the nginx image with 3 replicas', 'kubectl create deployment my-dep --image=nginx --replicas=3', '',
    '# Create a deployment named my-dep that runs the busybox image and expose port 5701', 'kubectl create deployment my-dep --image=busybox --port=5701', '',
    '# Create a deployment named my-dep that runs multiple containers', 'kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx',
  ].join('\n'),
  use: 'create deployment NAME --image=image -- [COMMAND] [args...]',
  flags: [
    ...commonCreateFlags,
    { name: 'image', type: 'stringSlice', usage: 'Image names to run. A deployment can have multiple images set for multi-container pod.' },
    { name: 'port', type: 'int', default: -1, usage: 'The containerPort that this deployment exposes.' },
    { name: 'replicas', short: 'r', type: 'int', default: 1, usage: 'Number of replicas to create. Default is 1.' },
  ],
  run: runCreateDeployment,
};

const createNamespace: CommandSpec = {
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  long: 'Create a namespace with the specified name.',
  example: '# Create a new namespace named my-namespace\nkubectl create namespace my-namespace',
  use: 'create namespace NAME [--dry-run=server|client|none]',
  flags: commonCreateFlags,
  run: runCreateNamespace,
};

export const createCommand: CommandSpec = {
  name: 'create',
  group: 'Basic Commands (Beginner):',
  short: 'Create a resource from a file or from stdin',
  long: 'Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.',
  example: [
    '# Create a pod using the data in pod.json', 'kubectl create -f ./pod.json', '',
    '# Create a pod based on the JSON passed into stdin', 'cat pod.json | kubectl create -f -', '',
    '# Edit the data in registry.yaml in JSON then create the resource using the edited data', 'kubectl create -f registry.yaml --edit -o json',
  ].join('\n'),
  use: 'create -f FILENAME',
  flags: [...commonCreateFlags, filenameFlag('to use to create the resource'), recursiveFlag],
  subcommands: [createDeployment, createNamespace],
  args: 'files',
  run: runCreateFromFiles,
};
