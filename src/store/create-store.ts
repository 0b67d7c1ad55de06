/**
 * `createStore`: the mock's data, one table per resource of the spec (src/spec's catalogue), each with its
 * NData index and writes checked by the spec's schema, seeded from fixtures (one array per collection,
 * checked by `buildSeed` with the domain's `SeedRules`); @msw/data collections over the tables on demand
 * (`collection(name)`, and a getter per collection: `store.devices`). The store names no resource: what
 * a collection means to the PORTOS rules is theirs (src/portos). Each call makes an independent store
 * (no per-store module state), so two mock instances never share records.
 */
import type { Clock } from '../portos/index.ts';
import { buildSeed, checkSeed, type Seed, type SeedInput, type SeedRules } from './build-seed.ts';
import type { BundledRecords, BundledSeed } from './bundled-records.ts';
import { createResourceTable, type ResourceCollection, type ResourceTable } from './resource-table.ts';
import { bundledContract, type Contract } from '../spec/index.ts';

/** Each collection of the bundled document as an @msw/data collection (`store.devices`); see `Store.collection`. */
type CollectionGetters = { readonly [Name in keyof BundledRecords]: ResourceCollection<BundledRecords[Name]> };

interface StoreCore {
  /**
   * Every resource's @msw/data collection, by collection name (`sessions`, `devices`, `apikeys`, …).
   * Readable once the collections are attached (`await store.collection(…)` or `attachCollections()`;
   * `createMockApi({ collections: true })` does it before `ready`), throws before. Replaced by
   * `reset()`: read it again afterwards. `store.devices` is the same as `store.collections.devices`.
   */
  readonly collections: Readonly<Record<string, ResourceCollection>>;
  /**
   * Loads @msw/data (once per process; the handlers never need it) and puts every table behind its
   * collection; resolves with the collection named `name`. Writes through it are validated by the spec
   * and seen by the handlers.
   * @example const devices = await api.store.collection('devices'); await devices.create({ … });
   */
  collection<Name extends keyof BundledRecords>(name: Name): Promise<CollectionGetters[Name]>;
  collection(name: string): Promise<ResourceCollection>;
  /** Attaches every collection (what `collection(name)` does), so the sync getters can be read. */
  attachCollections(): Promise<void>;
  /** The table of a catalogued resource (records, NData index, the one write path); undefined for others. */
  table(name: string): ResourceTable | undefined;
  /** Resolves when the seed is stored. */
  readonly ready: Promise<void>;
  /**
   * Back to the fixtures, laid out around the clock's current "now"; with `fixtures`, to those instead
   * (checked first: a broken one throws a `FixtureError` and changes nothing), which become the seed.
   */
  reset(fixtures?: SeedInput): Promise<void>;
  /** Every record as it is now (users with passwords), for a saved state. */
  records(): BundledSeed;
  /**
   * Replaces every record with a saved state's (checked first: a broken one throws a `FixtureError` and
   * changes nothing). A collection the state lacks (saved before the resource existed) gets the seed's
   * records, but one the rules make from fixtures (they hold no stored records). The seed that `reset()`
   * goes back to stays the fixtures'.
   */
  restore(records: SeedInput): Promise<void>;
}

export type Store = StoreCore & CollectionGetters;

/**
 * @example
 * const store = createStore(defaultFixtures, createClock('2023-08-04T21:30:00Z'), bundledContract, sessionSeedRules);
 * await store.ready;
 * store.table('devices')?.get('P01')?.envName; // 'CashRegister'
 *
 * @throws FixtureError at once (not in `ready`) when a fixture breaks the spec or the rules' links.
 */
export function createStore(initial: SeedInput, clock: Clock, contract: Contract = bundledContract, rules: SeedRules = {}): Store {
  let fixtures = initial;
  const seedAt = (input: SeedInput) => buildSeed(input, clock.now(), contract, rules);
  const firstSeed = seedAt(fixtures);
  const tables = new Map(contract.catalogue.map((resource) => [resource.name, createResourceTable(resource, contract)]));

  async function plant(seed: Seed): Promise<void> {
    for (const [name, table] of tables) await table.replaceAll(seed[name] ?? []);
  }

  let ready = plant(firstSeed);

  async function attachCollections(): Promise<void> {
    await ready;
    for (const table of tables.values()) await table.attach();
  }

  async function collection(name: string): Promise<ResourceCollection> {
    const table = tables.get(name);
    if (!table) throw new Error(`Failed to find the collection "${name}": the store has ${[...tables.keys()].join(', ')}.`);
    await attachCollections();
    return table.collection;
  }

  const core: StoreCore = {
    get collections() {
      return Object.fromEntries([...tables].map(([name, table]) => [name, table.collection]));
    },
    collection: collection as StoreCore['collection'],
    attachCollections,
    table: (name) => tables.get(name),
    get ready() {
      return ready;
    },
    records: () => Object.fromEntries([...tables].map(([name, table]) => [name, table.records().map((record) => structuredClone(record))])) as BundledSeed,
    restore(records) {
      const current = seedAt(fixtures);
      const kept = contract.catalogue.filter((resource) => !rules.fixtures?.[resource.name]).map((resource) => [resource.name, current[resource.name]]);
      const seed = checkSeed({ ...Object.fromEntries(kept), ...records }, contract, rules);
      ready = ready.catch(() => undefined).then(() => plant(seed));
      return ready;
    },
    reset(next) {
      const seed = next === undefined ? undefined : seedAt(next);
      if (next !== undefined) fixtures = next;
      ready = ready.catch(() => undefined).then(() => plant(seed ?? seedAt(fixtures)));
      return ready;
    },
  };
  // One getter per collection (`store.devices`): the table's collection, once attached.
  for (const [name, table] of tables) {
    if (name in core) continue; // a collection named like a method (`table`) is reached by `collections` only
    Object.defineProperty(core, name, { enumerable: true, get: () => table.collection });
  }
  return core as Store;
}
