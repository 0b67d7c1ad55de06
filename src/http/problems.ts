/**
 * The PORTOS problems the handlers raise, by name, so the status, error code and wording of each live
 * in one place.
 */
import { ProblemError, type ValidationErrorItem } from './problem.ts';

/** 400, errorCode 3: the request's parameters or body members in `errors` are invalid. */
export function validationFailed(errors: ValidationErrorItem[]): ProblemError {
  return new ProblemError(400, { errors });
}

/** 401, errorCode 1: no usable token, or a failed login. `reason` says which (as `detail`). */
export function unauthenticated(reason: string): ProblemError {
  return new ProblemError(401, { detail: reason });
}

/** 404, no errorCode: the PORTOS Sessions page's "Zdroj nebol nájdený". */
export function notFound(): ProblemError {
  return new ProblemError(404);
}

/** 403, errorCode 2: the caller lacks every one of `rights` (docs/behaviour.md#rights). */
export function forbidden(rights: readonly string[]): ProblemError {
  const named = rights.map((right) => `"${right}"`);
  return new ProblemError(403, { detail: named.length === 1 ? `The right ${named[0]} is required.` : `One of the rights ${named.join(', ')} is required.` });
}

/** 409, no errorCode: a record with this key exists already (docs/behaviour.md#resource-create). */
export function alreadyExists(detail: string): ProblemError {
  return new ProblemError(409, { detail });
}

/** 409, errorCode 6 with `resource`: the write was based on another version (docs/behaviour.md#resource-versions). */
export function versionMismatch(resource: { name: string; id: string; version: number }, basedOn: unknown): ProblemError {
  return new ProblemError(409, {
    errorCode: 6,
    resource,
    detail: `${resource.name} "${resource.id}" is at version ${resource.version}; the request was based on version ${JSON.stringify(basedOn)}.`,
  });
}

/** 423, errorCode 5: the record is in use (docs/behaviour.md#resource-locked). */
export function resourceLocked(detail: string): ProblemError {
  return new ProblemError(423, { detail });
}

/** 405 with `Allow`: a known PORTOS path, a method it does not have. */
export function methodNotAllowed(method: string, allowed: readonly string[]): ProblemError {
  return new ProblemError(405, {
    detail: `${method} is not allowed here; allowed: ${allowed.join(', ')}.`,
    headers: { allow: allowed.join(', ') },
  });
}

/** 500: anything that is not a `ProblemError` (the detail stays generic; the cause goes to the log). */
export function internalError(): ProblemError {
  return new ProblemError(500, { detail: 'The mock failed to answer this request.' });
}
