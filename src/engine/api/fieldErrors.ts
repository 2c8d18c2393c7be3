/**
 * Field errors and how the server renders them. Mirrors apimachinery
 * pkg/util/validation/field/errors.go (ErrorBody, the 1.34 value rendering: numbers and bools
 * plain, strings Go-quoted, anything else as JSON) and api/errors NewInvalid (one cause → the
 * line itself, several → `[a, b]`).
 */
import type { Kind } from '../types/objects';
import type { ApiError, StatusCause } from './errors';
import { mustResourceForKind, qualifiedKind } from './resources';

/** The cause types of metav1.StatusCause, as the server names them. */
export type FieldErrorType =
  | 'FieldValueNotFound'
  | 'FieldValueRequired'
  | 'FieldValueDuplicate'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueForbidden'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany';

/** One validation failure at a field path such as `spec.template.spec.containers[0].image`. */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** The bad value; absent for types that print none (Required, Forbidden, TooLong). */
  value?: unknown;
  detail: string;
}

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueNotFound: 'Not found',
  FieldValueRequired: 'Required value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
};

/** `field: Invalid value: <value>: detail`. */
export const invalid = (field: string, value: unknown, detail: string): FieldError => ({ type: 'FieldValueInvalid', field, value, detail });
/** `field: Required value[: detail]`. */
export const required = (field: string, detail = ''): FieldError => ({ type: 'FieldValueRequired', field, detail });
/** `field: Forbidden: detail`. */
export const forbiddenField = (field: string, detail: string): FieldError => ({ type: 'FieldValueForbidden', field, detail });
/** `field: Duplicate value: <value>`. */
export const duplicate = (field: string, value: unknown): FieldError => ({ type: 'FieldValueDuplicate', field, value, detail: '' });
/** `field: Not found: <value>`. */
export const notFoundField = (field: string, value: unknown): FieldError => ({ type: 'FieldValueNotFound', field, value, detail: '' });
/** `field: Too long: may not be more than N bytes`. */
export const tooLong = (field: string, max: number): FieldError => ({
  type: 'FieldValueTooLong', field, detail: `may not be more than ${max} ${max === 1 ? 'byte' : 'bytes'}`,
});
/** `field: Unsupported value: "Foo": supported values: "A", "B"`. */
export const notSupported = (field: string, value: unknown, supported: readonly string[]): FieldError => ({
  type: 'FieldValueNotSupported', field, value,
  detail: supported.length === 0 ? '' : 'supported values: ' + supported.map(goQuote).join(', '),
});

/** Go's strconv.Quote for the strings we meet: JSON escaping, with Go's `\x..` for other control bytes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/** Go's encoding/json output: compact, with `<`, `>`, `&` escaped as Go does. */
export function goJson(value: unknown): string {
  const s = JSON.stringify(value) ?? 'null';
  return s.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0'));
}

/** Renders a bad value as the 1.34 server does. */
export function renderValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return goQuote(value);
  return goJson(value ?? null);
}

/** The error without its field: `Invalid value: 0: may not be 0 when `maxSurge` is 0`. */
export function renderFieldErrorBody(e: FieldError): string {
  let s = TYPE_TEXT[e.type];
  if ('value' in e) s += `: ${renderValue(e.value)}`;
  return e.detail === '' ? s : `${s}: ${e.detail}`;
}

/** The full line: `spec.replicas: Invalid value: -1: must be greater than or equal to 0`. */
export function renderFieldError(e: FieldError): string {
  return `${e.field}: ${renderFieldErrorBody(e)}`;
}

/** The aggregate text: one message as is, several (deduplicated) in brackets joined by ", ". */
export function aggregateMessages(messages: readonly string[]): string {
  const unique = [...new Set(messages)];
  return unique.length === 1 ? (unique[0] ?? '') : `[${unique.join(', ')}]`;
}

/**
 * The Invalid (422) error for a list of field errors:
 * `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: …`. Each cause's
 * message is the full rendered line (field included), as ClusterApi's contract asks.
 */
export function invalidError(kind: Kind, name: string, errs: readonly FieldError[]): ApiError {
  const r = mustResourceForKind(kind);
  const lines = errs.map(renderFieldError);
  const causes: StatusCause[] = errs.map((e, i) => ({ reason: e.type, message: lines[i] ?? '', field: e.field }));
  return {
    reason: 'Invalid',
    code: 422,
    message: `${qualifiedKind(kind)} "${name}" is invalid: ${aggregateMessages(lines)}`,
    details: { name, group: r.group, kind: r.kind, causes },
  };
}
