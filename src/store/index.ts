/**
 * The store: the mock's users, devices and sessions as @msw/data 1.x collections whose schemas come
 * from the spec (src/spec), seeded from fixtures whose session times are offsets from the clock's
 * "now". It implements the storage interfaces of src/portos (`SessionRepository`, `Directory`) and
 * answers list queries through an NData index kept in sync with the sessions collection (never
 * @msw/data's own ordering or paging). No Node built-ins: it runs in a browser too.
 *
 * @module
 */

// Values
export { createStore } from './create-store.ts';
export { sessionsResource } from './sessions-resource.ts';
export { crowdedFixtures } from './crowded-fixtures.ts';

// Types
export type { Store } from './create-store.ts';
export type { ResourceTable, StoredRecord } from './resource-table.ts';
export type { Seed } from './build-seed.ts';
export type { Fixtures, UserFixture, DeviceFixture, SessionFixture } from './fixtures.ts';
