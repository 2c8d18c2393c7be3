/**
 * Deployment and ReplicaSet validation. Mirrors pkg/apis/apps/validation/validation.go
 * (ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment,
 * ValidatePositiveIntOrPercent, IsNotMoreThan100Percent, ValidateReplicaSetSpec,
 * ValidatePodTemplateSpecForReplicaSet) and pkg/registry/apps/deployment/strategy.go
 * (selector immutable in apps/v1).
 */
import type { FieldError } from '../fieldErrors';
import { forbiddenField, invalid, notSupported, required } from '../fieldErrors';
import { matchesLabelSelector, selectorFromLabelSelector } from '../labelSelectors';
import { isPlainObject } from '../objectUtil';
import { validateImmutable, validateLabelSelector, validateNonnegative } from './meta';
import { isValidPercent } from './names';
import { validatePodTemplate } from './pod';

type IntOrString = number | string;

/** ValidatePositiveIntOrPercent: a non-negative integer, or `[0-9]+%`. */
function validateIntOrPercent(v: unknown, field: string): FieldError[] {
  if (typeof v === 'string') return isValidPercent(v).map((m) => invalid(field, v, m));
  if (typeof v === 'number') return validateNonnegative(v, field);
  return [invalid(field, v ?? null, "must be an integer or percentage (e.g '5%')")];
}

/** getIntOrPercentValue: the number written, percent or not (invalid strings count as 0). */
function intOrPercentValue(v: IntOrString | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && isValidPercent(v).length === 0) return Number(v.slice(0, -1));
  return 0;
}

function validateRollingUpdate(ru: Record<string, unknown>, field: string): FieldError[] {
  const mu = ru.maxUnavailable as IntOrString | undefined;
  const ms = ru.maxSurge as IntOrString | undefined;
  const errs = [...validateIntOrPercent(mu, `${field}.maxUnavailable`), ...validateIntOrPercent(ms, `${field}.maxSurge`)];
  if (intOrPercentValue(mu) === 0 && intOrPercentValue(ms) === 0) {
    errs.push(invalid(`${field}.maxUnavailable`, mu ?? null, 'may not be 0 when `maxSurge` is 0'));
  }
  if (typeof mu === 'string' && isValidPercent(mu).length === 0 && Number(mu.slice(0, -1)) > 100) {
    errs.push(invalid(`${field}.maxUnavailable`, mu, 'must not be greater than 100%'));
  }
  return errs;
}

