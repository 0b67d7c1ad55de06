/**
 * What the PORTOS rules need from storage, as interfaces: the rules stay free of any storage library
 * (and testable with a plain Map). src/store's generic tables are `RecordTable`s; session-tables.ts
 * builds the session repository and the directory over them.
 */
import type { ApiKeyRecord, DeviceRecord, Session, UserRecord } from './records.ts';

/** One collection's records, by key (src/store's `ResourceTable` is one). */
export interface RecordTable<T> {
  get(key: string): T | undefined;
  /** Every record, in insertion order. */
  records(): T[];
  /** Stores a record, validated by the spec. */
  put(record: T): Promise<T>;
  /** Replaces a record by `change(copy)` without validation, atomically with other writes; resolves with a copy. */
  update(key: string, change: (current: T) => T): Promise<T | undefined>;
  remove(key: string): Promise<boolean>;
  /** Removes records from the front of `sortKey`'s ascending order while `test` holds; resolves with them. */
  removeWhile(sortKey: string, test: (record: T) => boolean): Promise<readonly T[]>;
}

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
