/**
 * The small, fixed facts of the PORTOS session model, and the two steps every way in shares: a new
 * session and the bump of an accepted one.
 */
import { formatInstant, instantMs } from './instant.ts';
import { randomAlphanumeric } from './random.ts';
import type { EnvName, Session, SessionIdentity } from './records.ts';

/** A session lives 12 hours from login or from its last refresh (the seed's examples show 12 h). */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** The collections the session and auth rules read and write, by what they hold (docs/architecture.md#resources-as-data). */
export const SESSIONS = 'sessions';
export const USERS = 'users';
export const DEVICES = 'devices';
export const API_KEYS = 'apikeys';

/**
 * The collections every seed must hold (a fixtures folder: their `<collection>.json`): login reads the
 * users and devices, and the sessions are the rules' own (docs/behaviour.md#option-fixtures).
 */
export const SESSION_RULE_COLLECTIONS: readonly string[] = [USERS, DEVICES, SESSIONS];

/** The sale environments: a device in one of them holds at most one active session. */
const SALE_ENVIRONMENTS: readonly EnvName[] = ['CashRegister', 'PDA'];

/** The only authentication scheme this API knows. */
export const AUTHENTICATION_TYPE = 'Bearer';

export function isSaleEnvironment(envName: EnvName): boolean {
  return SALE_ENVIRONMENTS.includes(envName);
}

/** A session is expired from the instant in its `expiresAt` on. */
export function isExpired(session: Session, now: Date): boolean {
  return instantMs(session.expiresAt) <= now.getTime();
}

/** A new session of `identity`: started and last accessed `now`, alive for `lifetimeMs`, version 1 (docs/behaviour.md#login). */
export function newSession(identity: SessionIdentity, now: Date, lifetimeMs: number): Session {
  const started = formatInstant(now);
  return { sessionId: randomAlphanumeric(32), identity, startedAt: started, expiresAt: formatInstant(now.getTime() + lifetimeMs), lastAccessAt: started, _v: 1 };
}

/** The session as an accepted token or signature leaves it: lastAccessAt = now, _v + 1 (docs/behaviour.md#every-request-bumps-session). */
export function bumped(session: Session, now: Date): Session {
  return { ...session, lastAccessAt: formatInstant(now), _v: session._v + 1 };
}
