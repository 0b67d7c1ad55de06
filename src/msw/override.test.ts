/**
 * The typed-override recipe under msw 3 (docs/consumers.md#typed-overrides): one operation answered a
 * test's way, the mock's own problems rendered as the mock renders them, everything else still the mock.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockApi, problems } from './index.ts';

const portos = createMockApi({ clock: '2023-08-04T21:30:00Z' });
const server = setupServer(...portos.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  return portos.reset();
});
afterAll(() => server.close());

async function login(): Promise<string> {
  const response = await fetch('https://portos.example/api/auth', { method: 'POST', body: '{"UserName":"999","DeviceName":"BackOffice"}' });
  return ((await response.json()) as { tokenId: string }).tokenId;
}

describe('portos.override', () => {
  it('answers one operation with typed params, and leaves the others to the mock', async () => {
    const token = await login();
    server.use(
      portos.override('get', '/sessions/{id}', ({ params }) =>
        params.id === 'gone'
          ? problems.notFound()
          : { status: 200, body: { sessionId: params.id, identity: { userName: 'x', deviceName: 'P01', envName: 'CashRegister', authenticationType: 'Bearer' }, startedAt: '2023-08-04T21:00:00Z', expiresAt: '2023-08-05T09:00:00Z', lastAccessAt: '2023-08-04T21:00:00Z', _v: 1 } },
      ),
    );
    const headers = { authorization: `Bearer ${token}`, 'accept-language': 'en-GB' };
    const found = await fetch('https://portos.example/sessions/ABC', { headers });
    expect(found.status).toBe(200);
    expect(((await found.json()) as { sessionId: string }).sessionId).toBe('ABC');
    const gone = await fetch('https://portos.example/sessions/gone', { headers });
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await gone.json()).toMatchObject({ title: 'Resource not found', status: 404, instance: '/sessions/gone', traceId: expect.stringMatching(/^00-/) });
    expect((await fetch('https://portos.example/sessions?$take=1', { headers })).status).toBe(200);
  });

  it('answers with a 400 problem with errors, and reads the typed body', async () => {
    server.use(
      portos.override('post', '/api/auth', async ({ body }) => {
        const { UserName } = await body();
        return problems.validationFailed([{ memberName: 'UserName', message: `${UserName} is not welcome here.` }]);
      }),
    );
    const answer = await fetch('https://portos.example/api/auth', { method: 'POST', body: '{"UserName":"eve","DeviceName":"P01"}' });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ errorCode: 3, errors: [{ memberName: 'UserName', message: 'eve is not welcome here.' }] });
  });
});
