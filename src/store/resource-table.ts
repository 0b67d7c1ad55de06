/**
 * One table per catalogued resource (src/spec's catalogue): the records live in the NData index (lists,
 * lookups by key), every write from outside checked against the spec's schema. An @msw/data collection
 * over the same records is attached only when a test author asks for one (`attach`; @msw/data is costly
 * to import: msw-data.ts). From then on the collection is the record of truth and its hooks keep the
 * index in step, so a write to `store.devices` and the handlers' writes still take one validated path.
 * Lists are always answered by the index, never by @msw/data's `findMany` (it pages before it sorts).
 * The rules' own hot writes (`update`: the bump of every accepted token) change a record in place.
 */
import type { NDataQuery, QueryPage } from '../ndata/index.ts';
import { bundledContract, standardSchemaOf, type CatalogueResource, type Contract, type StandardSchema } from '../spec/index.ts';
import type { Collection } from '@msw/data';
import { createIndex } from './ndata-index/create-index.ts';
import { loadCollectionClass, notAttached, type CollectionClass } from './msw-data.ts';
import { createSerialQueue } from './serial-queue.ts';

/** A stored record: a JSON object of the resource's schema. */
export type StoredRecord = Record<string, unknown>;

export type ResourceCollection<T = StoredRecord> = Collection<StandardSchema<T>>;

export interface ResourceTable<T extends StoredRecord = StoredRecord> {
  readonly resource: CatalogueResource;
  /**
   * The @msw/data collection over the records, once attached (`attach`); throws before. A reset or
   * restore replaces it (read it again afterwards).
   */
  readonly collection: ResourceCollection<T>;
  /** Loads @msw/data (once per process) and puts the records behind a collection; resolves with it. */
  attach(): Promise<ResourceCollection<T>>;
  /** The record with this key, as stored. */
  get(key: string): T | undefined;
  /** Every record, in insertion order. */
  records(): T[];
  /** One page of records for an NData query. */
  query(query: NDataQuery): QueryPage<T>;
  /** The record first in one sort key's ascending order, without a query (e.g. the next to expire). */
  first(sortKey: string): T | undefined;
  /** Stores `record` (a new key adds it, a known key replaces that record), validated by the spec. */
  put(record: T): Promise<T>;
  /**
   * Replaces the record with this key by `change(copy)`, in place (see `update` below for why); resolves
   * with a copy of the result, or undefined when there is none. Not validated: for the rules' own
   * changes that keep a valid record valid (the bump of an accepted token, a refresh).
   */
  update(key: string, change: (current: T) => T): Promise<T | undefined>;
  /**
   * Removes records from the front of `sortKey`'s ascending order while `test` holds (expiry), at once
   * with respect to other writes; resolves with the removed records.
   */
  removeWhile(sortKey: string, test: (record: T) => boolean): Promise<readonly T[]>;
  /** Removes the record with this key; false when there was none. */
  remove(key: string): Promise<boolean>;
  /** Replaces every record (seeding, reset, restore). */
  replaceAll(records: readonly T[]): Promise<void>;
  /**
   * `JSON.stringify(render(record))` for a record as stored, kept until the record is written: a list
   * answers the same records again and again (docs/benchmarks.md#json-cache). `render` must be the same
   * for every call on a table (the handlers' `visible`).
   */
  json(record: T, render: (record: T) => unknown): string;
}

/**
 * A cache of each stored record's answer JSON, by the record object. Every write but `update` stores a
 * new object (so a stale entry is never read again); `update` changes its record in place and drops the
 * entry itself.
 */
function createJsonCache<T extends object>(): { json(record: T, render: (record: T) => unknown): string; forget(record: T): void } {
  const cache = new WeakMap<T, string>();
  return {
    json(record, render) {
      let text = cache.get(record);
      if (text === undefined) {
        text = JSON.stringify(render(record));
        cache.set(record, text);
      }
      return text;
    },
    forget: (record) => void cache.delete(record),
  };
}

/**
 * Records are checked with the spec's request variant: `writeOnly` fields (a password, an API secret)
 * are stored, though never answered.
 */
function recordSchema<T>(resource: CatalogueResource, contract: Contract): StandardSchema<T> {
  return standardSchemaOf<T>(resource.schemaName, (value) => contract.validateRecord(resource.schemaName, value));
}

/** `record` if the schema accepts it; otherwise throws the schema's issues (what @msw/data's `create` rejects). */
function checked<T>(schema: StandardSchema<T>, record: T): T {
  const result = schema['~standard'].validate(record);
  if (result.issues) throw new Error(`Failed to store the record: does not match the schema: ${result.issues.map((issue) => issue.message).join(' ')}`);
  return record;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * A copy of a stored record down to its nested objects' fields (a session's `identity`), so a caller's
 * value does not change under it when the record is updated in place again.
 */
