/**
 * `createStore`: the mock's data, as @msw/data 1.x collections whose schemas come from the spec,
 * seeded from fixtures laid out around the clock's "now". Each call makes an independent store (no
 * module-level state), so two mock instances never share records.
 */
import { Collection } from '@msw/data';
import type { NDataQuery, QueryPage } from '../ndata/index.ts';
import type { Clock, DeviceRecord, Directory, Session, SessionRepository, UserRecord } from '../portos/index.ts';
import type { StandardSchema } from '../spec/index.ts';
import { buildSeed, checkSeed, type Seed } from './build-seed.ts';
import type { Fixtures } from './fixtures.ts';
import { deviceSchema, userSchema } from './record-schemas.ts';
import { createSessionTable, type SessionCollection } from './session-table.ts';

type UserCollection = Collection<StandardSchema<UserRecord>>;
type DeviceCollection = Collection<StandardSchema<DeviceRecord>>;

export interface Store extends SessionRepository, Directory {
  /** The sessions (spec `Session`). Replaced by `reset()`: read `store.sessions` again afterwards. */
  readonly sessions: SessionCollection;
  /** The users (spec `UserProfile` without `device`, plus `password`). */
  readonly users: UserCollection;
  /** The devices (spec `Device`). */
  readonly devices: DeviceCollection;
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
   * changes nothing). The seed that `reset()` goes back to stays the fixtures'.
   */
  restore(records: { users: unknown; devices: unknown; sessions: unknown }): Promise<void>;
}

/**
 * @example
 * const store = createStore(defaultFixtures, createClock('2023-08-04T21:30:00Z'));
 * await store.ready;
 * store.getSession('Hq6563mjODIOwNa87Cgi295uNPlKeOqA')?._v; // 4
 *
 * @throws FixtureError at once (not in `ready`) when a fixture breaks the spec or the links between records.
 */
export function createStore(initial: Fixtures, clock: Clock): Store {
  let fixtures = initial;
  const firstSeed = buildSeed(fixtures, clock.now());
  const table = createSessionTable();
  let users: UserCollection = new Collection({ schema: userSchema });
  let devices: DeviceCollection = new Collection({ schema: deviceSchema });

  async function plant(seed: Seed): Promise<void> {
    const nextUsers: UserCollection = new Collection({ schema: userSchema });
    const nextDevices: DeviceCollection = new Collection({ schema: deviceSchema });
    for (const user of seed.users) await nextUsers.create(user);
    for (const device of seed.devices) await nextDevices.create(device);
    await table.replaceAll(seed.sessions);
    users = nextUsers;
    devices = nextDevices;
  }

  let ready = plant(firstSeed);

  return {
    get sessions() {
      return table.collection;
    },
    get users() {
      return users;
    },
    get devices() {
      return devices;
    },
    get ready() {
      return ready;
    },
    getSession: table.getSession,
    insertSession: table.insertSession,
    updateSession: table.updateSession,
    removeSession: table.removeSession,
    sessionsOnDevice: table.sessionsOnDevice,
    removeExpiredSessions: table.removeExpiredSessions,
    querySessions: table.querySessions,
    findUser: (userName) => users.findFirst((q) => q.where({ userName })),
    findDevice: (deviceName) => devices.findFirst((q) => q.where({ name: deviceName })),
    records: () => ({
      users: users.findMany().map((user) => structuredClone(user)),
      devices: devices.findMany().map((device) => structuredClone(device)),
      sessions: table.collection.findMany().map((session) => structuredClone(session)),
    }),
    restore(records) {
      const seed = checkSeed(records);
      ready = ready.catch(() => undefined).then(() => plant(seed));
      return ready;
    },
    reset(next) {
      const seed = next === undefined ? undefined : buildSeed(next, clock.now());
      if (next !== undefined) fixtures = next;
      ready = ready.catch(() => undefined).then(() => plant(seed ?? buildSeed(fixtures, clock.now())));
      return ready;
    },
  };
}
