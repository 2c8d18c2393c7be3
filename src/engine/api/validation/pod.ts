/**
 * Pod spec validation for the fields the lab meets. Mirrors pkg/apis/core/validation/
 * validation.go (ValidatePodSpec, validateContainers, validateContainerPorts,
 * validateRestartPolicy, validateDNSPolicy, ValidatePodTemplateSpec, ValidatePodUpdate).
 */
import type { FieldError } from '../fieldErrors';
import { duplicate, forbiddenField, invalid, notSupported, required } from '../fieldErrors';
import { deepEqual, isPlainObject } from '../objectUtil';
import { validateAnnotations, validateLabels, validateNonnegative } from './meta';
import { isDNS1123Label, isValidPortName, isValidPortNum } from './names';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const TERMINATION_MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];

/** Whether a value is one of the allowed strings. */
const oneOf = (v: unknown, allowed: readonly string[]): boolean => typeof v === 'string' && allowed.includes(v);

function validatePorts(ports: unknown, field: string): FieldError[] {
  if (!Array.isArray(ports)) return [];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  ports.forEach((p: unknown, i) => {
    const f = `${field}[${i}]`;
    if (!isPlainObject(p)) return;
    if (typeof p.name === 'string' && p.name !== '') {
      for (const m of isValidPortName(p.name)) errs.push(invalid(`${f}.name`, p.name, m));
      if (names.has(p.name)) errs.push(duplicate(`${f}.name`, p.name));
      names.add(p.name);
    }
    if (p.containerPort === undefined || p.containerPort === 0) errs.push(required(`${f}.containerPort`, ''));
    else for (const m of isValidPortNum(Number(p.containerPort))) errs.push(invalid(`${f}.containerPort`, p.containerPort, m));
    if (p.hostPort !== undefined && p.hostPort !== 0) for (const m of isValidPortNum(Number(p.hostPort))) errs.push(invalid(`${f}.hostPort`, p.hostPort, m));
    if (p.protocol === undefined || p.protocol === '') errs.push(required(`${f}.protocol`, ''));
    else if (!oneOf(p.protocol, PROTOCOLS)) errs.push(notSupported(`${f}.protocol`, p.protocol, PROTOCOLS));
  });
  return errs;
}

