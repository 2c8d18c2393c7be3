/**
 * `kubectl set image | env | resources`: strategic merge patches of a pod template's
 * containers. Mirrors k8s.io/kubectl/pkg/cmd/set/set_image.go, set_env.go, set_resources.go.
 */
import type { KubeObject, core } from '../../engine/index';
import { OBJECT_OUTPUT, dryRunFlag, filenameFlag, parseDryRun, recordFlag, recursiveFlag, selectorFlag } from '../commonFlags';
import { type Kube, apiErrorLine, fail } from '../kube';
import type { CommandSpec } from '../spec';
import { NO_RESOURCES, resolveTargets, successLine } from '../targets';
import { printResult } from './create';

type WithTemplate = KubeObject & { spec: { template?: core.PodTemplateSpec } };
const hasTemplate = (o: KubeObject): o is WithTemplate => o.kind === 'Deployment' || o.kind === 'ReplicaSet';
const containersOf = (o: KubeObject): core.Container[] => (o.kind === 'Pod' ? o.spec.containers : hasTemplate(o) ? o.spec.template?.spec?.containers ?? [] : []);

/** The patch body placing container changes where the kind keeps them. */
function containerPatch(o: KubeObject, containers: unknown[], record: Record<string, string> | undefined): unknown {
  const meta = record ? { metadata: { annotations: record } } : {};
  if (o.kind === 'Pod') return { ...meta, spec: { containers } };
  return { ...meta, spec: { template: { spec: { containers } } } };
}

/** `--record`: the command line in kubernetes.io/change-cause. */
function recordAnnotation(k: Kube): Record<string, string> | undefined {
  if (!k.flags.bool('record')) return undefined;
  return { 'kubernetes.io/change-cause': k.ctx.argv.map((a) => (a === '--record' ? '--record=true' : a)).join(' ') };
}

interface PatchPlan { containers: unknown[]; error?: string }

/** Sends each object's plan as a strategic merge patch and prints `<obj> <verb>`. */
function applyPlans(k: Kube, verb: string, plan: (o: KubeObject) => PatchPlan): number {
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  const t = resolveTargets(k, { args: k.flags.args.filter((a) => !a.includes('=') && !a.endsWith('-')) });
  if (!t.ok) return fail(k, t.error);
  let code = 0;
  for (const e of t.value.errors) { k.err(apiErrorLine(e)); code = 1; }
  for (const o of t.value.objects) {
    const p = plan(o);
    if (p.error) { code = fail(k, p.error); continue; }
    if (p.containers.length === 0) continue;
    if (dry.value === 'client') { k.out(successLine(o, verb, dry.value)); continue; }
    const r = k.api.patch(o.kind, o.metadata.namespace ?? '', o.metadata.name, 'strategic', containerPatch(o, p.containers, recordAnnotation(k)), { dryRun: dry.value === 'server' });
    if (!r.ok) { k.err(apiErrorLine(r.error)); code = 1; continue; }
    if (!printResult(k, r.value, verb, dry.value)) return 1;
  }
  return code;
}

function runSetImage(k: Kube): number {
  const pairs = k.flags.args.filter((a) => a.includes('='));
  if (k.flags.args.length === 0 && k.flags.list('filename').length === 0) return fail(k, NO_RESOURCES);
  if (pairs.length === 0) return fail(k, 'at least one image update is required');
  const images = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
  return applyPlans(k, 'image updated', (o) => {
    const cs = containersOf(o);
    const changes: unknown[] = [];
    for (const [name, image] of images) {
      const targets = name === '*' ? cs : cs.filter((c) => c.name === name);
      if (targets.length === 0) return { containers: [], error: `unable to find container named "${name}"` };
      for (const c of targets) if (c.image !== image) changes.push({ name: c.name, image });
    }
    return { containers: changes };
  });
}

