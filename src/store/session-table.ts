/**
 * The sessions collection (@msw/data, schema from the spec) with an NData index kept in sync with it.
 * The collection is the record of truth; the index answers lookups by id and every list query, because
 * @msw/data's `findMany` pages before it sorts and scans linearly. Hooks on the collection keep the
 * index in step even when a test changes `store.sessions` directly.
 */
import { Collection } from '@msw/data';
import { createIndex, type NDataIndex, type NDataQuery, type QueryPage } from '../ndata/index.ts';
import { isExpired, sessionsResource, type Session, type SessionRepository } from '../portos/index.ts';
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

/** The session that expires first: one step along the index's `expiresAt` order. */
const FIRST_TO_EXPIRE: NDataQuery = { filters: [], sort: [{ key: 'expiresAt', direction: 'asc' }], skip: 0, take: 1, count: false, ignored: [] };

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
    const first = index.evaluate(FIRST_TO_EXPIRE).items[0];
    return first && isExpired(first, now) ? first : undefined;
  }

  return {
    get collection() {
      return collection;
    },

    getSession: (sessionId) => index.get(sessionId),

    sessionsOnDevice: (deviceName) => index.records().filter((session) => session.identity.deviceName === deviceName),

    querySessions: (query) => index.evaluate(query),

    insertSession: (session) => queue.run(() => collection.create(session)),

    updateSession: (sessionId, change) =>
      queue.run(async () => {
        const current = index.get(sessionId);
        if (!current) return undefined;
        const next = change(current);
        await collection.update(current as Parameters<SessionCollection['update']>[0], {
          data(draft) {
            Object.assign(draft, next);
          },
        });
        return index.get(sessionId);
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