/** ValidateDeploymentStrategy. An unknown type reports the whole strategy, as the internal Go struct renders. */
function validateStrategy(strategy: unknown, field: string): FieldError[] {
  const s = isPlainObject(strategy) ? strategy : {};
  switch (s.type) {
    case 'Recreate':
      return s.rollingUpdate !== undefined && s.rollingUpdate !== null
        ? [forbiddenField(`${field}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'")]
        : [];
    case 'RollingUpdate':
      return isPlainObject(s.rollingUpdate)
        ? validateRollingUpdate(s.rollingUpdate, `${field}.rollingUpdate`)
        : [required(`${field}.rollingUpdate`, 'this should be defaulted and never be nil')];
    default:
      return [notSupported(field, { Type: s.type ?? '', RollingUpdate: s.rollingUpdate ?? null }, ['Recreate', 'RollingUpdate'])];
  }
}

/** Labels sorted by key, as Go marshals a map. */
function sortedLabels(labels: unknown): unknown {
  if (!isPlainObject(labels)) return labels ?? null;
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The selector and template checks Deployments and ReplicaSets share. */
function validateSelectorAndTemplate(spec: Record<string, unknown>): FieldError[] {
  const errs: FieldError[] = [];
  const sel = spec.selector;
  if (sel === undefined || sel === null) errs.push(required('spec.selector', ''));
  else if (!isPlainObject(sel)) errs.push(invalid('spec.selector', sel, 'invalid label selector'));
  else {
    errs.push(...validateLabelSelector(sel, 'spec.selector'));
    const n = Object.keys(isPlainObject(sel.matchLabels) ? sel.matchLabels : {}).length + (Array.isArray(sel.matchExpressions) ? sel.matchExpressions.length : 0);
    if (n === 0) errs.push(invalid('spec.selector', goLabelSelector(sel), 'empty selector is invalid for deployment'));
  }
  const template = spec.template;
  const labels = isPlainObject(template) && isPlainObject(template.metadata) ? template.metadata.labels : undefined;
  const parsed = isPlainObject(sel) || sel === undefined || sel === null ? selectorFromLabelSelector(isPlainObject(sel) ? sel : undefined) : [];
  const selectsAll = parsed !== null && parsed.length === 0;
  if (isPlainObject(template) && !selectsAll) {
    const ok = matchesLabelSelector(isPlainObject(sel) ? sel : undefined, isPlainObject(labels) ? (labels as Record<string, string>) : {});
    if (!ok) errs.push(invalid('spec.template.metadata.labels', sortedLabels(labels), '`selector` does not match template `labels`'));
  }
  errs.push(...validatePodTemplate(template, 'spec.template'));
  if (isPlainObject(template) && isPlainObject(template.spec)) {
    const rp = template.spec.restartPolicy;
    if (rp !== 'Always') errs.push(notSupported('spec.template.spec.restartPolicy', rp ?? '', ['Always']));
    if (template.spec.activeDeadlineSeconds !== undefined) {
      errs.push(forbiddenField('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in ReplicaSet is not Supported'));
    }
  }
  return errs;
}

/** ValidateDeploymentSpec (apps/v1, after defaulting). */
export function validateDeploymentSpec(spec: unknown): FieldError[] {
  if (!isPlainObject(spec)) return [required('spec.selector', ''), required('spec.template.spec.containers', '')];
  const errs = validateNonnegative(spec.replicas, 'spec.replicas');
  errs.push(...validateSelectorAndTemplate(spec));
  errs.push(...validateStrategy(spec.strategy, 'spec.strategy'));
  errs.push(...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateNonnegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  const pds = spec.progressDeadlineSeconds;
  if (typeof pds === 'number') {
    errs.push(...validateNonnegative(pds, 'spec.progressDeadlineSeconds'));
    const mrs = typeof spec.minReadySeconds === 'number' ? spec.minReadySeconds : 0;
    if (pds <= mrs) errs.push(invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
  }
  return errs;
}

/** ValidateReplicaSetSpec (apps/v1, after defaulting). */
export function validateReplicaSetSpec(spec: unknown): FieldError[] {
  if (!isPlainObject(spec)) return [required('spec.selector', ''), required('spec.template.spec.containers', '')];
  return [
    ...validateNonnegative(spec.replicas, 'spec.replicas'),
    ...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateSelectorAndTemplate(spec),
  ];
}

/** A LabelSelector as Go marshals metav1.LabelSelector: matchLabels (keys sorted) then matchExpressions, empty ones omitted. */
function goLabelSelector(sel: unknown): unknown {
  if (!isPlainObject(sel)) return sel;
  const out: Record<string, unknown> = {};
  if (isPlainObject(sel.matchLabels) && Object.keys(sel.matchLabels).length > 0) out.matchLabels = sortedLabels(sel.matchLabels);
  if (Array.isArray(sel.matchExpressions) && sel.matchExpressions.length > 0) out.matchExpressions = sel.matchExpressions;
  return out;
}

/** The apps/v1 update rule shared by Deployments and ReplicaSets: spec.selector may not change. */
export function validateSelectorImmutable(next: unknown, prev: unknown): FieldError[] {
  const sel = (s: unknown): unknown => (isPlainObject(s) ? s.selector : undefined);
  const errs = validateImmutable(sel(next), sel(prev), 'spec.selector');
  return errs.map((e) => ({ ...e, value: goLabelSelector(e.value) }));
}

/** ValidateDeploymentStatus / ValidateReplicaSetStatus: counters non-negative and consistent. */
export function validateReplicaStatus(status: unknown): FieldError[] {
  if (!isPlainObject(status)) return [];
  const errs: FieldError[] = [];
  for (const k of ['observedGeneration', 'replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas', 'fullyLabeledReplicas', 'collisionCount']) {
    errs.push(...validateNonnegative(status[k], `status.${k}`));
  }
  const n = (k: string): number => (typeof status[k] === 'number' ? status[k] : 0);
  for (const k of ['updatedReplicas', 'readyReplicas', 'availableReplicas', 'fullyLabeledReplicas']) {
    if (n(k) > n('replicas')) errs.push(invalid(`status.${k}`, n(k), 'cannot be greater than status.replicas'));
  }
  if (n('availableReplicas') > n('readyReplicas')) errs.push(invalid('status.availableReplicas', n('availableReplicas'), 'cannot be greater than readyReplicas'));
  return errs;
}