function runSetEnv(k: Kube): number {
  const specs = k.flags.args.filter((a) => a.includes('=') || (a.endsWith('-') && !a.includes('/')));
  const only = k.flags.str('containers');
  const picked = (name: string) => only === '*' || only === '' || name === only;
  if (k.flags.args.length === specs.length && k.flags.list('filename').length === 0) return fail(k, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (k.flags.bool('list')) {
    const t = resolveTargets(k, { args: k.flags.args.filter((a) => !specs.includes(a)) });
    if (!t.ok) return fail(k, t.error);
    for (const o of t.value.objects) {
      for (const c of containersOf(o).filter((x) => picked(x.name))) {
        k.out(`# ${o.kind.toLowerCase()}s ${o.metadata.name}, container ${c.name}\n`);
        for (const e of c.env ?? []) k.out(e.value !== undefined ? `${e.name}=${e.value}\n` : `# ${e.name} from field path\n`);
      }
    }
    return 0;
  }
  if (specs.length === 0) return fail(k, 'at least one environment variable must be provided');
  return applyPlans(k, 'env updated', (o) => {
    const changes: unknown[] = [];
    for (const c of containersOf(o).filter((x) => picked(x.name))) {
      let env: core.EnvVar[] = [...(c.env ?? [])];
      for (const s of specs) {
        if (s.endsWith('-') && !s.includes('=')) { env = env.filter((e) => e.name !== s.slice(0, -1)); continue; }
        const name = s.slice(0, s.indexOf('='));
        const value = s.slice(s.indexOf('=') + 1);
        const i = env.findIndex((e) => e.name === name);
        if (i >= 0) env[i] = { name, value }; else env.push({ name, value });
      }
      if (JSON.stringify(env) !== JSON.stringify(c.env ?? [])) changes.push({ name: c.name, env: env.length ? env : null });
    }
    return { containers: changes };
  });
}

function parseResourceList(text: string): Record<string, string> | undefined {
  if (text === '') return {};
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [key, value] = part.split('=');
    if (!key || value === undefined || !/^[0-9.]+(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.test(value)) return undefined;
    out[key] = value;
  }
  return out;
}

function runSetResources(k: Kube): number {
  const limits = parseResourceList(k.flags.str('limits'));
  const requests = parseResourceList(k.flags.str('requests'));
  if (!limits || !requests) return fail(k, `quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  if (Object.keys(limits).length === 0 && Object.keys(requests).length === 0) {
    return fail(k, 'you must specify an update to requests or limits (in the form of --requests/--limits)');
  }
  const only = k.flags.str('containers') || '*';
  return applyPlans(k, 'resource requirements updated', (o) => {
    const cs = containersOf(o).filter((c) => only === '*' || c.name === only);
    if (cs.length === 0) return { containers: [], error: `unable to find container named ${only}` };
    return {
      containers: cs.map((c) => ({
        name: c.name,
        resources: {
          ...(Object.keys(limits).length ? { limits: { ...(c.resources?.limits ?? {}), ...limits } } : {}),
          ...(Object.keys(requests).length ? { requests: { ...(c.resources?.requests ?? {}), ...requests } } : {}),
        },
      })),
    };
  });
}

const setFlags = (what: string) => [
  { name: 'all', type: 'bool' as const, usage: 'Select all resources, in the namespace of the specified resource types' },
  dryRunFlag, filenameFlag(`identifying the resource to get from a server.${what}`), OBJECT_OUTPUT, recordFlag, recursiveFlag, selectorFlag,
];

const setImage: CommandSpec = {
  name: 'image',
  short: 'Update the image of a pod template',
  long: 'Update existing container image(s) of resources.\n\n Possible resources include (case insensitive):\n\n        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)',
  example: [
    "# Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'", 'kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1', '',
    "# Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'", 'kubectl set image deployments,rc nginx=nginx:1.9.1 --all', '',
    "# Update image of all containers of daemonset abc to 'nginx:1.9.1'", "kubectl set image daemonset abc *=nginx:1.9.1",
  ].join('\n'),
  use: 'set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N',
  flags: setFlags(''),
  args: 'deployments',
  run: runSetImage,
};

const setEnv: CommandSpec = {
  name: 'env',
  short: 'Update environment variables on a pod template',
  long: 'Update environment variables on a pod template.\n\n List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.',
  example: "# Update deployment 'registry' with a new environment variable\nkubectl set env deployment/registry STORAGE_DIR=/local\n\n# List the environment variables defined on a deployments 'sample-build'\nkubectl set env deployment/sample-build --list\n\n# Remove the environment variable ENV from container 'c1' in all deployment configs\nkubectl set env deployments --all --containers=\"c1\" ENV-",
  use: 'set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N',
  flags: [...setFlags(''), { name: 'containers', short: 'c', type: 'string', default: '*', usage: 'The names of containers in the selected pod templates to change - may use wildcards' }, { name: 'list', type: 'bool', usage: 'If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env.' }],
  args: 'deployments',
  run: (k) => runSetEnv(k),
};

const setResources: CommandSpec = {
  name: 'resources',
  short: 'Update resource requests/limits on objects with pod templates',
  long: 'Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.\n\n For each compute resource, if a limit is specified and a request is omitted, the request will default to the limit.\n\n Possible resources include (case insensitive): Use "kubectl api-resources" for a complete list of supported resources..',
  example: "# Set a deployments nginx container cpu limits to \"200m\" and memory to \"512Mi\"\nkubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi\n\n# Set the resource request and limits for all containers in nginx\nkubectl set resources deployment nginx --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi",
  use: 'set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS]',
  flags: [...setFlags(''),
    { name: 'containers', short: 'c', type: 'string', default: '*', usage: 'The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards' },
    { name: 'limits', type: 'string', usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges." },
    { name: 'requests', type: 'string', usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges." }],
  args: 'deployments',
  run: runSetResources,
};

export const setCommand: CommandSpec = {
  name: 'set',
  group: 'Basic Commands (Beginner):',
  short: 'Set specific features on objects',
  long: 'Configure application resources.\n\n These commands help you make changes to existing application resources.',
  use: 'set SUBCOMMAND',
  helpStream: 'stderr',
  subcommands: [setEnv, setImage, setResources],
};
