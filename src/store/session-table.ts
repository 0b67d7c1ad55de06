/**
 * The sessions: records kept in an NData index (lookups by id and every list query), written only by
 * the session rules. An @msw/data collection (schema from the spec) over the same records is attached
 * only when a test author asks for `store.sessions` (msw-data.ts says why); from then on the collection
 * is the record of truth and its hooks keep the index in step, even when a test changes
 * `store.sessions` directly. The table's own updates change the stored record in place (see
 * `updateSession`).
 */
import type { NDataQuery, QueryPage } from '../ndata/index.ts';
import { isExpired, type Session, type SessionRepository } from '../portos/index.ts';
import type { Collection } from '@msw/data';
import { createIndex, type NDataIndex } from './ndata-index/create-index.ts';
import { loadCollectionClass, notAttached, type CollectionClass } from './msw-data.ts';
import { checked, createJsonCache } from './resource-table.ts';
import { sessionsResource } from './sessions-resource.ts';
import type { StandardSchema } from '../spec/index.ts';
import { sessionSchema } from './record-schemas.ts';
import { createSerialQueue } from './serial-queue.ts';

export type SessionCollection = Collection<StandardSchema<Session>>;

export interface SessionTable extends SessionRepository {
  /** The @msw/data collection, once attached (`attach`); throws before. A reset replaces it (read it again). */
  readonly collection: SessionCollection;
  /** Loads @msw/data (once per process) and puts the sessions behind a collection; resolves with it. */
  attach(): Promise<SessionCollection>;
  /** Every session, in insertion order. */
  records(): Session[];
  querySessions(query: NDataQuery): QueryPage<Session>;
  /** Replaces every session with `sessions` (seeding and reset). */
  replaceAll(sessions: readonly Session[]): Promise<void>;
  /** A session's answer JSON, kept until the session is written (resource-table.ts `createJsonCache`). */
  json(session: Session, render: (session: Session) => unknown): string;
}

const NONE: readonly Session[] = Object.freeze([]);

type Stored = Parameters<SessionCollection['delete']>[0];

/** A copy of a stored session, so a caller's value does not change under it when the session is bumped again. */
function snapshot(session: Session): Session {
  return { ...session, identity: { ...session.identity } };
}

export function createSessionTable(): SessionTable {
  const index: NDataIndex<Session> = createIndex<Session>(sessionsResource, (session) => session.sessionId);
  const queue = createSerialQueue();
  const answers = createJsonCache<Session>();
  // Undefined until a test author asks for `store.sessions`; then inserts and deletes go through it.
  let collection: SessionCollection | undefined;

  function follow(target: SessionCollection): void {
    // A collection replaced by a reset may still be referenced somewhere; its changes no longer count.
    const live = () => target === collection;
    target.hooks.on('create', (event) => live() && index.upsert(event.data.record));
    target.hooks.on('update', (event) => live() && index.upsert(event.data.nextRecord));
    target.hooks.on('delete', (event) => live() && index.remove(event.data.deletedRecord.sessionId));
  }

  /** A new collection holding `sessions`, followed by the index, rebuilt once. */
  async function adopt(Class: CollectionClass, sessions: readonly Session[]): Promise<void> {
    // @note A fresh collection instead of `clear()`: clear deletes record by record (quadratic), and
    // seeding without hooks lets the index rebuild its sorted arrays once.
    const next: SessionCollection = new Class({ schema: sessionSchema });
    for (const session of sessions) await next.create(session);
    collection = next;
    follow(next);
    index.clear();
    index.upsertMany(next.all());
  }

  function remove(session: Session): void {
    if (collection) collection.delete(session as Stored);
    else index.remove(session.sessionId);
  }

  function firstToExpire(now: Date): Session | undefined {
    // One step along the index's `expiresAt` order: no query to compile on every request.
    const first = index.first('expiresAt');
    return first && isExpired(first, now) ? first : undefined;
  }

  return {
    get collection() {
      if (!collection) throw notAttached('sessions');
      return collection;
    },

    async attach() {
      const Class = await loadCollectionClass();
      return queue.run(async () => {
        if (!collection) await adopt(Class, index.records());
        return collection!;
      });
    },

    records: () => index.records(),

    json: answers.json,

    getSession: (sessionId) => index.get(sessionId),

    sessionsOnDevice: (deviceName) => index.records().filter((session) => session.identity.deviceName === deviceName),

    anySession: (test) => index.records().some(test),

    querySessions: (query) => index.evaluate(query),

    insertSession: (session) =>
      queue.run(async () => {
        if (collection) return collection.create(session);
        const stored = structuredClone(checked(sessionSchema, session));
        index.upsert(stored);
        return stored;
      }),

    updateSession: (sessionId, change) =>
      queue.run(() => {
        const current = index.get(sessionId);
        if (!current) return undefined;
        // @note Not validated against the spec: only the rules change sessions this way, and their changes
        // (the bump, a refresh) keep a valid record valid. Writes from outside (`store.sessions`) go
        // through @msw/data, which checks them with the spec's schema.
        const before = snapshot(current);
        const next = change(snapshot(current));
        // @note In place, then re-indexed: @msw/data's `update` finds the record by a linear scan (twice)
        // and drafts it with mutative, ~0.2 ms per request with the bundled seed and ~40 ms with 100 000
        // sessions (docs/benchmarks.md), and every accepted token makes one. The record stays the
        // collection's own object, so `store.sessions` reads see the change; callers get a snapshot.
        Object.assign(current, next);
        answers.forget(current);
        index.upsert(current, before);
        return snapshot(current);
      }),

    removeSession: (sessionId) =>
      queue.run(() => {
        const current = index.get(sessionId);
        if (!current) return false;
        remove(current);
        return true;
      }),

    async removeExpiredSessions(now) {
      // Most requests find nothing expired: that check is one index step, outside the queue.
      if (!firstToExpire(now)) return NONE;
      return queue.run(() => {
        const removed: Session[] = [];
        for (let expired = firstToExpire(now); expired; expired = firstToExpire(now)) {
          removed.push(expired);
          remove(expired);
        }
        return removed;
      });
    },

    replaceAll: (sessions) =>
      queue.run(async () => {
        if (collection) return adopt(await loadCollectionClass(), sessions);
        // The seed and saved states are checked (build-seed.ts) and fresh objects: stored as they are.
        index.clear();
        index.upsertMany(sessions);
      }),
  };
}
