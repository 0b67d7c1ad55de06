/**
 * The PORTOS domain rules, in one place: the session lifecycle (login, one session per sale device, the
 * bump of every accepted token, refresh rotation, expiry), tokens (HS256 JWTs naming their
 * session), and the clock every rule reads. When the PORTOS documentation teaches us more, one file here
 * changes and docs/behaviour.md points at it. Failures are thrown as the problems of src/http. Storage
 * is reached through interfaces (`SessionRepository`, `Directory`), built over src/store's generic
 * tables (`RecordTable`) by session-tables.ts; the seed's session rules are session-seed.ts. No Node
 * built-ins: it runs in a browser too.
 *
 * @module
 */

// Values
export { createClock, isClockInstant, CLOCK_RANGE } from './clock.ts';
export { parseDuration } from './duration.ts';
export { formatInstant } from './instant.ts';
export { createSessionLifecycle } from './session-lifecycle.ts';
export { isSignedAuthorization } from './api-key-sessions.ts';
export { SESSION_LIFETIME_MS, SESSION_RULE_COLLECTIONS, SESSIONS } from './session-rules.ts';
export { sessionRepository, directory } from './session-tables.ts';
export { sessionSeedRules } from './session-seed.ts';
export { createTokenSigner } from './token.ts';
export { requireRights } from './rights.ts';
export { checkVersion, nextVersion, VERSION_FIELD } from './versions.ts';
export { checkNotHeldBySession } from './session-locks.ts';
export { createChangeFeed } from './changes.ts';

// Types
export type { Clock } from './clock.ts';
export type { SessionLifecycle, Caller, TokenState } from './session-lifecycle.ts';
export type { SessionRepository, Directory } from './repository.ts';
export type { TableOf } from './session-tables.ts';
export type { Fixtures, UserFixture, DeviceFixture, SessionFixture } from './fixtures.ts';
export type { Session } from './records.ts';
export type { ChangeFeed, ChangeFeedView, ResourceChanged } from './changes.ts';
