// Recipe: a typed PORTOS client (openapi-fetch + the generated `paths`) against the mock's node server
// (docs/consumers.md#typed-client). In your project, import from 'portos-mock/server' and 'portos-mock/types'.
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { paths } from '../generated/portos-sessions.ts';
import { startServer, type RunningServer } from '../server/serve.ts';

let mock: RunningServer;
beforeAll(async () => {
  mock = await startServer({ port: 0 }); // a free loopback port
});
afterAll(() => mock.close());

it('logs in, lists sessions with an NData query and deletes one, all typed', async () => {
  const portos = createClient<paths>({ baseUrl: mock.url });

  const { data: auth } = await portos.POST('/api/auth', { body: { UserName: '999', DeviceName: 'BackOffice' } });
  if (!auth) throw new Error('login failed');
  const headers = { authorization: `Bearer ${auth.tokenId}` };

  const { data: page } = await portos.GET('/sessions', {
    params: { query: { $sort: '-lastAccessAt', $take: 5 } },
    headers,
  });
  expect(page?.items?.map((session) => session.identity.userName)).toHaveLength(5);

  const victim = page?.items?.[1]?.sessionId ?? '';
  const { response } = await portos.DELETE('/sessions/{id}', { params: { path: { id: victim } }, headers });
  expect(response.status).toBe(204);

  const { error } = await portos.GET('/sessions/{id}', { params: { path: { id: victim } }, headers });
  expect(error?.status).toBe(404); // a typed problem+json body
});
