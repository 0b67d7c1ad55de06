/**
 * The mock-only routes (docs/behaviour.md#mock-controls), under /__mock so they never collide with a PORTOS path:
 * `GET /__mock/health` (200 once seeded), `POST /__mock/reset` (204; store back to the seed, earlier
 * tokens rejected, journal cleared) and `GET /__mock/requests` (the journal as a JSON array, newest last).
 */
import { methodNotAllowed, ProblemError } from '../../portos/index.ts';
import { json, noContent } from '../respond.ts';
import type { JournalEntry } from './journal.ts';

export interface MockControlTarget {
  ready: Promise<void>;
  reset(): Promise<void>;
  readonly journal: readonly JournalEntry[];
}

interface MockRoute {
  method: 'GET' | 'POST';
  answer(target: MockControlTarget, request: Request): Promise<Response>;
}

export const MOCK_ROUTES: Readonly<Record<string, MockRoute>> = {
  '/__mock/health': {
    method: 'GET',
    async answer(target, request) {
      try {
        await target.ready;
      } catch {
        return new ProblemError(503, { detail: 'The store could not be seeded.' }).toResponse(request);
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

export function isMockRoute(pathname: string): boolean {
  return Object.hasOwn(MOCK_ROUTES, pathname);
}

/** The answer to a /__mock route (`pathname` must be one: see `isMockRoute`). */
export async function answerMockRoute(request: Request, pathname: string, target: MockControlTarget): Promise<Response> {
  const route = MOCK_ROUTES[pathname];
  if (!route) throw new Error(`Failed to answer ${pathname}: not a mock control route.`);
  if (request.method.toUpperCase() !== route.method) return methodNotAllowed(request.method, [route.method]).toResponse(request);
  return route.answer(target, request);
}
