/**
 * One table per catalogued resource (src/spec's catalogue): an @msw/data collection whose schema is the
 * spec's, and the NData index kept in step with it by the collection's hooks, so a test author's write
 * to `store.devices` and the handlers' writes take one path: through the collection, which validates
 * the record against the spec. Lists and lookups by key are answered by the index, never by @msw/data's
 * `findMany` (it pages before it sorts).
 */
import { Collection } from '@msw/data';
import type { NDataQuery, QueryPage } from '../ndata/index.ts';
import { bundledContract, standardSchema, type CatalogueResource, type Contract, type StandardSchema } from '../spec/index.ts';
import { createIndex } from './ndata-index/create-index.ts';
import { createSerialQueue } from './serial-queue.ts';

/** A stored record: a JSON object of the resource's schema. */
export type StoredRecord = Record<string, unknown>;

export type ResourceCollection<T = StoredRecord> = Collection<StandardSchema<T>>;

export interface ResourceTable<T extends StoredRecord = StoredRecord> {
  readonly resource: CatalogueResource;
  /** The current collection; a reset or restore replaces it (read it again afterwards). */
  readonly collection: ResourceCollection<T>;
  /** The record with this key, as stored. */
  get(key: string): T | undefined;
  /** Every record, in insertion order. */
  records(): T[];
  /** One page of records for an NData query. */
  query(query: NDataQuery): QueryPage<T>;
  /** Stores `record` (a new key adds it, a known key replaces that record), validated by the spec. */
  put(record: T): Promise<T>;
  /** Removes the record with this key; false when there was none. */
  remove(key: string): Promise<boolean>;
  /** Replaces every record (seeding, reset, restore). */
  replaceAll(records: readonly T[]): Promise<void>;
}

/**
 * Records are checked with the spec's request variant: `writeOnly` fields (a password, an API secret)
 * are stored, though never answered.
 */
function recordSchema<T>(resource: CatalogueResource, contract: Contract): StandardSchema<T> {
  return standardSchema<T>(resource.schemaName, (value) => contract.validateSchema(resource.schemaName, value, 'request'));
}

export function createResourceTable<T extends StoredRecord = StoredRecord>(resource: CatalogueResource, contract: Contract = bundledContract): ResourceTable<T> {
  const keyOf = (record: T): string => String(record[resource.key]);
  const index = createIndex<T>(resource.ndata, keyOf);
  const schema = recordSchema<T>(resource, contract);
  const queue = createSerialQueue();
  let collection: ResourceCollection<T> = new Collection({ schema });

  function follow(target: ResourceCollection<T>): void {
    // A collection replaced by a reset may still be referenced somewhere; its changes no longer count.
    const live = () => target === collection;
    target.hooks.on('create', (event) => live() && index.upsert(event.data.record as T));
    target.hooks.on('update', (event) => live() && index.upsert(event.data.nextRecord as T));
    target.hooks.on('delete', (event) => live() && index.remove(keyOf(event.data.deletedRecord as T)));
  }
  follow(collection);

  const stored = (key: string) => collection.findFirst((q) => q.where({ [resource.key]: key } as never));

  return {
    resource,
    get collection() {
      return collection;
    },
    get: (key) => index.get(key),
    records: () => index.records(),
    query: (query) => index.evaluate(query),
    put: (record) =>
      queue.run(async () => {
        const current = stored(keyOf(record));
        if (!current) return (await collection.create(record)) as T;
        const next = await collection.update(current, {
          data(draft) {
            const target = draft as StoredRecord;
            for (const field of Object.keys(target)) if (!(field in record)) delete target[field];
            Object.assign(target, structuredClone(record));
          },
        });
        return next as T;
      }),
    remove: (key) =>
      queue.run(() => {
        const current = stored(key);
        if (!current) return false;
        collection.delete(current);
        return true;
      }),
    replaceAll: (records) =>
      queue.run(async () => {
        // A fresh collection instead of `clear()` (record by record, quadratic); the index rebuilds once.
        const next: ResourceCollection<T> = new Collection({ schema });
        for (const record of records) await next.create(record);
        collection = next;
        follow(next);
        index.clear();
        index.upsertMany(next.all() as T[]);
      }),
  };
}
