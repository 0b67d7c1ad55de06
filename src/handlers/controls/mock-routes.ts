/**
 * The mock-only routes (docs/behaviour.md#mock-controls), under /__mock so they never collide with a PORTOS path:
 * `GET /__mock/health` (200 once seeded), `POST /__mock/reset` (204; store back to the seed, earlier
 * tokens rejected, journal cleared) and `GET /__mock/requests` (the journal as a JSON array, newest last).
 */
import { methodNotAllowed, ProblemError } from '../../http/index.ts';
import { json, noContent, type PlainAnswer, type PlainRequest } from '../plain.ts';
import type { JournalEntry } from './journal.ts';

export interface MockControlTarget {
  ready: Promise<void>;
  reset(): Promise<void>;
  readonly journal: readonly JournalEntry[];
}

export interface MockRoute {
  method: 'GET' | 'POST';
  answer(target: MockControlTarget, request: PlainRequest): Promise<PlainAnswer>;
}

const MOCK_ROUTES: Readonly<Record<string, MockRoute>> = {
  '/__mock/health': {
    method: 'GET',
    async answer(target) {
      try {
        await target.ready;
      } catch {
        throw new ProblemError(503, { detail: 'The store could not be seeded.' });
      }
      return json({ status: 'ok' });
    },
  },
  '/__mock/reset': {
    method: 'POST',
    async answer(target) {
      await target.reset();
      return noContent();
    },
  },
  '/__mock/requests': {
    method: 'GET',
    async answer(target) {
      return json(target.journal);
    },
  },
};

/** The control paths, for doors that register one handler per path. */
export const MOCK_CONTROL_PATHS: readonly string[] = Object.keys(MOCK_ROUTES);

/** The control route for a routed path, if it is one. */
export function matchMockRoute(path: string): MockRoute | undefined {
  return Object.hasOwn(MOCK_ROUTES, path) ? MOCK_ROUTES[path] : undefined;
}

/** The answer to a /__mock route; a wrong method is a 405 problem (thrown). */
export function answerMockRoute(route: MockRoute, request: PlainRequest, target: MockControlTarget): Promise<PlainAnswer> {
  if (request.method.toUpperCase() !== route.method) throw methodNotAllowed(request.method, [route.method]);
  return route.answer(target, request);
}
