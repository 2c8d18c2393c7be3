/**
 * API errors as values, shaped like metav1.Status: kubectl turns them into
 * `Error from server (NotFound): deployments.apps "web" not found` and friends.
 */

/** Status reasons the simulated API server returns (the real strings). */
export const StatusReason = {
  /** The object does not exist. HTTP 404. */
  NotFound: 'NotFound',
  /** create of a name that is taken. HTTP 409. */
  AlreadyExists: 'AlreadyExists',
  /** update with a stale resourceVersion. HTTP 409. */
  Conflict: 'Conflict',
  /** validation failed; `causes` holds the field errors. HTTP 422. */
  Invalid: 'Invalid',
  /** refused by policy (e.g. a namespace that may not be deleted). HTTP 403. */
  Forbidden: 'Forbidden',
  /** malformed request, e.g. a patch that does not parse. HTTP 400. */
  BadRequest: 'BadRequest',
  /** the verb is not supported for the resource. HTTP 405. */
  MethodNotAllowed: 'MethodNotAllowed',
} as const;
export type StatusReason = (typeof StatusReason)[keyof typeof StatusReason];

/** One field error, as metav1.StatusCause. `message` is the full rendered line (`spec.x: Invalid value: …`). */
export interface StatusCause {
  /** FieldValueInvalid, FieldValueRequired, FieldValueNotSupported, FieldValueForbidden, … */
  reason: string;
  message: string;
  field: string;
}

export interface ApiError {
  reason: StatusReason;
  code: number;
  /** The full message as the server words it, e.g. `deployments.apps "web" not found`. */
  message: string;
  details?: {
    name?: string;
    group?: string;
    /** Resource kind as the server reports it (e.g. `deployments` for NotFound, `Deployment` for Invalid). */
    kind?: string;
    causes?: StatusCause[];
  };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: ApiError): Result<T> => ({ ok: false, error });
