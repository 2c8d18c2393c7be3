/**
 * Constructors for the API errors the simulated server returns, worded as the real server
 * words them. Mirrors apimachinery pkg/api/errors/errors.go (NewNotFound, NewAlreadyExists,
 * NewConflict, NewForbidden, NewBadRequest, NewMethodNotSupported).
 */
import type { Kind } from '../types/objects';
import type { ApiError } from './errors';
import { mustResourceForKind, qualifiedResource } from './resources';

const details = (kind: Kind, name: string): NonNullable<ApiError['details']> => {
  const r = mustResourceForKind(kind);
  return { name, group: r.group, kind: r.resource };
};

/** `deployments.apps "web" not found` (HTTP 404). */
export function notFound(kind: Kind, name: string): ApiError {
  return { reason: 'NotFound', code: 404, message: `${qualifiedResource(kind)} "${name}" not found`, details: details(kind, name) };
}

/** `deployments.apps "web" already exists` (HTTP 409). */
export function alreadyExists(kind: Kind, name: string): ApiError {
  return { reason: 'AlreadyExists', code: 409, message: `${qualifiedResource(kind)} "${name}" already exists`, details: details(kind, name) };
}

/** The optimistic-concurrency failure of an update with a stale resourceVersion (HTTP 409). */
export function conflict(kind: Kind, name: string, why = 'the object has been modified; please apply your changes to the latest version and try again'): ApiError {
  return {
    reason: 'Conflict',
    code: 409,
    message: `Operation cannot be fulfilled on ${qualifiedResource(kind)} "${name}": ${why}`,
    details: details(kind, name),
  };
}

/** `namespaces "default" is forbidden: this namespace may not be deleted` (HTTP 403). */
export function forbidden(kind: Kind, name: string, why: string): ApiError {
  return { reason: 'Forbidden', code: 403, message: `${qualifiedResource(kind)} "${name}" is forbidden: ${why}`, details: details(kind, name) };
}

/** A malformed request (HTTP 400); the message is the whole text. */
export function badRequest(message: string): ApiError {
  return { reason: 'BadRequest', code: 400, message };
}

/** A verb the resource does not serve (HTTP 405). */
export function methodNotAllowed(kind: Kind, verb: string): ApiError {
  const r = mustResourceForKind(kind);
  return {
    reason: 'MethodNotAllowed',
    code: 405,
    message: `${verb} is not supported on resources of kind "${r.resource}${r.group === '' ? '' : '.' + r.group}"`,
    details: { group: r.group, kind: r.resource },
  };
}
