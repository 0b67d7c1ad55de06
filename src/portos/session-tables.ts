/**
 * The session rules' view of the store's generic tables: the sessions table as a `SessionRepository`
 * (the in-place bump, expiry along the `expiresAt` order, the sale-device lookup) and the users, devices
 * and API keys as the `Directory` login and the signed requests read.
 */
import type { ApiKeyRecord, DeviceRecord, Session, UserRecord } from './records.ts';
import type { Directory, RecordTable, SessionRepository } from './repository.ts';
import { API_KEYS, DEVICES, isExpired, SESSIONS, USERS } from './session-rules.ts';

/** The table of a collection, by name; undefined for a collection the contract lacks. */
export type TableOf = (collection: string) => RecordTable<unknown> | undefined;

function tableOf<T>(tables: TableOf, collection: string): RecordTable<T> {
  const table = tables(collection);
  if (!table) throw new Error(`Failed to find the collection "${collection}" the session rules need.`);
  return table as RecordTable<T>;
}

export function sessionRepository(tables: TableOf): SessionRepository {
  const sessions = tableOf<Session>(tables, SESSIONS);
  return {
    getSession: (sessionId) => sessions.get(sessionId),
    insertSession: (session) => sessions.put(session),
    // @note In place (RecordTable `update`): every accepted token makes one (docs/benchmarks.md).
    updateSession: (sessionId, change) => sessions.update(sessionId, change),
    removeSession: (sessionId) => sessions.remove(sessionId),
    sessionsOnDevice: (deviceName) => sessions.records().filter((session) => session.identity.deviceName === deviceName),
    anySession: (test) => sessions.records().some(test),
    // One step along the `expiresAt` order when nothing expired: no query to compile on every request.
    removeExpiredSessions: (now) => sessions.removeWhile('expiresAt', (session) => isExpired(session, now)),
  };
}

export function directory(tables: TableOf): Directory {
  const users = tableOf<UserRecord>(tables, USERS);
  const devices = tableOf<DeviceRecord>(tables, DEVICES);
  const apiKeys = tableOf<ApiKeyRecord>(tables, API_KEYS);
  return {
    // Login names the user by userName; a handful of users, so a scan is as fast as a second index.
    findUser: (userName) => users.records().find((user) => user.userName === userName),
    findDevice: (deviceName) => devices.get(deviceName),
    // A few keys, named by clientId (the table's key is `id`): a scan, as for users.
    findApiKey: (clientId) => apiKeys.records().find((key) => key.clientId === clientId),
  };
}
