/**
 * `createIndex`: a live collection that answers NData queries fast, for the store. Storage upkeep
 * (sorted arrays and hashes maintained on write) is in storage.ts; choosing and running a query
 * strategy is in strategies.ts. Results equal the reference `evaluate` of src/ndata over the same
 * records whenever the tie-breaker is unique (`index-equals-reference.test.ts` proves it).
 */
import type { NDataQuery, QueryPage, ResourceDescription } from '../../ndata/index.ts';
import { sortSlot } from './slots.ts';
import { createStorage } from './storage.ts';
import { answerQuery } from './strategies.ts';

export interface NDataIndex<T> {
  readonly size: number;
  /** Adds the record, or replaces the one with the same id. */
  /** `previous`: the old values of a record changed in place, so that only changed keys are re-read. */
  upsert(record: T, previous?: T): void;
  /** Many upserts at once; a large batch rebuilds the sorted arrays instead of splicing each record. */
  upsertMany(records: Iterable<T>): void;
  /** Removes the record with this id; false when there was none. */
  remove(id: string): boolean;
  clear(): void;
  get(id: string): T | undefined;
  /** Every record, in insertion order. */
  records(): T[];
  /** The record first in one sort key's order (ascending), without a query: e.g. the next session to expire. */
  first(sortKey: string): T | undefined;
  evaluate(query: NDataQuery): QueryPage<T>;
}

/**
 * @example
 * const index = createIndex<Session>(sessionsResource, (s) => s.sessionId);
 * index.upsertMany(seed);
 * index.upsert({ ...session, lastAccessAt: now, _v: session._v + 1 });
 * const page = index.evaluate(query);
 */
export function createIndex<T>(resource: ResourceDescription, idOf: (record: T) => string): NDataIndex<T> {
  const storage = createStorage<T>(resource, idOf);
  return {
    get size() {
      return storage.entries.size;
    },
    upsert: storage.upsert,
    upsertMany: storage.upsertMany,
    remove: storage.remove,
    clear: storage.clear,
    get: (id) => storage.entries.get(id)?.record,
    records: () => [...storage.entries.values()].map((e) => e.record),
    first(sortKey) {
      const slot = sortSlot(resource, sortKey);
      if (slot < 0) throw new Error(`Failed to read the first record by "${sortKey}": not a sort key of ${resource.name}.`);
      return storage.sorted(slot)[0]?.record;
    },
    evaluate: (query) => answerQuery(storage, resource, query),
  };
}
