/**
 * `createMockApi`: one self-contained PORTOS mock (store, clock, token key, journal, msw handlers) with
 * no global state, so two instances (two test files, two Storybook stories) never share data.
 */
import type { HttpHandler } from 'msw';
import { createClock, createSessionLifecycle, createTokenSigner, type Clock } from '../portos/index.ts';
import { createStore, type Fixtures, type Store } from '../store/index.ts';
import { parseBaseUrl } from './base-url.ts';
import { MAX_DELAY_MS } from './controls/fault-headers.ts';
import { createJournal, type JournalEntry } from './controls/journal.ts';
import { defaultFixtures } from './default-fixtures.ts';
import { createMswHandlers } from './msw-handlers.ts';
import { createRouteCore } from './route-core.ts';

export interface MockApiOptions {
  /** Pin the clock at this instant (ISO date-time). Default: real time. */
  clock?: string | Date;
  /** The seed. Default: the bundled fixtures/ (`defaultFixtures`). */
  fixtures?: Fixtures;
  /** Default: PORTOS paths on any origin (`*\/sessions`). With it: only paths under this URL. */
  baseUrl?: string;
  /** The mock-only controls (docs/behaviour.md#mock-controls: /__mock/*, x-mock-status, x-mock-delay). Default true. */
  controls?: boolean;
  /** Latency added to every PORTOS response, in ms (the server's `--delay`). Default 0. */
  delay?: number;
}

export interface MockApi {
  /** msw 3 handlers for `setupServer`, `setupWorker` or `getResponse`. */
  handlers: HttpHandler[];
  /** The route core: a response for the mock's requests, undefined for anything else. */
  handle(request: Request): Promise<Response | undefined>;
  /** Store back to the seed (around the clock's current now), earlier tokens rejected, journal cleared. */
  reset(): Promise<void>;
  /** Resolves once the store is seeded (the handlers wait for it too). */
  readonly ready: Promise<void>;
  readonly store: Store;
  readonly clock: Clock;
  /** Requests answered on PORTOS paths, newest last (the latest 1000). */
  readonly journal: readonly JournalEntry[];
}

/**
 * @example
 * const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
 * const server = setupServer(...api.handlers);
 * server.listen();
 *
 * @throws when an option is invalid or a fixture breaks the spec (a `FixtureError` naming the record).
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const delay = options.delay ?? 0;
  if (!Number.isInteger(delay) || delay < 0 || delay > MAX_DELAY_MS) {
    throw new Error(`Failed to create the mock API: delay must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}; got ${delay}.`);
  }
  const base = options.baseUrl === undefined ? undefined : parseBaseUrl(options.baseUrl);
  const controls = options.controls ?? true;
  const clock = createClock(options.clock);
  const store = createStore(options.fixtures ?? defaultFixtures, clock);
  const lifecycle = createSessionLifecycle({ sessions: store, directory: store, tokens: createTokenSigner(), clock });
  const journal = createJournal();

  const api: MockApi = {
    handlers: [],
    handle: async () => undefined,
    async reset() {
      // Tokens first: from this instant on, no earlier token is accepted, even while the store reseeds.
      lifecycle.forgetTokens();
      journal.clear();
      await store.reset();
    },
    get ready() {
      return store.ready;
    },
    store,
    clock,
    get journal() {
      return journal.entries;
    },
  };
  const core = createRouteCore({ context: { store, lifecycle, clock }, journal, controls, delay, base, target: api });
  api.handle = core;
  api.handlers = createMswHandlers(core, base, controls);
  return api;
}