function validateContainer(c: Record<string, unknown>, f: string, seen: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  const name = c.name;
  if (Object.isFrozen(c) && typeof name === 'string' && !seen.has(name)) {
    seen.add(name);
    return errs;
  }
  if (typeof name !== 'string' || name === '') errs.push(required(`${f}.name`, ''));
  else {
    for (const m of isDNS1123Label(name)) errs.push(invalid(`${f}.name`, name, m));
    if (seen.has(name)) errs.push(duplicate(`${f}.name`, name));
    seen.add(name);
  }
  if (typeof c.image !== 'string' || c.image.trim() === '') errs.push(required(`${f}.image`, ''));
  if (c.imagePullPolicy !== undefined && !oneOf(c.imagePullPolicy, PULL_POLICIES)) {
    errs.push(notSupported(`${f}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
  }
  if (c.terminationMessagePolicy !== undefined && !oneOf(c.terminationMessagePolicy, TERMINATION_MESSAGE_POLICIES)) {
    errs.push(notSupported(`${f}.terminationMessagePolicy`, c.terminationMessagePolicy, TERMINATION_MESSAGE_POLICIES));
  }
  errs.push(...validatePorts(c.ports, `${f}.ports`));
  if (Array.isArray(c.env)) {
    c.env.forEach((e: unknown, i) => {
      if (isPlainObject(e) && (typeof e.name !== 'string' || e.name === '')) errs.push(required(`${f}.env[${i}].name`, ''));
    });
  }
  return errs;
}

function validateContainers(list: unknown, field: string, requireOne: boolean, seen: Set<string>): FieldError[] {
  if (!Array.isArray(list) || list.length === 0) return requireOne ? [required(field, '')] : [];
  const errs: FieldError[] = [];
  list.forEach((c: unknown, i) => {
    if (isPlainObject(c)) errs.push(...validateContainer(c, `${field}[${i}]`, seen));
    else errs.push(invalid(`${field}[${i}]`, c, 'must be an object'));
  });
  return errs;
}

/**
 * ValidatePodSpec for the fields the simulator understands. `field` is e.g. `spec` or
 * `spec.template.spec`. Frozen parts come from stored objects, already validated, and are skipped.
 */
export function validatePodSpec(spec: unknown, field: string): FieldError[] {
  if (!isPlainObject(spec)) return [required(`${field}.containers`, '')];
  if (Object.isFrozen(spec)) return [];
  const errs: FieldError[] = [];
  const volumeNames = new Set<string>();
  (Array.isArray(spec.volumes) ? spec.volumes : []).forEach((v: unknown, i) => {
    if (!isPlainObject(v)) return;
    const f = `${field}.volumes[${i}].name`;
    if (typeof v.name !== 'string' || v.name === '') errs.push(required(f, ''));
    else {
      for (const m of isDNS1123Label(v.name)) errs.push(invalid(f, v.name, m));
      if (volumeNames.has(v.name)) errs.push(duplicate(f, v.name));
      volumeNames.add(v.name);
    }
  });
  const seen = new Set<string>();
  errs.push(...validateContainers(spec.containers, `${field}.containers`, true, seen));
  errs.push(...validateContainers(spec.initContainers, `${field}.initContainers`, false, seen));
  if (spec.restartPolicy === undefined || spec.restartPolicy === '') errs.push(required(`${field}.restartPolicy`, ''));
  else if (!oneOf(spec.restartPolicy, RESTART_POLICIES)) errs.push(notSupported(`${field}.restartPolicy`, spec.restartPolicy, RESTART_POLICIES));
  if (spec.dnsPolicy !== undefined && !oneOf(spec.dnsPolicy, DNS_POLICIES)) errs.push(notSupported(`${field}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES));
  errs.push(...validateNonnegative(spec.terminationGracePeriodSeconds, `${field}.terminationGracePeriodSeconds`));
  if (typeof spec.activeDeadlineSeconds === 'number' && spec.activeDeadlineSeconds <= 0) {
    errs.push(invalid(`${field}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, 'must be between 1 and 2147483647, inclusive'));
  }
  errs.push(...validateLabels(spec.nodeSelector, `${field}.nodeSelector`));
  return errs;
}

/** ValidatePodTemplateSpec: template labels and annotations, then the pod spec. `field` is e.g. `spec.template`. */
export function validatePodTemplate(template: unknown, field: string): FieldError[] {
  if (!isPlainObject(template)) return [required(field, '')];
  const meta = isPlainObject(template.metadata) ? template.metadata : {};
  return [
    ...validateLabels(meta.labels, `${field}.metadata.labels`),
    ...validateAnnotations(meta.annotations, `${field}.metadata.annotations`),
    ...validatePodSpec(template.spec, `${field}.spec`),
  ];
}

/** Strips what a pod update may change (images, activeDeadlineSeconds, added tolerations, grace period). */
function mutableStripped(spec: unknown): unknown {
  if (!isPlainObject(spec)) return spec;
  const strip = (list: unknown): unknown => (Array.isArray(list) ? list.map((c: unknown) => (isPlainObject(c) ? { ...c, image: '' } : c)) : list);
  return { ...spec, containers: strip(spec.containers), initContainers: strip(spec.initContainers), activeDeadlineSeconds: undefined, tolerations: undefined, terminationGracePeriodSeconds: undefined };
}

/**
 * ValidatePodUpdate: the spec is immutable apart from images, activeDeadlineSeconds, tolerations
 * additions and grace. `spec.nodeName` may be set once while empty: that is what the scheduler's
 * pods/binding subresource does, and our scheduler binds through update.
 */
export function validatePodSpecUpdate(next: unknown, prev: unknown): FieldError[] {
  const unbound = isPlainObject(prev) && (prev.nodeName === undefined || prev.nodeName === '');
  const strip = (s: unknown): unknown => {
    const m = mutableStripped(s);
    return unbound && isPlainObject(m) ? { ...m, nodeName: undefined } : m;
  };
  if (deepEqual(strip(next), strip(prev))) return [];
  return [forbiddenField('spec', 'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)')];
}
