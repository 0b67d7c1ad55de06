/**
 * `createStore`: the mock's data, one table per resource of the spec (src/spec's catalogue), each with its
 * NData index and writes checked by the spec's schema, seeded from fixtures (one array per collection;
 * session times are offsets from the clock's "now"); @msw/data collections over the tables on demand
 * (`collection(name)`). Each call makes an independent store (no per-store module state), so two mock
 * instances never share records.
 */
import type { NDataQuery, QueryPage } from '../ndata/index.ts';
import type { ApiKeyRecord, Clock, DeviceRecord, Directory, Session, SessionRepository, UserRecord } from '../portos/index.ts';
import { buildSeed, checkSeed, type Seed } from './build-seed.ts';
import type { Fixtures } from './fixtures.ts';
import { createResourceTable, type ResourceCollection, type ResourceTable, type StoredRecord } from './resource-table.ts';
import { createSessionTable, type SessionCollection } from './session-table.ts';
import { bundledContract, type Contract } from '../spec/index.ts';
import { catalogued, SESSION_COLLECTION, tableResourcesOf } from './table-resources.ts';

export interface Store extends SessionRepository, Directory {
  /**
   * The sessions (spec `Session`) as an @msw/data collection. Readable once the collections are attached
   * (`await store.collection(…)` or `attachCollections()`; `createMockApi({ collections: true })` does it
   * before `ready`), throws before. Replaced by `reset()`: read `store.sessions` again afterwards.
   */
  readonly sessions: SessionCollection;
  /** The users (spec `User`; `password` stored, never answered). Same as `collections.users`; attached as `sessions`. */
  readonly users: ResourceCollection<UserRecord>;
  /** The devices (spec `Device`). Same as `collections.devices`; attached as `sessions`. */
  readonly devices: ResourceCollection<DeviceRecord>;
  /** Every resource's @msw/data collection but the sessions', by collection name (`apikeys`, …); attached as `sessions`. */
  readonly collections: Readonly<Record<string, ResourceCollection>>;
  /**
   * Loads @msw/data (once per process; the handlers never need it) and puts every table behind its
   * collection; resolves with the collection named `name`. Writes through it are validated by the spec
   * and seen by the handlers.
   * @example const devices = await api.store.collection('devices'); await devices.create({ … });
   */
  collection(name: 'sessions'): Promise<SessionCollection>;
  collection(name: 'users'): Promise<ResourceCollection<UserRecord>>;
  collection(name: 'devices'): Promise<ResourceCollection<DeviceRecord>>;
  collection(name: string): Promise<ResourceCollection>;
  /** Attaches every collection (what `collection(name)` does), so the sync getters above can be read. */
  attachCollections(): Promise<void>;
  /** The table of a catalogued resource (records, NData index, the one write path); undefined for others. */
  table(name: string): ResourceTable | undefined;
  /** Resolves when the seed is stored. */
  readonly ready: Promise<void>;
  /** One page of live sessions for an NData query (filter, sort, page; counts). */
  querySessions(query: NDataQuery): QueryPage<Session>;
  /**
   * Back to the fixtures, laid out around the clock's current "now"; with `fixtures`, to those instead
   * (checked first: a broken one throws a `FixtureError` and changes nothing), which become the seed.
   */
  reset(fixtures?: Fixtures): Promise<void>;
  /** Every record as it is now (users with passwords), for a saved state. */
  records(): Seed;
  /**
   * Replaces every record with a saved state's (checked first: a broken one throws a `FixtureError` and
   * changes nothing). A collection the state lacks (saved before the resource existed) gets the seed's
   * records. The seed that `reset()` goes back to stays the fixtures'.
   */
  restore(records: { users: unknown; devices: unknown; sessions: unknown; [collection: string]: unknown }): Promise<void>;
}

/**
 * @example
 * const store = createStore(defaultFixtures, createClock('2023-08-04T21:30:00Z'));
 * await store.ready;
 * store.getSession('Hq6563mjODIOwNa87Cgi295uNPlKeOqA')?._v; // 4
 * store.table('devices')?.get('P01')?.envName; // 'CashRegister'
 *
 * @throws FixtureError at once (not in `ready`) when a fixture breaks the spec or the links between records.
 */
