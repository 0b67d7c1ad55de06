/**
 * Type tests of typed overrides, checked by `npm run typecheck` (tsc) in `npm test`: every
 * `@ts-expect-error` below must be an error, or tsc fails on the unused directive; the rest must compile.
 */
import { createMockApi, problems } from './index.ts';

const portos = createMockApi();
const session = {
  sessionId: 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3',
  identity: { userName: '999', deviceName: 'P01', envName: 'CashRegister' as const, authenticationType: 'Bearer' as const },
  startedAt: '2023-08-04T11:19:38.015Z',
  expiresAt: '2023-08-04T23:19:38.015Z',
  lastAccessAt: '2023-08-04T11:19:39.98Z',
  _v: 2,
};

// Correct overrides compile: typed params, query, body, a declared status with its body, a bodiless 204, a problem.
portos.override('get', '/sessions/{id}', ({ params }) => (params.id === 'gone' ? problems.notFound() : { status: 200, body: { ...session, sessionId: params.id } }));
portos.override('get', '/sessions', ({ query }) => ({ status: 200, body: { items: [session], count: 1, totalCount: query.$take === '0' ? 0 : 1 } }));
portos.override('delete', '/sessions/{id}', () => ({ status: 204 }));
portos.override('post', '/api/auth', async ({ body }) => {
  const { UserName } = await body();
  return UserName === 'locked' ? problems.status(423, 'Locked for the story.') : problems.unauthenticated();
});

// @ts-expect-error a path the spec does not have
portos.override('get', '/session/{id}', () => ({ status: 200, body: session }));

// @ts-expect-error a method the path does not have
portos.override('post', '/sessions/{id}', () => ({ status: 204 }));

// @ts-expect-error a path parameter the spec does not name
portos.override('get', '/sessions/{id}', ({ params }) => ({ status: 200, body: { ...session, sessionId: params.sessionId } }));

// @ts-expect-error a query parameter the operation does not take
portos.override('get', '/sessions', ({ query }) => ({ status: 200, body: { items: [], count: 0, totalCount: Number(query.$limit) } }));

// @ts-expect-error a body of the wrong shape for the status (`_v` must be a number)
portos.override('get', '/sessions/{id}', () => ({ status: 200, body: { ...session, _v: 'two' } }));

// @ts-expect-error a status the operation does not declare
portos.override('get', '/sessions/{id}', () => ({ status: 418, body: session }));

// @ts-expect-error a request body member the spec does not declare
portos.override('post', '/api/auth', async ({ body }) => ((await body()).Username ? problems.notFound() : problems.notFound()));
