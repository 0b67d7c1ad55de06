/**
 * The small, fixed facts of the PORTOS session model.
 */
import { instantMs } from './instant.ts';
import type { EnvName, Session } from './records.ts';

/** A session lives 12 hours from login or from its last refresh (the seed's examples show 12 h). */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

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
