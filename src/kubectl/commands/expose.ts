/**
 * `kubectl expose`: builds a Service selecting a Deployment's (ReplicaSet's, Pod's) pods and
 * creates it through the API. Mirrors k8s.io/kubectl/pkg/cmd/expose/expose.go.
 */
import type { KubeObject } from '../../engine/index';
import { dryRunFlag, filenameFlag, parseDryRun, recursiveFlag } from '../commonFlags';
import { type Kube, apiFail, fail } from '../kube';
import type { CommandSpec } from '../spec';
import { NO_RESOURCES, resolveTargets } from '../targets';
import { printResult } from './create';

function selectorOf(o: KubeObject): Record<string, string> | undefined {
  if (o.kind === 'Deployment' || o.kind === 'ReplicaSet') return o.spec.selector.matchLabels;
  if (o.kind === 'Pod' || o.kind === 'Service') return o.kind === 'Pod' ? o.metadata.labels : o.spec.selector;
  return undefined;
}

function portsOf(o: KubeObject): number[] {
  const spec = o.kind === 'Pod' ? o.spec : o.kind === 'Deployment' || o.kind === 'ReplicaSet' ? o.spec.template?.spec : undefined;
  return (spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.containerPort));
}

/** The Service expose builds for one object. */
function buildService(k: Kube, o: KubeObject): { ok: true; svc: Record<string, unknown> } | { ok: false; error: string } {
  const selector = selectorOf(o);
  if (!selector || Object.keys(selector).length === 0) return { ok: false, error: `cannot expose a ${o.kind}` };
  const ports = k.flags.changed('port') ? [Number(k.flags.str('port'))] : portsOf(o);
  if (ports.length === 0 || ports.some((p) => !Number.isInteger(p))) return { ok: false, error: "couldn't find port via --port flag or introspection" };
  const type = k.flags.str('type');
  const target = k.flags.str('target-port');
  const protocol = k.flags.str('protocol') || 'TCP';
  const svcPorts = ports.map((port, i) => ({
    ...(ports.length > 1 ? { name: `port-${i + 1}` } : {}),
    port, protocol,
    targetPort: target ? (/^\d+$/.test(target) ? Number(target) : target) : port,
  }));
  const name = k.flags.str('name') || o.metadata.name;
  return {
    ok: true,
    svc: {
      apiVersion: 'v1', kind: 'Service',
      metadata: { name, namespace: o.metadata.namespace ?? k.namespace, ...(o.metadata.labels ? { labels: o.metadata.labels } : {}) },
      spec: { ports: svcPorts, selector, ...(type ? { type } : {}) },
    },
  };
}

function runExpose(k: Kube): number {
  if (k.flags.args.length === 0 && k.flags.list('filename').length === 0) return fail(k, NO_RESOURCES);
  const dry = parseDryRun(k.flags.str('dry-run'));
  if (!dry.ok) return fail(k, dry.error);
  const type = k.flags.str('type');
  if (type && !['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) {
    return fail(k, `Service "${k.flags.str('name') || (k.flags.args.at(-1) ?? '').split('/').pop() || ''}" is invalid: spec.type: Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  }
  const t = resolveTargets(k);
  if (!t.ok) return fail(k, t.error);
  let code = 0;
  for (const e of t.value.errors) code = apiFail(k, e);
  for (const o of t.value.objects) {
    const b = buildService(k, o);
    if (!b.ok) { code = fail(k, b.error); continue; }
    if (dry.value === 'client') { if (!printResult(k, b.svc, 'exposed', dry.value)) return 1; continue; }
    const r = k.api.create(b.svc, { dryRun: dry.value === 'server' });
    if (!r.ok) { code = apiFail(k, r.error); continue; }
    if (!printResult(k, r.value, 'exposed', dry.value)) return 1;
  }
  return code;
}

export const exposeCommand: CommandSpec = {
  name: 'expose',
  group: 'Basic Commands (Beginner):',
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  long: "Expose a resource as a new Kubernetes service.\n\n Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.\n\n Possible resources include (case insensitive):\n\n pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)",
  example: "# Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000\nkubectl expose deployment nginx --port=80 --target-port=8000\n\n# Create a service for a replicated nginx using replica set, which serves on port 80 and connects to the containers on port 8000\nkubectl expose rs nginx --port=80 --target-port=8000\n\n# Create a second service based on the above service, exposing the container port 8443 as port 443 with the name \"nginx-https\"\nkubectl expose service nginx --port=443 --target-port=8443 --name=nginx-https",
  use: 'expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type]',
  flags: [
    dryRunFlag,
    filenameFlag('identifying the resource to expose a service'),
    { name: 'name', type: 'string', usage: 'The name for the newly created object.' },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
    { name: 'port', type: 'string', usage: 'The port that the service should serve on. Copied from the resource being exposed, if unspecified' },
    { name: 'protocol', type: 'string', usage: 'The network protocol for the service to be created. Default is \'TCP\'.' },
    recursiveFlag,
    { name: 'selector', type: 'string', usage: 'A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)' },
    { name: 'target-port', type: 'string', usage: 'Name or number for the port on the container that the service should direct traffic to. Optional.' },
    { name: 'type', type: 'string', usage: "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'." },
  ],
  args: 'resources',
  run: runExpose,
};
