/**
 * What the PORTOS rules need from storage, as interfaces: src/store implements them over @msw/data,
 * and the rules stay free of any storage library (and testable with a plain Map).
 */
import type { ApiKeyRecord, DeviceRecord, Session, UserRecord } from './records.ts';

export interface SessionRepository {
  /** The stored session with this id, if any (expired ones may still be stored until swept). */
  getSession(sessionId: string): Session | undefined;
  /** Stores a new session. */
  insertSession(session: Session): Promise<Session>;
  /**
   * Replaces a session with `change(current)`, atomically with respect to other changes (so two
   * concurrent bumps both count). Resolves to the stored result, or undefined when the session is gone.
   */
  updateSession(sessionId: string, change: (current: Session) => Session): Promise<Session | undefined>;
  /** Removes a session; resolves to true when there was one. */
  removeSession(sessionId: string): Promise<boolean>;
  /** The stored sessions on a device. */
  sessionsOnDevice(deviceName: string): Session[];
  /** True when a stored session passes `test`. */
  anySession(test: (session: Session) => boolean): boolean;
  /** Removes every session whose `expiresAt` is at or before `now`; resolves to the sessions it removed. */
  removeExpiredSessions(now: Date): Promise<readonly Session[]>;
}

export interface Directory {
  findUser(userName: string): UserRecord | undefined;
  findDevice(deviceName: string): DeviceRecord | undefined;
  /** The API key with this `clientId` (docs/behaviour.md#api-key-session). */
  findApiKey(clientId: string): ApiKeyRecord | undefined;
}
