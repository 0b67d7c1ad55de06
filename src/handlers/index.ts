/**
 * The route core: `createMockCore(options)` builds one independent PORTOS mock (store, clock, tokens,
 * journal) and answers plain decoded requests (`PlainRequest` → `PlainAnswer`), routed, authenticated
 * and rendered once. It has no door of its own: src/server puts node:http in front of it, src/msw puts
 * msw handlers (for tests, Storybook and the browser worker). Browser-safe: no Node built-ins and no
 * msw. Requests that are not the mock's get undefined, so the 404 for unknown paths belongs to a door.
 *
 * @module
 */

// Values
export { createMockCore } from './create-mock-core.ts';
export { BUILT_IN_SCENARIOS } from './scenarios/index.ts';
export { defaultFixtures, FIXTURE_COLLECTIONS, fixtureCollections } from './default-fixtures.ts';
export { SESSION_RULE_COLLECTIONS } from '../portos/index.ts';
export { ContractError } from '../spec/index.ts';
export { MOCK_CONTROL_PATHS } from './controls/mock-routes.ts';
export { JOURNAL_LIMIT } from './controls/journal.ts';
export { STATUS_HEADER, DELAY_HEADER, MAX_DELAY_MS } from './controls/fault-headers.ts';
export { WARNING_HEADER } from './warning-header.ts';
export { createDoorPolicy, servesPath, unknownPathAnswer } from './door-policy.ts';
export { CLOCK_RANGE, isClockInstant } from '../portos/index.ts';
export { HUB_PATH, NEGOTIATE_PATH } from './signalr/hub.ts';

// Types
export type { MockCore, MockCoreOptions } from './create-mock-core.ts';
export type { Scenario } from './scenarios/index.ts';
export type { MockState } from './state.ts';
export type { JournalEntry, JournalFilter, JournalView } from './controls/journal.ts';
export type { PlainAnswer, PlainRequest } from './plain.ts';
export type { DoorPolicy } from './door-policy.ts';
export type { MockStore as Store } from './mock-store.ts';
export type { Clock, ChangeFeedView, ResourceChanged, Fixtures, UserFixture, DeviceFixture, SessionFixture } from '../portos/index.ts';
export type { Hub } from './signalr/hub.ts';
export type { OpenApiDocument } from '../spec/index.ts';
export type { HubConnection } from './signalr/hub-connection.ts';
