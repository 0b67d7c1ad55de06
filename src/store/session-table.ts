/**
 * The sessions collection (@msw/data, schema from the spec) with an NData index kept in sync with it.
 * The collection is the record of truth; the index answers lookups by id and every list query, because
 * @msw/data's `findMany` pages before it sorts and scans linearly. Hooks on the collection keep the
 * index in step even when a test changes `store.sessions` directly. The table's own updates change the
 * collection's record in place (see `updateSession`).
 */
import { Collection } from '@msw/data';
import type { NDataQuery, QueryPage } from '../ndata/index.ts';
import { isExpired, type Session, type SessionRepository } from '../portos/index.ts';
import { createIndex, type NDataIndex } from './ndata-index/create-index.ts';
import { sessionsResource } from './sessions-resource.ts';
import type { StandardSchema } from '../spec/index.ts';
import { sessionSchema } from './record-schemas.ts';
import { createSerialQueue } from './serial-queue.ts';

export type SessionCollection = Collection<StandardSchema<Session>>;

export interface SessionTable extends SessionRepository {
  /** The current collection; a reset replaces it (read it again after `reset()`). */
  readonly collection: SessionCollection;
  querySessions(query: NDataQuery): QueryPage<Session>;
  /** Replaces every session with `sessions` (seeding and reset). */
  replaceAll(sessions: readonly Session[]): Promise<void>;
}

/** A copy of a stored session, so a caller's value does not change under it when the session is bumped again. */
function snapshot(session: Session): Session {
  return { ...session, identity: { ...session.identity } };
}

export function createSessionTable(): SessionTable {
  const index: NDataIndex<Session> = createIndex<Session>(sessionsResource, (session) => session.sessionId);
  const queue = createSerialQueue();
  let collection: SessionCollection = new Collection({ schema: sessionSchema });

  function follow(target: SessionCollection): void {
    // A collection replaced by a reset may still be referenced somewhere; its changes no longer count.
    const live = () => target === collection;
    target.hooks.on('create', (event) => live() && index.upsert(event.data.record));
    target.hooks.on('update', (event) => live() && index.upsert(event.data.nextRecord));
    target.hooks.on('delete', (event) => live() && index.remove(event.data.deletedRecord.sessionId));
  }
  follow(collection);

  function firstToExpire(now: Date): Session | undefined {
    // One step along the index's `expiresAt` order: no query to compile on every request.
    const first = index.first('expiresAt');
    return first && isExpired(first, now) ? first : undefined;
  }

  return {
    get collection() {
      return collection;
    },

    getSession: (sessionId) => index.get(sessionId),

    sessionsOnDevice: (deviceName) => index.records().filter((session) => session.identity.deviceName === deviceName),

    anySession: (test) => index.records().some(test),

    querySessions: (query) => index.evaluate(query),

    insertSession: (session) => queue.run(() => collection.create(session)),

    updateSession: (sessionId, change) =>
      queue.run(() => {
        const current = index.get(sessionId);
        if (!current) return undefined;
        // @note Not validated against the spec: only the rules change sessions this way, and their changes
        // (the bump, a refresh) keep a valid record valid. Writes from outside (`store.sessions`) go
        // through @msw/data, which checks them with the spec's schema.
        const next = change(snapshot(current));
        // @note In place, then re-indexed: @msw/data's `update` finds the record by a linear scan (twice)
        // and drafts it with mutative, ~0.2 ms per request with the bundled seed and ~40 ms with 100 000
        // sessions (docs/benchmarks.md), and every accepted token makes one. The record stays the
        // collection's own object, so `store.sessions` reads see the change; callers get a snapshot.
        Object.assign(current, next);
        index.upsert(current);
        return snapshot(current);
      }),

    removeSession: (sessionId) =>
      queue.run(() => {
        const current = index.get(sessionId);
        if (!current) return false;
        collection.delete(current as Parameters<SessionCollection['delete']>[0]);
        return true;
      }),

    async removeExpiredSessions(now) {
      // Most requests find nothing expired: that check is one index step, outside the queue.
      if (!firstToExpire(now)) return;
      await queue.run(() => {
        for (let expired = firstToExpire(now); expired; expired = firstToExpire(now)) {
          collection.delete(expired as Parameters<SessionCollection['delete']>[0]);
        }
      });
    },

    replaceAll: (sessions) =>
      queue.run(async () => {
        // @note A fresh collection instead of `clear()`: clear deletes record by record (quadratic), and
        // seeding without hooks lets the index rebuild its sorted arrays once.
        const next: SessionCollection = new Collection({ schema: sessionSchema });
        for (const session of sessions) await next.create(session);
        collection = next;
        follow(next);
        index.clear();
        index.upsertMany(next.all());
      }),
  };
}
