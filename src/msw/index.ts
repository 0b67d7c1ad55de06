/**
 * The msw door, and the package's main entry: `createMockApi(options)` is one independent PORTOS mock
 * (the route core of src/handlers) behind msw handlers, for `setupServer` in tests, Storybook and
 * `setupWorker` in the browser. It converts Fetch ⇄ plain and nothing else; no PORTOS rule lives here.
 * The only folder of the mock that imports msw.
 *
 * @module
 */

// Values
export { createMockApi } from './create-mock-api.ts';
export { problems } from './override.ts';
export { defaultFixtures, BUILT_IN_SCENARIOS, JOURNAL_LIMIT, STATUS_HEADER, DELAY_HEADER, MAX_DELAY_MS, WARNING_HEADER } from '../handlers/index.ts';

// Types
export type { MockApi, MockApiOptions } from './create-mock-api.ts';
export type { OverrideContext, OverrideResolver, OverridablePath, OverrideMethod, DeclaredAnswer } from './override.ts';
export type { Clock, Fixtures, UserFixture, DeviceFixture, SessionFixture, Store, JournalEntry, JournalFilter, JournalView, MockCore, MockState, Scenario, ChangeFeedView, ResourceChanged, Hub, OpenApiDocument } from '../handlers/index.ts';
