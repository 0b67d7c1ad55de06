// Recipe: a typed override in a vitest suite (docs/consumers.md#typed-overrides). In your project, import from 'portos-mock' and 'portos-mock/types'.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { components } from '../generated/portos-sessions.ts';
import { createMockApi, problems } from '../msw/index.ts';

const someSession: components['schemas']['Session'] = {
  sessionId: 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3',
  identity: { userName: '999', deviceName: 'P01', envName: 'CashRegister', authenticationType: 'Bearer' },
  startedAt: '2023-08-04T11:19:38.015Z',
  expiresAt: '2023-08-04T23:19:38.015Z',
  lastAccessAt: '2023-08-04T11:19:39.98Z',
  _v: 2,
};

const portos = createMockApi();
const server = setupServer(...portos.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers(); // drops the overrides
  portos.reset();
});
afterAll(() => server.close());

it('16.18 the override recipe runs: one operation my way, and an override skips authentication', async () => {
  server.use(
    portos.override('get', '/sessions/{id}', ({ params }) =>
      params.id === 'gone' ? problems.notFound() : { status: 200, body: { ...someSession, sessionId: params.id } }),
  );
  // No Authorization header: the override answers before the mock's token check.
  const found = await fetch('https://portos.example/sessions/Abc');
  expect(found.status).toBe(200);
  expect(await found.json()).toEqual({ ...someSession, sessionId: 'Abc' });
  expect((await fetch('https://portos.example/sessions/gone')).status).toBe(404);
  // Operations without an override still need a token.
  expect((await fetch('https://portos.example/sessions')).status).toBe(401);
});
