/**
 * `createMockCore`: one self-contained PORTOS mock (store, clock, token key, journal) behind the route
 * core, with no global state, so two instances (two test files, two Storybook stories) never share data.
 * It has no door: the node server (src/server) and the msw handlers (src/msw) each put one in front.
 */
import { createClock, createSessionLifecycle, createTokenSigner, type Clock } from '../portos/index.ts';
import { createStore, type Fixtures, type Store } from '../store/index.ts';
import { MAX_DELAY_MS } from './controls/fault-headers.ts';
import { createJournal, type JournalView } from './controls/journal.ts';
import { defaultFixtures } from './default-fixtures.ts';
import { createRouteCore, type RouteCore } from './route-core.ts';

export interface MockCoreOptions {
  /** Pin the clock at this instant (ISO date-time). Default: real time. */
  clock?: string | Date;
  /** The seed. Default: the bundled fixtures/ (`defaultFixtures`). */
  fixtures?: Fixtures;
  /** The mock-only controls (docs/behaviour.md#mock-controls: /__mock/*, x-mock-status, x-mock-delay). Default true. */
  controls?: boolean;
  /** Latency added to every PORTOS response, in ms (the server's `--delay`). Default 0. */
  delay?: number;
  /** How many requests the journal keeps (the latest). Default `JOURNAL_LIMIT` (1000). */
  journalLimit?: number;
}

export interface MockCore {
  /** The route core: a plain answer for the mock's requests, undefined for anything else. */
  readonly answer: RouteCore;
  /** Store back to the seed (around the clock's current now), earlier tokens rejected, journal cleared. */
  reset(): Promise<void>;
  /** Resolves once the store is seeded (the core waits for it too). */
  readonly ready: Promise<void>;
  readonly store: Store;
  readonly clock: Clock;
  /** Requests answered on PORTOS paths: `entries` newest last, `find({ method, path, status })`. */
  readonly journal: JournalView;
  /** Whether the mock-only controls are on. */
  readonly controls: boolean;
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
  const clock = createClock(options.clock);
  const store = createStore(options.fixtures ?? defaultFixtures, clock);
  const lifecycle = createSessionLifecycle({ sessions: store, directory: store, tokens: createTokenSigner(), clock });
  const journal = createJournal(options.journalLimit);

  const target = {
    async reset() {
      // Tokens first: from this instant on, no earlier token is accepted, even while the store reseeds.
      lifecycle.forgetTokens();
      journal.clear();
      await store.reset();
    },
    get ready() {
      return store.ready;
    },
    journal,
    clock,
  };
  const answer = createRouteCore({ context: { store, lifecycle, clock }, journal, controls, delay, target });
  return {
    answer,
    reset: target.reset,
    get ready() {
      return store.ready;
    },
    store,
    clock,
    journal: { get entries() { return journal.entries; }, find: (filter) => journal.find(filter), limit: journal.limit },
    controls,
  };
}
