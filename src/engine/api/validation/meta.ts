/**
 * ObjectMeta and label validation. Mirrors apimachinery pkg/api/validation/objectmeta.go
 * (ValidateObjectMeta, ValidateAnnotations) and pkg/apis/meta/v1/validation (ValidateLabels,
 * ValidateLabelSelector), plus core's ValidateNonnegativeField and ValidateImmutableField.
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { FieldError } from '../fieldErrors';
import { invalid, notSupported, required, tooLong } from '../fieldErrors';
import { isPlainObject } from '../objectUtil';
import { deepEqual, show } from '../objectUtil';
import { isDNS1123Label, isQualifiedName, isValidLabelValue } from './names';

/** Validates a name with a format check (subdomain, label, DNS-1035). */
export type NameCheck = (name: string) => string[];

/** `must be greater than or equal to 0` for negative numbers. */
export function validateNonnegative(value: unknown, field: string): FieldError[] {
  return typeof value === 'number' && value < 0 ? [invalid(field, value, 'must be greater than or equal to 0')] : [];
}

/** `field is immutable` when an update changes the value. */
export function validateImmutable(next: unknown, prev: unknown, field: string): FieldError[] {
  return deepEqual(next, prev) ? [] : [invalid(field, next ?? null, 'field is immutable')];
}

/**
 * Label keys and values: `metadata.labels: Invalid value: "Bad Key": name part must …`.
 * A frozen map is part of a stored object, validated when it was stored, and is skipped.
 */
export function validateLabels(labels: unknown, field: string): FieldError[] {
  if (labels === undefined || labels === null || Object.isFrozen(labels)) return [];
  if (!isPlainObject(labels)) return [invalid(field, labels, 'must be a map of string keys to string values')];
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels)) {
    for (const m of isQualifiedName(k)) errs.push(invalid(field, k, m));
    if (typeof v !== 'string') errs.push(invalid(field, v, 'must be a string'));
    else for (const m of isValidLabelValue(v)) errs.push(invalid(field, v, m));
  }
  return errs;
}

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** Annotation keys are qualified names (lower-cased); the total size is at most 256 KiB. */
export function validateAnnotations(annotations: unknown, field: string): FieldError[] {
  if (annotations === undefined || annotations === null || Object.isFrozen(annotations)) return [];
  if (!isPlainObject(annotations)) return [invalid(field, annotations, 'must be a map of string keys to string values')];
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations)) {
    for (const m of isQualifiedName(k.toLowerCase())) errs.push(invalid(field, k, m));
    size += k.length + (typeof v === 'string' ? v.length : 0);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(field, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

/** ValidateObjectMeta: name (or generateName), namespace, labels, annotations, ownerReferences. */
export function validateObjectMeta(meta: Record<string, unknown>, namespaced: boolean, nameCheck: NameCheck): FieldError[] {
  const errs: FieldError[] = [];
  const name = meta.name;
  const generateName = meta.generateName;
  if (typeof generateName === 'string' && generateName !== '') {
    const base = generateName.replace(/-+$/, '');
    if (base !== '') for (const m of nameCheck(base)) errs.push(invalid('metadata.generateName', generateName, m));
  }
  if (typeof name !== 'string' || name === '') errs.push(required('metadata.name', 'name or generateName is required'));
  else for (const m of nameCheck(name)) errs.push(invalid('metadata.name', name, m));
  if (namespaced) {
    const ns = meta.namespace;
    if (typeof ns !== 'string' || ns === '') errs.push(required('metadata.namespace', ''));
    else for (const m of isDNS1123Label(ns)) errs.push(invalid('metadata.namespace', ns, m));
  }
  errs.push(...validateLabels(meta.labels, 'metadata.labels'));
  errs.push(...validateAnnotations(meta.annotations, 'metadata.annotations'));
  errs.push(...validateOwnerReferences(meta.ownerReferences));
  return errs;
}

function validateOwnerReferences(refs: unknown): FieldError[] {
  if (refs === undefined || refs === null) return [];
  if (!Array.isArray(refs)) return [invalid('metadata.ownerReferences', refs, 'must be a list')];
  const errs: FieldError[] = [];
  const controllers: string[] = [];
  for (const ref of refs) {
    if (!isPlainObject(ref)) continue;
    for (const k of ['apiVersion', 'kind', 'name', 'uid'] as const) {
      if (typeof ref[k] !== 'string' || ref[k] === '') errs.push(invalid(`metadata.ownerReferences.${k}`, ref[k] ?? '', `${k} must not be empty`));
    }
    if (ref.controller === true) controllers.push(`${show(ref.kind)}/${show(ref.name)}`);
  }
  if (controllers.length > 1) {
    errs.push(invalid('metadata.ownerReferences', refs, `Only one reference can have Controller set to true. Found "true" in references for ${controllers.join(' and ')}`));
  }
  return errs;
}

const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** metav1 ValidateLabelSelector: matchLabels as labels, matchExpressions with a known operator and values. */
export function validateLabelSelector(sel: LabelSelector | undefined, field: string): FieldError[] {
  if (!isPlainObject(sel)) return [];
  const errs = validateLabels(sel.matchLabels, `${field}.matchLabels`);
  (Array.isArray(sel.matchExpressions) ? sel.matchExpressions : []).forEach((e, i) => {
    const p = `${field}.matchExpressions[${i}]`;
    if (!isPlainObject(e)) return;
    const values = Array.isArray(e.values) ? e.values : [];
    if (e.operator === 'In' || e.operator === 'NotIn') {
      if (values.length === 0) errs.push(required(`${p}.values`, 'must be specified when `operator` is \'In\' or \'NotIn\''));
    } else if (e.operator === 'Exists' || e.operator === 'DoesNotExist') {
      if (values.length > 0) errs.push({ type: 'FieldValueForbidden', field: `${p}.values`, detail: 'may not be specified when `operator` is \'Exists\' or \'DoesNotExist\'' });
    } else {
      errs.push(notSupported(`${p}.operator`, e.operator ?? '', SELECTOR_OPERATORS));
    }
    for (const m of isQualifiedName(typeof e.key === 'string' ? e.key : '')) errs.push(invalid(`${p}.key`, e.key ?? '', m));
  });
  return errs;
}
