// Recipe: PORTOS in a vitest suite (docs/consumers.md#vitest). In your project, import from 'portos-mock'.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';

const portos = createMockApi();
const server = setupServer(...portos.handlers);
// A request no handler answers fails the test: msw 3 reads onUnhandledFrame, msw 2 onUnhandledRequest.
const strict = { onUnhandledFrame: 'error', onUnhandledRequest: 'error' } as const;
beforeAll(() => server.listen(strict));
afterEach(() => portos.reset());
afterAll(() => server.close());

it('logs in as 999 and lists the newest sessions', async () => {
  const login = await fetch('https://portos.example/api/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  const { tokenId } = await login.json();
  const list = await fetch('https://portos.example/sessions?$sort=-lastAccessAt&$take=5', {
    headers: { authorization: `Bearer ${tokenId}` },
  });
  const page = await list.json();
  expect(page.count).toBe(5);
  expect(page.totalCount).toBe(60); // 59 seeded + this login
});

it('starts every test from the seed again', async () => {
  const login = await fetch('https://portos.example/api/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  const { tokenId } = await login.json();
  const count = await fetch('https://portos.example/sessions?$count=true', { headers: { authorization: `Bearer ${tokenId}` } });
  expect(await count.json()).toEqual({ count: 60, totalCount: 60 }); // not 61: reset undid the first test's login
});
