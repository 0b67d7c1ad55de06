// Recipe: scenarios, the clock, the journal and snapshots in a vitest suite (docs/consumers.md#the-toolkit).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';

const portos = createMockApi({ scenario: 'expiring' }); // new sessions live 5 minutes
const server = setupServer(...portos.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => portos.reset());
afterAll(() => server.close());

async function login(): Promise<string> {
  const answer = await fetch('https://portos.example/api/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  return (await answer.json()).tokenId;
}

it('shows "your session has expired" without waiting', async () => {
  const token = await login();
  portos.clock.advance('PT6M'); // or POST /__mock/clock {"advance": "PT6M"}
  const answer = await fetch('https://portos.example/api/auth', { headers: { authorization: `Bearer ${token}` } });
  expect(answer.status).toBe(401);
});

it('asserts what the app deleted, from the journal', async () => {
  const token = await login();
  await fetch('https://portos.example/sessions/soZIt6uj62fzs8ep4UvnNSxRXFryUiq3', { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
  expect(portos.journal.find({ method: 'DELETE', path: '/sessions/*', status: 204 })).toHaveLength(1);
});

it('goes back to a saved state, tokens included', async () => {
  const token = await login();
  const saved = await portos.snapshot();
  await portos.useScenario('empty');
  await portos.restore(saved);
  const answer = await fetch('https://portos.example/api/auth', { headers: { authorization: `Bearer ${token}` } });
  expect(answer.status).toBe(200);
});