export function createStore(initial: Fixtures, clock: Clock, contract: Contract = bundledContract): Store {
  let fixtures = initial;
  const tableResources = tableResourcesOf(contract);
  const firstSeed = buildSeed(fixtures, clock.now(), contract);
  const sessionTable = createSessionTable();
  const tables = new Map(tableResources.map((resource) => [resource.name, createResourceTable(resource, contract)]));
  const tableOf = (name: string): ResourceTable => tables.get(name)!;
  // The sessions, read through the generic list and item handlers; written only by the session rules.
  const refuse = (): Promise<never> => Promise.reject(new Error('Failed to write a session through the generic table: the session rules write sessions (login, refresh, logout, DELETE /sessions/{id}).'));
  const sessionView: ResourceTable = {
    resource: catalogued(SESSION_COLLECTION),
    get collection() {
      return sessionTable.collection as unknown as ResourceTable['collection'];
    },
    get: (key) => sessionTable.getSession(key),
    attach: () => sessionTable.attach() as unknown as ReturnType<ResourceTable['attach']>,
    records: () => sessionTable.records(),
    query: (query) => sessionTable.querySessions(query),
    json: (record, render) => sessionTable.json(record as unknown as Session, render as (session: Session) => unknown),
    put: refuse,
    remove: refuse,
    replaceAll: refuse,
  };

  async function plant(seed: Seed): Promise<void> {
    for (const [name, table] of tables) await table.replaceAll((seed[name] ?? []) as StoredRecord[]);
    await sessionTable.replaceAll(seed.sessions);
  }

  let ready = plant(firstSeed);

  async function attachCollections(): Promise<void> {
    await ready;
    for (const table of tables.values()) await table.attach();
    await sessionTable.attach();
  }

  async function collection(name: string): Promise<ResourceCollection | SessionCollection> {
    const table = name === SESSION_COLLECTION ? sessionView : tables.get(name);
    if (!table) throw new Error(`Failed to find the collection "${name}": the store has ${[...tables.keys(), SESSION_COLLECTION].join(', ')}.`);
    await attachCollections();
    return name === SESSION_COLLECTION ? sessionTable.collection : table.collection;
  }

  return {
    get sessions() {
      return sessionTable.collection;
    },
    get users() {
      return tableOf('users').collection as ResourceCollection<UserRecord>;
    },
    get devices() {
      return tableOf('devices').collection as ResourceCollection<DeviceRecord>;
    },
    get collections() {
      return Object.fromEntries([...tables].map(([name, table]) => [name, table.collection]));
    },
    collection: collection as Store['collection'],
    attachCollections,
    table: (name) => (name === SESSION_COLLECTION ? sessionView : tables.get(name)),
    get ready() {
      return ready;
    },
    getSession: sessionTable.getSession,
    insertSession: sessionTable.insertSession,
    updateSession: sessionTable.updateSession,
    removeSession: sessionTable.removeSession,
    sessionsOnDevice: sessionTable.sessionsOnDevice,
    anySession: sessionTable.anySession,
    removeExpiredSessions: sessionTable.removeExpiredSessions,
    querySessions: sessionTable.querySessions,
    // Login names the user by userName; a handful of users, so a scan is as fast as a second index.
    findUser: (userName) => tableOf('users').records().find((user) => user.userName === userName) as UserRecord | undefined,
    findDevice: (deviceName) => tableOf('devices').get(deviceName) as DeviceRecord | undefined,
    // A few keys, named by clientId (the table's key is `id`): a scan, as for users.
    findApiKey: (clientId) => tableOf('apikeys').records().find((key) => key.clientId === clientId) as ApiKeyRecord | undefined,
    records: () =>
      ({
        ...Object.fromEntries([...tables].map(([name, table]) => [name, table.records().map((record) => structuredClone(record))])),
        sessions: sessionTable.records().map((session) => structuredClone(session)),
      }) as unknown as Seed,
    restore(records) {
      const current = buildSeed(fixtures, clock.now(), contract);
      const complete = { ...Object.fromEntries(tableResources.map((r) => [r.name, current[r.name]])), ...records };
      const seed = checkSeed(complete as typeof records, contract);
      ready = ready.catch(() => undefined).then(() => plant(seed));
      return ready;
    },
    reset(next) {
      const seed = next === undefined ? undefined : buildSeed(next, clock.now(), contract);
      if (next !== undefined) fixtures = next;
      ready = ready.catch(() => undefined).then(() => plant(seed ?? buildSeed(fixtures, clock.now(), contract)));
      return ready;
    },
  };
}
