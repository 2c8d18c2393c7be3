/**
 * Strict field validation of manifests, as kubectl ≥ 1.27 asks the API server for it
 * (`fieldValidation=Strict`): a field the schema does not know is refused with
 * `strict decoding error: unknown field "spec.replica"`. The simulated API server keeps no
 * schema, so kubectl checks the field names of the apps/v1 and core/v1 types here, mirroring
 * k8s.io/apimachinery/pkg/runtime/serializer/json (strict decoding) over the kinds we serve.
 */

type Shape = { fields: Record<string, string | undefined> } | 'any';

/** Field name → the shape of its value (a type name, `[]Type` for lists, undefined for scalars/maps). */
const T: Record<string, Shape> = {
  Deployment: { fields: { apiVersion: undefined, kind: undefined, metadata: 'ObjectMeta', spec: 'DeploymentSpec', status: 'any' } },
  ReplicaSet: { fields: { apiVersion: undefined, kind: undefined, metadata: 'ObjectMeta', spec: 'ReplicaSetSpec', status: 'any' } },
  Pod: { fields: { apiVersion: undefined, kind: undefined, metadata: 'ObjectMeta', spec: 'PodSpec', status: 'any' } },
  Service: { fields: { apiVersion: undefined, kind: undefined, metadata: 'ObjectMeta', spec: 'ServiceSpec', status: 'any' } },
  Namespace: { fields: { apiVersion: undefined, kind: undefined, metadata: 'ObjectMeta', spec: 'any', status: 'any' } },
  ObjectMeta: {
    fields: Object.fromEntries(['annotations', 'creationTimestamp', 'deletionGracePeriodSeconds', 'deletionTimestamp', 'finalizers', 'generateName',
      'generation', 'labels', 'managedFields', 'name', 'namespace', 'ownerReferences', 'resourceVersion', 'selfLink', 'uid'].map((f) => [f, undefined])),
  },
  DeploymentSpec: {
    fields: { minReadySeconds: undefined, paused: undefined, progressDeadlineSeconds: undefined, replicas: undefined, revisionHistoryLimit: undefined,
      selector: 'LabelSelector', strategy: 'DeploymentStrategy', template: 'PodTemplateSpec' },
  },
  ReplicaSetSpec: { fields: { minReadySeconds: undefined, replicas: undefined, selector: 'LabelSelector', template: 'PodTemplateSpec' } },
  DeploymentStrategy: { fields: { type: undefined, rollingUpdate: 'RollingUpdateDeployment' } },
  RollingUpdateDeployment: { fields: { maxSurge: undefined, maxUnavailable: undefined } },
  LabelSelector: { fields: { matchLabels: undefined, matchExpressions: '[]LabelSelectorRequirement' } },
  LabelSelectorRequirement: { fields: { key: undefined, operator: undefined, values: undefined } },
  PodTemplateSpec: { fields: { metadata: 'ObjectMeta', spec: 'PodSpec' } },
  PodSpec: {
    fields: {
      ...Object.fromEntries(['activeDeadlineSeconds', 'affinity', 'automountServiceAccountToken', 'dnsConfig', 'dnsPolicy', 'enableServiceLinks',
        'ephemeralContainers', 'hostAliases', 'hostIPC', 'hostNetwork', 'hostPID', 'hostUsers', 'hostname', 'imagePullSecrets', 'nodeName',
        'nodeSelector', 'os', 'overhead', 'preemptionPolicy', 'priority', 'priorityClassName', 'readinessGates', 'resourceClaims', 'resources',
        'restartPolicy', 'runtimeClassName', 'schedulerName', 'schedulingGates', 'securityContext', 'serviceAccount', 'serviceAccountName',
        'setHostnameAsFQDN', 'shareProcessNamespace', 'subdomain', 'terminationGracePeriodSeconds', 'tolerations', 'topologySpreadConstraints',
        'volumes'].map((f) => [f, undefined])),
      containers: '[]Container', initContainers: '[]Container',
    },
  },
  Container: {
    fields: {
      ...Object.fromEntries(['args', 'command', 'envFrom', 'image', 'imagePullPolicy', 'lifecycle', 'livenessProbe', 'name', 'readinessProbe',
        'resizePolicy', 'restartPolicy', 'securityContext', 'startupProbe', 'stdin', 'stdinOnce', 'terminationMessagePath',
        'terminationMessagePolicy', 'tty', 'volumeDevices', 'volumeMounts', 'workingDir'].map((f) => [f, undefined])),
      env: '[]EnvVar', ports: '[]ContainerPort', resources: 'ResourceRequirements',
    },
  },
  EnvVar: { fields: { name: undefined, value: undefined, valueFrom: undefined } },
  ContainerPort: { fields: { containerPort: undefined, hostIP: undefined, hostPort: undefined, name: undefined, protocol: undefined } },
  ResourceRequirements: { fields: { claims: undefined, limits: undefined, requests: undefined } },
  ServiceSpec: {
    fields: {
      ...Object.fromEntries(['allocateLoadBalancerNodePorts', 'clusterIP', 'clusterIPs', 'externalIPs', 'externalName', 'externalTrafficPolicy',
        'healthCheckNodePort', 'internalTrafficPolicy', 'ipFamilies', 'ipFamilyPolicy', 'loadBalancerClass', 'loadBalancerIP',
        'loadBalancerSourceRanges', 'publishNotReadyAddresses', 'selector', 'sessionAffinity', 'sessionAffinityConfig', 'trafficDistribution',
        'type'].map((f) => [f, undefined])),
      ports: '[]ServicePort',
    },
  },
  ServicePort: { fields: { appProtocol: undefined, name: undefined, nodePort: undefined, port: undefined, protocol: undefined, targetPort: undefined } },
};

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(value: unknown, typeName: string, path: string, out: string[]): void {
  const shape = T[typeName];
  if (!shape || shape === 'any' || !isMap(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const p = path ? `${path}.${key}` : key;
    if (!(key in shape.fields)) { out.push(p); continue; }
    const child = shape.fields[key];
    if (!child) continue;
    if (child.startsWith('[]')) {
      if (Array.isArray(v)) v.forEach((item, i) => walk(item, child.slice(2), `${p}[${i}]`, out));
    } else {
      walk(v, child, p, out);
    }
  }
}

/** Unknown field paths of a manifest of `kind` (empty when it is clean or the kind is not checked). */
export function unknownFields(kind: string, obj: unknown): string[] {
  const out: string[] = [];
  walk(obj, kind, '', out);
  return out;
}

/** The server's BadRequest message for unknown fields, e.g. `Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"`. */
export function strictDecodingMessage(kind: string, fields: readonly string[]): string {
  return `${kind} in version "v1" cannot be handled as a ${kind}: strict decoding error: ${fields.map((f) => `unknown field "${f}"`).join(', ')}`;
}
