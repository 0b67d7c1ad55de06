/**
 * PORTOS rules, in one place: the session lifecycle (login, one session per sale device, the bump of
 * every accepted token, refresh rotation, expiry), tokens (jose HS256 JWTs naming their session),
 * problem+json errors and their localisation, and the clock every rule reads. When the PORTOS documentation teaches us more, one file here changes and
 * docs/behaviour.md points at it. Storage is reached through interfaces (`SessionRepository`,
 * `Directory`) that src/store implements. No Node built-ins: it runs in a browser too.
 *
 * @module
 */

// Values: time
export { createClock, toInstant } from './clock.ts';
export { formatInstant, instantMs } from './instant.ts';

// Values: sessions and tokens
export { createSessionLifecycle } from './session-lifecycle.ts';
export { SESSION_LIFETIME_MS, SALE_ENVIRONMENTS, AUTHENTICATION_TYPE, isSaleEnvironment, isExpired } from './session-rules.ts';
export { createTokenSigner, newRefreshToken, newTokenId } from './token.ts';

// Values: requests, problems, languages
export { readJsonObject, bindStringMembers, BODY_MEMBER } from './bind-body.ts';
export { ProblemError, isProblemError, errorCodeFor, PROBLEM_CONTENT_TYPE } from './problem.ts';
export { validationFailed, unauthenticated, notFound, methodNotAllowed, internalError } from './problems.ts';
export { negotiateLanguage, LANGUAGES, DEFAULT_LANGUAGE } from './language.ts';
export { titleFor } from './messages.ts';
export { newTraceId } from './trace-id.ts';
export { randomAlphanumeric, randomHex, randomKey } from './random.ts';

// Types
export type { Clock } from './clock.ts';
export type { SessionLifecycle, LoginCredentials, Caller, LifecycleDependencies } from './session-lifecycle.ts';
export type { TokenSigner, TokenClaims } from './token.ts';
export type { MemberSpec } from './bind-body.ts';
export type { ProblemOptions, ErrorCode, ValidationErrorItem, ProblemDetails, PortosValidationProblemDetails } from './problem.ts';
export type { Language } from './language.ts';
export type { SessionRepository, Directory } from './repository.ts';
export type {
  Session,
  SessionIdentity,
  EnvName,
  Device,
  DeviceRecord,
  UserProfile,
  UserRecord,
  AuthResult,
  RefreshResult,
} from './records.ts';