function copyOf<T extends StoredRecord>(record: T): T {
  const copy: StoredRecord = { ...record };
  for (const field in copy) {
    const value = copy[field];
    if (value !== null && typeof value === 'object') copy[field] = Array.isArray(value) ? [...value] : { ...value };
  }
  return copy as T;
}

export function createResourceTable<T extends StoredRecord = StoredRecord>(resource: CatalogueResource, contract: Contract = bundledContract): ResourceTable<T> {
  const keyOf = (record: T): string => String(record[resource.key]);
  const index = createIndex<T>(resource.ndata, keyOf);
  const schema = recordSchema<T>(resource, contract);
  const queue = createSerialQueue();
  const answers = createJsonCache<T>();
  // Undefined until a test author asks for the collection; then every write goes through it.
  let collection: ResourceCollection<T> | undefined;

  function follow(target: ResourceCollection<T>): void {
    // A collection replaced by a reset may still be referenced somewhere; its changes no longer count.
    const live = () => target === collection;
    target.hooks.on('create', (event) => live() && index.upsert(event.data.record as T));
    target.hooks.on('update', (event) => live() && index.upsert(event.data.nextRecord as T));
    target.hooks.on('delete', (event) => live() && index.remove(keyOf(event.data.deletedRecord as T)));
  }

  /** A new collection holding `records` (validated by `create`), followed by the index, rebuilt once. */
  async function adopt(Class: CollectionClass, records: readonly T[]): Promise<void> {
    const next: ResourceCollection<T> = new Class({ schema });
    for (const record of records) await next.create(record);
    collection = next;
    follow(next);
    index.clear();
    index.upsertMany(next.all() as T[]);
  }

  function removeRecord(current: T): void {
    if (collection) collection.delete(current as Parameters<ResourceCollection<T>['delete']>[0]);
    else index.remove(keyOf(current));
  }

  async function putThrough(target: ResourceCollection<T>, record: T): Promise<T> {
    const current = target.findFirst((q) => q.where({ [resource.key]: keyOf(record) } as never));
    if (!current) return (await target.create(record)) as T;
    const next = await target.update(current, {
      data(draft) {
        const fields = draft as StoredRecord;
        for (const field of Object.keys(fields)) if (!(field in record)) delete fields[field];
        Object.assign(fields, structuredClone(record));
      },
    });
    return next as T;
  }

  return {
    resource,
    get collection() {
      if (!collection) throw notAttached(resource.name);
      return collection;
    },
    async attach() {
      const Class = await loadCollectionClass();
      return queue.run(async () => {
        if (!collection) await adopt(Class, index.records());
        return collection!;
      });
    },
    get: (key) => index.get(key),
    records: () => index.records(),
    query: (query) => index.evaluate(query),
    first: (sortKey) => index.first(sortKey),
    json: answers.json,
    put: (record) =>
      queue.run(async () => {
        if (collection) return putThrough(collection, record);
        const stored = structuredClone(checked(schema, record));
        index.upsert(stored);
        return stored;
      }),
    update: (key, change) =>
      queue.run(() => {
        const current = index.get(key);
        if (!current) return undefined;
        // The old values, for the index to re-read only changed keys: a shallow copy is enough, since
        // `Object.assign` below replaces fields and never changes a nested object of `current` in place.
        const before = { ...current };
        const next = change(copyOf(current));
        // @note In place, then re-indexed: @msw/data's `update` finds the record by a linear scan (twice)
        // and drafts it with mutative, ~0.2 ms per request with the bundled seed and ~40 ms with 100 000
        // sessions (docs/benchmarks.md), and every accepted token makes one. The record stays the
        // collection's own object, so reads through the collection see the change; callers get a copy.
        Object.assign(current, next);
        answers.forget(current);
        index.upsert(current, before);
        return copyOf(current);
      }),
    remove: (key) =>
      queue.run(() => {
        const current = index.get(key);
        if (!current) return false;
        removeRecord(current);
        return true;
      }),
    async removeWhile(sortKey, test) {
      // Most calls find nothing to remove: that check is one index step, outside the queue.
      const leading = () => {
        const first = index.first(sortKey);
        return first && test(first) ? first : undefined;
      };
      if (!leading()) return NONE;
      return queue.run(() => {
        const removed: T[] = [];
        for (let record = leading(); record; record = leading()) {
          removed.push(record);
          removeRecord(record);
        }
        return removed;
      });
    },
    replaceAll: (records) =>
      queue.run(async () => {
        // With a collection: a fresh one instead of `clear()` (record by record, quadratic).
        if (collection) return adopt(await loadCollectionClass(), records);
        // The seed and saved states are checked (build-seed.ts) and fresh objects: stored as they are.
        index.clear();
        index.upsertMany(records);
      }),
  };
}
