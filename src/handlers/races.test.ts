/**
 * Races: many requests at once on the same state, through the route core (the function both the msw
 * handlers and the node door call). Each test fires its requests without awaiting in between, so they
 * interleave at every `await` inside the core, as simultaneous HTTP requests do.
 */
import { describe, expect, it } from 'vitest';
import { createMockApi, type MockApi } from '../msw/index.ts';

const ORIGIN = 'http://mock.test';
const SEEDED_ID = 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA';

async function login(api: MockApi, userName: string, deviceName: string, password?: string): Promise<Response> {
  const response = await api.handle(
    new Request(`${ORIGIN}/api/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ UserName: userName, DeviceName: deviceName, ...(password !== undefined && { Password: password }) }),
    }),
  );
  return response!;
}

async function tokenOf(api: MockApi): Promise<string> {
  return ((await (await login(api, '999', 'BackOffice')).json()) as { tokenId: string }).tokenId;
}

function send(api: MockApi, method: string, path: string, token: string): Promise<Response> {
  return api.handle(new Request(`${ORIGIN}${path}`, { method, headers: { authorization: `Bearer ${token}` } })) as Promise<Response>;
}

describe('races on one mock', () => {
  it('100 parallel DELETEs of one session give exactly one 204 and 99 404s', async () => {
    const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
    const token = await tokenOf(api);
    const responses = await Promise.all(Array.from({ length: 100 }, () => send(api, 'DELETE', `/sessions/${SEEDED_ID}`, token)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(99);
    expect(api.store.getSession(SEEDED_ID)).toBeUndefined();
  });

  it('18 100 parallel DELETEs of one session with a token used before give one 204 and 99 404s (no signature check staggers them)', async () => {
    const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
    const token = await tokenOf(api);
    expect((await send(api, 'GET', '/api/auth', token)).status).toBe(200);
    const responses = await Promise.all(Array.from({ length: 100 }, () => send(api, 'DELETE', `/sessions/${SEEDED_ID}`, token)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(99);
  });

  it('18 100 parallel DELETEs of one device give one 204 and 99 404s', async () => {
    const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
    const token = await tokenOf(api);
    const responses = await Promise.all(Array.from({ length: 100 }, () => send(api, 'DELETE', '/devices/P20', token)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(99);
  });

  it('parallel logins on one sale device leave exactly one live session on it, and only its token works', async () => {
    const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
    const users = [
      ['999', undefined],
      ['100', 'jana100'],
      ['101', 'peter101'],
      ['102', 'maria102'],
      ['103', undefined],
      ['104', 'zuzana104'],
      ['demo', 'demo'],
    ] as const;
    const attempts = Array.from({ length: 28 }, (_, i) => users[i % users.length]!);
    const responses = await Promise.all(attempts.map(([user, password]) => login(api, user, 'P05', password)));
    expect(responses.map((r) => r.status)).toEqual(attempts.map(() => 200));
    const tokens = await Promise.all(responses.map(async (r) => ((await r.json()) as { tokenId: string }).tokenId));
    const onDevice = api.store.sessionsOnDevice('P05');
    expect(onDevice).toHaveLength(1);
    const checks = await Promise.all(tokens.map((token) => send(api, 'GET', '/api/auth', token)));
    expect(checks.filter((r) => r.status === 200)).toHaveLength(1);
    expect(checks.filter((r) => r.status === 401)).toHaveLength(tokens.length - 1);
  });

  it('N parallel requests with one token leave its session at _v + N, whatever each answered', async () => {
    const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
    const token = await tokenOf(api);
    const mine = (await (await send(api, 'GET', '/api/auth', token)).json()) as { device: { name: string } };
    expect(mine.device.name).toBe('BackOffice');
    const [session] = api.store.sessionsOnDevice('BackOffice').filter((s) => s._v === 2 && s.startedAt === '2023-08-04T21:30:00Z');
    const start = session!._v;
    const paths = [`/sessions?sessionId=eq:${session!.sessionId}`, `/sessions/${SEEDED_ID}`, '/sessions/unknown', '/sessions?$take=-1', '/api/auth'];
    const N = 150;
    const responses = await Promise.all(Array.from({ length: N }, (_, i) => send(api, 'GET', paths[i % paths.length]!, token)));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([200, 404, 400]));
    expect(api.store.getSession(session!.sessionId)!._v).toBe(start + N);
    // Each answer that shows the caller's session shows a version of its own: no two requests shared a bump.
    const seen = await Promise.all(
      responses.filter((_, i) => i % paths.length === 0).map(async (r) => ((await r.json()) as { items: { _v: number }[] }).items[0]!._v),
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.every((v) => v > start && v <= start + N)).toBe(true);
  });
});
