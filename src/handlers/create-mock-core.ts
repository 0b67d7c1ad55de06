/**
 * `createMockCore`: one self-contained PORTOS mock (store, clock, token key, journal) behind the route
 * core, with no global state, so two instances (two test files, two Storybook stories) never share data.
 * It has no door: the node server (src/server) and the msw handlers (src/msw) each put one in front.
 */
import { createChangeFeed, createClock, createSessionLifecycle, createTokenSigner, SESSION_LIFETIME_MS, sessionSeedRules, type ChangeFeedView, type Clock, type Fixtures } from '../portos/index.ts';
import { contractOf, type OpenApiDocument, type SchemaCompiler } from '../spec/index.ts';
import { createStore } from '../store/index.ts';
import { withSessionRules, type MockStore } from './mock-store.ts';
import { MAX_DELAY_MS } from './controls/fault-headers.ts';
import { createJournal, type JournalView } from './controls/journal.ts';
import { createScenarioBook, fixturesOf, sessionLifetimeOf, type Scenario } from './scenarios/index.ts';
import { STATE_FORMAT, STATE_VERSION, stateProblem, type MockState } from './state.ts';
import { createRouteCore, type RouteCore } from './route-core.ts';
import { createRoutes } from './routes.ts';
import { createHub, type Hub } from './signalr/hub.ts';
import { watchSessions } from './watch-sessions.ts';

export interface MockCoreOptions {
  /** Pin the clock at this instant (ISO date-time). Default: real time. */
  clock?: string | Date;
  /**
   * A preset of state (and behaviour) to start from: a built-in name (`default`, `empty`, `crowded`,
   * `expiring`, `sale-device-taken`, `unavailable`) or a scenario of your own. Default: `default`.
   */
  scenario?: string | Scenario;
  /** Scenarios of your own that `POST /__mock/scenario` and `useScenario` may then select by name. */
  scenarios?: readonly Scenario[];
  /** The seed: short for a scenario of your own with these fixtures. Not with `scenario`. */
  fixtures?: Fixtures;
  /**
   * Attach the store's @msw/data collections before `ready`, so `store.sessions`, `store.devices` (one
   * getter per collection) and `store.collections` can be read synchronously. Default false: @msw/data is then
   * imported only by `await store.collection(name)` (it costs about twice msw's own import).
   */
  collections?: boolean;
  /** The mock-only controls (docs/behaviour.md#mock-controls: /__mock/*, x-mock-status, x-mock-delay). Default true. */
  controls?: boolean;
  /** Latency added to every PORTOS response, in ms (the server's `--delay`). Default 0. */
  delay?: number;
  /** How many requests the journal keeps (the latest). Default `JOURNAL_LIMIT` (1000). */
  journalLimit?: number;
  /**
   * Called after anything that may change the mock's state: every answered PORTOS request (each one
   * bumps a session) and every control that resets, restores or moves the clock. `--state` saves on it.
   */
  onChange?: () => void;
  /**
   * More OpenAPI 3.1 documents (parsed: objects, not files) whose resources the mock serves beside the
   * bundled ones (docs/resources.md): their paths, operations and component schemas must not clash with
   * the bundled document's, and each resource must follow the conventions, or the start throws one line
   * naming it. Their validators are compiled at start by `compileSchemas`.
   */
  specs?: readonly OpenApiDocument[];
  /**
   * Compiles the validators of `specs` (required with them): `compileValidators` from
   * `portos-mock/spec-compiler` (ajv; needs `new Function`: Node, or a page that allows `'unsafe-eval'`).
   * The node door passes it itself. Handed in so that the handlers' bundle carries no compiler.
   */
  compileSchemas?: SchemaCompiler;
}

export interface MockCore {
  /** The route core: a plain answer for the mock's requests, undefined for anything else. */
  readonly answer: RouteCore;
  /** Store back to the seed (around the clock's current now), earlier tokens rejected, journal cleared. */
  reset(): Promise<void>;
  /** Resolves once the store is seeded (the core waits for it too). */
  readonly ready: Promise<void>;
  readonly store: MockStore;
  readonly clock: Clock;
  /** Requests answered on PORTOS paths: `entries` newest last, `find({ method, path, status })`. */
  readonly journal: JournalView;
  /** Whether the mock-only controls are on. */
  readonly controls: boolean;
  /** The scenario the mock was last reset to. */
  readonly scenario: Scenario;
  /** Resets the mock to another scenario (what `POST /__mock/scenario` does): seed, tokens, journal. */
  useScenario(choice: string | Scenario): Promise<void>;
  /** The mock's state as plain data (`GET /__mock/state`): records, scenario, clock, and what keeps tokens valid. */
  snapshot(): Promise<MockState>;
  /**
   * Brings a snapshot back (`PUT /__mock/state`): tokens issued before it was taken work again. Throws a
   * sentence, and changes nothing, when the value is not a state this version reads or breaks the spec.
   */
  restore(state: unknown): Promise<void>;
  /** Every created, updated or deleted record, as it happens (docs/behaviour.md#notification-changes). */
  readonly changes: ChangeFeedView;
  /** The SignalR hub `/signalr/v1/mainHub` that pushes those changes; the doors carry it (docs/behaviour.md#notification-hub). */
  readonly hub: Hub;
  /** The PORTOS path templates the mock serves: the bundled document's and those of `specs`. */
  readonly paths: readonly string[];
}

