/**
 * The informational commands: `version`, `api-resources`, `cluster-info`, `config view |
 * current-context | get-contexts`, `options`. Mirrors k8s.io/kubectl/pkg/cmd/version,
 * apiresources, clusterinfo and config.
 */
import { GLOBAL_FLAGS } from '../globalFlags';
import { flagUsages } from '../help';
import { type Kube, fail, usageError } from '../kube';
import { compileJsonPath } from '../printers/jsonpath';
import { toJson, toYaml } from '../printers/serialize';
import { renderTable } from '../printers/table';
import { RESOURCE_TYPES } from '../resources';
import type { CommandSpec } from '../spec';

export const CLIENT_VERSION = 'v1.34.2';
export const SERVER_VERSION = 'v1.34.2';
const KUSTOMIZE_VERSION = 'v5.7.1';

function versionInfo(v: string) {
  const [major = '1', minor = '34'] = v.slice(1).split('.');
  return { buildDate: '2025-11-11T18:16:02Z', compiler: 'gc', gitCommit: '8cc511e399b929453cd98ae65b419c3cc227ec79', gitTreeState: 'clean', gitVersion: v, goVersion: 'go1.24.9', major, minor, platform: 'linux/amd64' };
}

function runVersion(k: Kube): number {
  const client = k.flags.bool('client');
  const out = k.flags.str('output');
  const data = { clientVersion: versionInfo(CLIENT_VERSION), kustomizeVersion: KUSTOMIZE_VERSION, ...(client ? {} : { serverVersion: versionInfo(SERVER_VERSION) }) };
  if (out === 'yaml') { k.out(toYaml(data)); return 0; }
  if (out === 'json') { k.out(toJson(data, false).replace(/ {4}/g, '  ')); return 0; }
  if (out !== '') return fail(k, `--output must be 'yaml' or 'json'`);
  k.out(`Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n${client ? '' : `Server Version: ${SERVER_VERSION}\n`}`);
  return 0;
}

function runApiResources(k: Kube): number {
  const out = k.flags.str('output');
  if (out !== '' && out !== 'wide' && out !== 'name') return fail(k, `--output ${out} is not available`);
  let types = [...RESOURCE_TYPES];
  if (k.flags.changed('namespaced')) types = types.filter((t) => t.namespaced === k.flags.bool('namespaced'));
  if (k.flags.changed('api-group')) types = types.filter((t) => t.group === k.flags.str('api-group'));
  if (k.flags.str('sort-by') === 'name') types.sort((a, b) => a.plural.localeCompare(b.plural));
  if (k.flags.str('sort-by') === 'kind') types.sort((a, b) => a.kind.localeCompare(b.kind));
  if (out === 'name') { k.out(types.map((t) => `${t.plural}${t.group ? `.${t.group}` : ''}\n`).join('')); return 0; }
  const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(out === 'wide' ? ['VERBS', 'CATEGORIES'] : [])];
  const rows = types.map((t) => [t.plural, t.shortNames.join(','), t.group ? `${t.group}/${t.version}` : t.version, String(t.namespaced), t.kind,
    ...(out === 'wide' ? [`[${t.verbs.join(' ')}]`, ['Pod', 'Service', 'Deployment', 'ReplicaSet'].includes(t.kind) ? 'all' : ''] : [])]);
  k.out(renderTable(k.flags.bool('no-headers') ? undefined : header, rows));
  return 0;
}

