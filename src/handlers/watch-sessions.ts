/**
 * The one place session writes meet the change feed: a `SessionRepository` that forwards to the store
 * and raises `portos.resources.changed` for each change (docs/behaviour.md#notification-changes). The
 * lifecycle writes through it, so login, logout, DELETE, refresh and expiry are all seen here.
 *
 * @note When the store becomes generic over resources, this wrapper is what to re-wire: one change event
 * per created, updated or deleted record, except the bump of an accepted token.
 */
import { SESSIONS, type ChangeFeed, type Session, type SessionRepository } from '../portos/index.ts';

function resourceOf(session: Session): { name: string; id: string; version: number } {
  return { name: SESSIONS, id: session.sessionId, version: session._v };
}

/**
 * True when `next` differs from `previous` only by the bump of an accepted token (`lastAccessAt`, `_v`):
 * no notification for that (docs/behaviour.md#notification-changes), or every request would raise one.
 */
function onlyBumped(previous: Session, next: Session): boolean {
  return previous.expiresAt === next.expiresAt && previous.startedAt === next.startedAt && sameIdentity(previous.identity, next.identity);
}

/** Member by member (the identity's values are strings); this runs on every request, so no JSON. */
function sameIdentity(a: Session['identity'], b: Session['identity']): boolean {
  if (a === b) return true;
  let count = 0;
  for (const key in a) {
    const name = key as keyof Session['identity'];
    if (a[name] !== b[name] && JSON.stringify(a[name]) !== JSON.stringify(b[name])) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}

export function watchSessions(store: SessionRepository, feed: ChangeFeed): SessionRepository {
  return {
    getSession: (sessionId) => store.getSession(sessionId),
    sessionsOnDevice: (deviceName) => store.sessionsOnDevice(deviceName),
    anySession: (test) => store.anySession(test),

    async insertSession(session) {
      const stored = await store.insertSession(session);
      feed.emit({ change: 'created', resource: resourceOf(stored) });
      return stored;
    },

    // @note `.then` rather than `async`/`await`: the bump and the sweep run on every request, and each
    // async step costs a promise and a microtask hop.
    updateSession(sessionId, change) {
      let previous: Session | undefined;
      const updated = store.updateSession(sessionId, (current) => {
        previous = current;
        return change(current);
      });
      return updated.then((next) => {
        if (next && previous && !onlyBumped(previous, next)) feed.emit({ change: 'updated', resource: resourceOf(next) });
        return next;
      });
    },

    async removeSession(sessionId) {
      const session = store.getSession(sessionId);
      const removed = await store.removeSession(sessionId);
      if (removed && session) feed.emit({ change: 'deleted', resource: resourceOf(session) });
      return removed;
    },

    removeExpiredSessions(now) {
      // The sweep names the sessions it removed itself (a DELETE running at the same time raises its own event).
      return store.removeExpiredSessions(now).then((expired) => {
        for (const session of expired) feed.emit({ change: 'deleted', resource: resourceOf(session) });
        return expired;
      });
    },
  };
}
