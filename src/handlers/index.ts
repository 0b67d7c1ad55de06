/**
 * The mock's handlers: `createMockApi(options)` builds one independent PORTOS mock (store, clock,
 * tokens, journal) and returns its msw 3 handlers plus the route core they delegate to. The same
 * handlers serve tests (`setupServer`), Storybook and the browser (`setupWorker`); the node door in
 * src/server calls them through msw's `getResponse` (or the core directly). Everything here is
 * browser-safe: no Node built-ins. Requests that are not the mock's are left alone (undefined), so
 * the 404 for unknown paths belongs to the door.
 *
 * @module
 */

// Values
export { createMockApi } from './create-mock-api.ts';
export { defaultFixtures } from './default-fixtures.ts';
export { createRouteCore } from './route-core.ts';
export { JOURNAL_LIMIT } from './controls/journal.ts';
export { STATUS_HEADER, DELAY_HEADER, MAX_DELAY_MS } from './controls/fault-headers.ts';
export { WARNING_HEADER } from './warning-header.ts';

// Types
export type { MockApi, MockApiOptions } from './create-mock-api.ts';
export type { RouteCore, RouteCoreOptions } from './route-core.ts';
export type { JournalEntry } from './controls/journal.ts';
export type { Fixtures, UserFixture, DeviceFixture, SessionFixture, Store } from '../store/index.ts';
export type { Clock } from '../portos/index.ts';