function runClusterInfo(k: Kube): number {
  if (k.flags.args[0] === 'dump') return fail(k, 'cluster-info dump is not available in this lab');
  k.out(`\x1b[0;32mKubernetes control plane\x1b[0m is running at \x1b[0;33m${k.context.server}\x1b[0m\n`);
  k.out(`\x1b[0;32mCoreDNS\x1b[0m is running at \x1b[0;33m${k.context.server}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\x1b[0m\n`);
  k.out("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
  return 0;
}

function kubeconfig(k: Kube) {
  const c = k.context;
  return {
    apiVersion: 'v1',
    clusters: [{ cluster: { 'certificate-authority-data': 'DATA+OMITTED', server: c.server }, name: c.cluster }],
    contexts: [{ context: { cluster: c.cluster, ...(c.namespace !== 'default' ? { namespace: c.namespace } : {}), user: c.user }, name: c.name }],
    'current-context': c.name,
    kind: 'Config',
    preferences: {},
    users: [{ name: c.user, user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED' } }],
  };
}

function runConfigView(k: Kube): number {
  const out = k.flags.str('output') || 'yaml';
  if (out === 'json') { k.out(toJson(kubeconfig(k))); return 0; }
  if (out.startsWith('jsonpath=')) {
    const jp = compileJsonPath(out.slice('jsonpath='.length));
    if (!jp.ok) return fail(k, jp.error);
    k.out(jp.value.execute(kubeconfig(k)));
    return 0;
  }
  if (out !== 'yaml') return fail(k, `unable to match a printer suitable for the output format "${out}", allowed formats are: json,yaml`);
  k.out(toYaml(kubeconfig(k)));
  return 0;
}

/** `config set-context [NAME | --current] --namespace=NS`: the lab has one context, changed in place. */
function runSetContext(k: Kube): number {
  const [name] = k.flags.args;
  if (!k.flags.bool('current') && !name) return fail(k, 'you must specify a non-empty context name or --current');
  if (k.flags.bool('current') && name) return fail(k, 'you cannot specify both a context name and --current');
  const target = name ?? k.context.name;
  if (target !== k.context.name) return fail(k, `the lab has a single context "${k.context.name}"`);
  if (k.flags.changed('namespace')) k.context.namespace = k.flags.str('namespace') || 'default';
  k.out(`Context "${target}" modified.\n`);
  return 0;
}

function runUseContext(k: Kube): number {
  const [name] = k.flags.args;
  if (!name) return usageError(k, 'Unexpected args: []');
  if (name !== k.context.name) return fail(k, `no context exists with the name: "${name}"`);
  k.out(`Switched to context "${name}".\n`);
  return 0;
}

function runGetContexts(k: Kube): number {
  const c = k.context;
  k.out(renderTable(['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'], [['*', c.name, c.cluster, c.user, c.namespace === 'default' ? '' : c.namespace]]));
  return 0;
}

const noFlagsCmd = (name: string, short: string, long: string, use: string, run: (k: Kube) => number): CommandSpec => ({ name, short, long, use, run });

export const versionCommand: CommandSpec = {
  name: 'version', group: 'Other Commands:',
  short: 'Print the client and server version information',
  long: 'Print the client and server version information for the current context.',
  example: '# Print the client and server versions for the current context\nkubectl version',
  use: 'version',
  flags: [{ name: 'client', type: 'bool', usage: 'If true, shows client version only (no server required).' }, { name: 'output', short: 'o', type: 'string', usage: "One of 'yaml' or 'json'." }],
  run: runVersion,
};

export const apiResourcesCommand: CommandSpec = {
  name: 'api-resources', group: 'Other Commands:',
  short: 'Print the supported API resources on the server',
  long: 'Print the supported API resources on the server.',
  example: '# Print the supported API resources\nkubectl api-resources\n\n# Print the supported API resources with more information\nkubectl api-resources -o wide\n\n# Print the supported API resources sorted by a column\nkubectl api-resources --sort-by=name\n\n# Print the supported namespaced resources\nkubectl api-resources --namespaced=true\n\n# Print the supported non-namespaced resources\nkubectl api-resources --namespaced=false\n\n# Print the supported API resources with a specific APIGroup\nkubectl api-resources --api-group=rbac.authorization.k8s.io',
  use: 'api-resources [flags]',
  flags: [
    { name: 'api-group', type: 'string', usage: 'Limit to resources in the specified API group.' },
    { name: 'cached', type: 'bool', usage: 'Use the cached list of resources if available.' },
    { name: 'categories', type: 'stringSlice', usage: 'Limit to resources that belong to the specified categories.' },
    { name: 'namespaced', type: 'bool', default: true, usage: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.' },
    { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (wide, name).' },
    { name: 'sort-by', type: 'string', usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'." },
    { name: 'verbs', type: 'stringSlice', usage: 'Limit to resources that support the specified verbs.' },
  ],
  run: runApiResources,
};

export const clusterInfoCommand: CommandSpec = {
  name: 'cluster-info', group: 'Cluster Management Commands:',
  short: 'Display cluster information',
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  example: '# Print the address of the control plane and cluster services\nkubectl cluster-info',
  use: 'cluster-info [flags]',
  run: runClusterInfo,
};

export const configCommand: CommandSpec = {
  name: 'config', group: 'Other Commands:',
  short: 'Modify kubeconfig files',
  long: 'Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".\n\n The loading order follows these rules:\n\n  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.\n  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.\n  3.  Otherwise, ${HOME}/.kube/config is used and no merging takes place.',
  use: 'config SUBCOMMAND',
  helpStream: 'stderr',
  subcommands: [
    noFlagsCmd('current-context', 'Display the current-context', 'Display the current-context.', 'config current-context', (k) => { k.out(`${k.context.name}\n`); return 0; }),
    noFlagsCmd('get-contexts', 'Describe one or many contexts', 'Display one or many contexts from the kubeconfig file.', 'config get-contexts [(-o|--output=)name)]', runGetContexts),
    {
      name: 'set-context', short: 'Set a context entry in kubeconfig', long: 'Set a context entry in kubeconfig.\n\n Specifying a name that already exists will merge new fields on top of existing values for those fields.',
      example: '# Set the namespace of the current context\nkubectl config set-context --current --namespace=dev',
      use: 'config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace]',
      flags: [{ name: 'current', type: 'bool', usage: 'Modify the current context' }],
      run: runSetContext,
    },
    noFlagsCmd('use-context', 'Set the current-context in a kubeconfig file', 'Set the current-context in a kubeconfig file.', 'config use-context CONTEXT_NAME', runUseContext),
    {
      name: 'view', short: 'Display merged kubeconfig settings or a specified kubeconfig file', long: 'Display merged kubeconfig settings or a specified kubeconfig file.\n\n You can use --output jsonpath={...} to extract specific values using a jsonpath expression.',
      use: 'config view [flags]',
      flags: [
        { name: 'flatten', type: 'bool', usage: 'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)' },
        { name: 'minify', type: 'bool', usage: 'Remove all information not used by current-context from the output' },
        { name: 'output', short: 'o', type: 'string', default: 'yaml', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
        { name: 'raw', type: 'bool', usage: 'Display raw byte data and sensitive data' },
      ],
      run: runConfigView,
    },
  ],
};

export const optionsCommand: CommandSpec = {
  name: 'options',
  short: 'Print the list of flags inherited by all commands',
  long: 'Print the list of flags inherited by all commands',
  use: 'options',
  run: (k) => { k.out(`The following options can be passed to any command:\n\n${flagUsages(GLOBAL_FLAGS)}`); return 0; },
};
