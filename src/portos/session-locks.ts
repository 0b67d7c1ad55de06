/**
 * What a live session holds (docs/behaviour.md#resource-locked, inferred): the device it runs on and
 * the user it belongs to cannot be deleted while it lives; the delete answers 423 with errorCode 5, and
 * ending the session (logout, DELETE /sessions/{id}, expiry) frees them. The session rules hook this
 * onto the generic resources: nothing else in the store or the handlers knows that sessions exist.
 */
import { resourceLocked } from '../http/index.ts';
import type { Session } from './records.ts';
import type { SessionRepository } from './repository.ts';
import { DEVICES, USERS } from './session-rules.ts';

/** Which field of a session names a record of which collection. */
const HELD_BY_SESSIONS: Readonly<Record<string, (session: Session) => string>> = {
  [DEVICES]: (session) => session.identity.deviceName,
  [USERS]: (session) => session.identity.userName,
};

/** Which field of the record the session's reference matches. */
const MATCHED_FIELD: Readonly<Record<string, string>> = { [DEVICES]: 'name', [USERS]: 'userName' };

/** Throws 423 when a live session holds the record `record` of `collection`. */
export function checkNotHeldBySession(sessions: Pick<SessionRepository, 'anySession'>, collection: string, label: string, record: Record<string, unknown>): void {
  const reference = HELD_BY_SESSIONS[collection];
  const field = MATCHED_FIELD[collection];
  if (!reference || !field) return;
  const value = String(record[field]);
  if (sessions.anySession((session) => reference(session) === value)) {
    throw resourceLocked(`${label} "${value}" is in use by a live session; end that session first.`);
  }
}