/**
 * @example
 * const core = createMockCore({ clock: '2023-08-04T21:30:00Z' });
 * await core.ready;
 *
 * @throws when an option is invalid or a fixture breaks the spec (a `FixtureError` naming the record).
 */
export function createMockCore(options: MockCoreOptions = {}): MockCore {
  const delay = options.delay ?? 0;
  if (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY_MS) {
    throw new Error(`Failed to create the mock API: delay must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}; got ${delay}.`);
  }
  const controls = options.controls ?? true;
  if (options.fixtures !== undefined && options.scenario !== undefined) {
    throw new Error('Failed to create the mock API: give either fixtures or a scenario, not both (a scenario has its own fixtures).');
  }
  const book = createScenarioBook(options.scenarios);
  let scenario = book.resolve(options.fixtures !== undefined ? { name: 'custom', description: 'Fixtures given in code.', fixtures: options.fixtures } : (options.scenario ?? 'default'));
  const contract = contractOf(options.specs ?? [], options.compileSchemas);
  const routes = createRoutes(contract.operations);
  const clock = createClock(options.clock);
  const store = withSessionRules(createStore(fixturesOf(scenario), clock, contract, sessionSeedRules));
  const attached = options.collections === true ? store.attachCollections() : undefined;
  // Awaited by `ready`; marked handled here so an unawaited failure is not an unhandled rejection.
  attached?.catch(() => undefined);
  const ready = () => (attached ? Promise.all([store.ready, attached]).then(() => undefined) : store.ready);
  const lifetime = () => sessionLifetimeOf(scenario) ?? SESSION_LIFETIME_MS;
  // The one hook of live notifications: session writes go through the change feed.
  const changes = createChangeFeed();
  const lifecycle = createSessionLifecycle({ sessions: watchSessions(store, changes), directory: store, tokens: createTokenSigner(), clock, lifetime });
  const hub = createHub({ lifecycle, changes, clock, ready: () => store.ready });
  const journal = createJournal(options.journalLimit);

  async function resetTo(next: Scenario | undefined): Promise<void> {
    const fixtures = next === undefined ? undefined : fixturesOf(next);
    // Tokens first: from this instant on, no earlier token is accepted, even while the store reseeds.
    lifecycle.forgetTokens();
    journal.clear();
    if (next !== undefined) scenario = next;
    await store.reset(fixtures);
  }

  async function snapshot(): Promise<MockState> {
    await store.ready;
    const now = clock.now();
    return {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      savedAt: new Date().toISOString(),
      scenario: scenario.name,
      clock: { now: now.toISOString(), pinned: clock.pinned, offsetMs: now.getTime() - Date.now() },
      records: store.records(),
      tokens: lifecycle.exportTokens(),
    };
  }

  async function restore(value: unknown): Promise<void> {
    const problem = stateProblem(value);
    if (problem) throw new Error(`Failed to restore the state: ${problem}`);
    const state = value as MockState;
    // The records are checked before anything changes; a broken one names itself.
    await store.restore(state.records);
    if (!lifecycle.restoreTokens(state.tokens)) throw new Error('Failed to restore the state: its "tokens" are not a saved key and token pairs.');
    scenario = book.all.find((known) => known.name === state.scenario) ?? scenario;
    clock.set(state.clock.pinned ? state.clock.now : new Date(Date.now() + state.clock.offsetMs));
  }

  const changed = options.onChange ?? (() => undefined);
  const target = {
    reset: () => resetTo(undefined),
    snapshot,
    restore,
    changed,
    useScenario: (choice: string | Scenario) => resetTo(book.resolve(choice)),
    get scenario() {
      return scenario;
    },
    scenarios: book,
    get ready() {
      return ready();
    },
    journal,
    clock,
  };
  const answer = createRouteCore({ context: { store, lifecycle, clock, changes }, journal, controls, delay, target, contract, routes });
  return {
    answer,
    reset: target.reset,
    get ready() {
      return ready();
    },
    store,
    clock,
    journal: { get entries() { return journal.entries; }, find: (filter) => journal.find(filter), limit: journal.limit },
    controls,
    get scenario() {
      return scenario;
    },
    useScenario: target.useScenario,
    snapshot,
    restore,
    changes,
    hub,
    paths: routes.paths.map((path) => path.template),
  };
}
