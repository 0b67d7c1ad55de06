/**
 * How PORTOS speaks HTTP: every failure as a `ProblemError` that renders itself as problem+json
 * (`ProblemDetails`, or `PortosValidationProblemDetails` with `errors` on a 400), with a title localised
 * by `Accept-Language` negotiation, `instance` and a fresh `traceId`; and request bodies bound the way
 * ASP.NET binds them (case-insensitive member names, each missing member named). The PORTOS rules throw
 * these problems; the route core renders them. No Node built-ins: it runs in a browser too.
 *
 * @module
 */

// Values
export { readJsonObject, parseJsonBody, bindStringMembers, BODY_MEMBER, MAX_BODY_DEPTH } from './bind-body.ts';
export { SECRET_FIELD_NAMES, REDACTED, isSecretFieldName, redactSecretText } from './secret-names.ts';
export { ProblemError, isProblemError } from './problem.ts';
export { validationFailed, unauthenticated, notFound, methodNotAllowed, internalError, forbidden, alreadyExists, versionMismatch, resourceLocked } from './problems.ts';

// Types
export type { ValidationErrorItem } from './problem.ts';
