/**
 * The main entry as a CommonJS project's TypeScript sees it (package.json `exports` → `require` →
 * `types`). Declarations only: at run time `require('portos-mock')` loads the ESM entry (Node ≥ 22.12
 * `require`s ESM), whose values these declare.
 *
 * @note msw 2 ships its declarations twice, `.d.mts` for `import` and `.d.ts` for `require`. In a
 * CommonJS project (`npm init -y` writes `"type": "commonjs"`) with `module: nodenext`, the consumer's
 * `import { setupServer } from 'msw/node'` reads the `.d.ts` copy while the ESM entry's declarations
 * read the `.d.mts` one: two `HttpHandler` classes, and `setupServer(...portos.handlers)` failed with
 * TS2345 ("property 'resolver' is protected"). This file is CommonJS, so its `msw` import resolves to
 * the same copy as the consumer's: the handlers are typed with the consumer's msw. msw 3 has one copy.
 */
import type { HttpHandler } from 'msw';
import type * as esm from './index.ts';

export type * from './index.ts';

/** {@link esm.MockApi} with its msw handlers typed by the declarations a CommonJS project resolves. */
export interface MockApi extends Omit<esm.MockApi, 'handlers' | 'override'> {
  /** msw handlers (msw 3, and 2.12) for `setupServer`, `setupWorker` or `getResponse`. */
  handlers: HttpHandler[];
  /** A typed msw handler that answers one operation your way (docs/consumers.md#typed-overrides). */
  override<M extends esm.OverrideMethod, P extends esm.OverridablePath<M>>(method: M, path: P, resolver: esm.OverrideResolver<P, M>): HttpHandler;
}

/** The ESM entry's values (index.test-d.ts checks that none is missing). */
export declare const createMockApi: (options?: esm.MockApiOptions) => MockApi;
export declare const problems: typeof esm.problems;
export declare const defaultFixtures: typeof esm.defaultFixtures;
export declare const BUILT_IN_SCENARIOS: typeof esm.BUILT_IN_SCENARIOS;
export declare const JOURNAL_LIMIT: typeof esm.JOURNAL_LIMIT;
export declare const STATUS_HEADER: typeof esm.STATUS_HEADER;
export declare const DELAY_HEADER: typeof esm.DELAY_HEADER;
export declare const MAX_DELAY_MS: typeof esm.MAX_DELAY_MS;
export declare const WARNING_HEADER: typeof esm.WARNING_HEADER;
