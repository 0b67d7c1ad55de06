/**
 * Mock-only controls (docs/behaviour.md#mock-controls) and fault injection: /__mock/health, /__mock/reset, /__mock/requests,
 * x-mock-status, x-mock-delay, the `delay` option, and `controls: false` turning all of it off.
 */
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { BACKOFFICE_SESSION, callThrough, ORIGIN, P01_SESSION, PINNED, useMock } from './mock-client.test-support.ts';
import { portosPaths } from './routes.ts';

const mock = useMock();

describe('GET /__mock/health', () => {
  it('answers 200 once the store is seeded', async () => {
    const result = await mock.call('GET', '/__mock/health');
    expect(result).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('answers 405 with Allow for another method', async () => {
    const result = await mock.call('POST', '/__mock/health');
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe('GET');
  });
});

describe('POST /__mock/reset', () => {
  it('answers 204, brings deleted sessions back and rejects tokens issued before', async () => {
    const { tokenId } = await mock.login();
    await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId });
    const reset = await mock.call('POST', '/__mock/reset');
    expect(reset.status).toBe(204);
    expect(mock.api.store.getSession(P01_SESSION)).toBeDefined();
    expect(mock.api.journal.entries).toEqual([]);
    expect((await mock.call('GET', '/api/auth', { token: tokenId })).status).toBe(401);
  });
});

describe('GET /__mock/requests', () => {
  it('answers the journal of PORTOS requests, newest last, without the controls themselves', async () => {
    await mock.call('GET', '/sessions');
    await mock.call('POST', '/api/auth', { body: { UserName: '999', DeviceName: 'P02' } });
    await mock.call('GET', '/__mock/health');
    const { body } = await mock.call('GET', '/__mock/requests');
    expect(body).toEqual([
      { method: 'GET', url: `${ORIGIN}/sessions`, path: '/sessions', query: '', status: 401, time: PINNED },
      { method: 'POST', url: `${ORIGIN}/api/auth`, path: '/api/auth', query: '', status: 200, time: PINNED, body: { UserName: '999', DeviceName: 'P02' } },
    ]);
  });

  it('adds the query, the body with its secrets redacted, and the session of the caller\'s token', async () => {
    const { tokenId, refreshToken } = await mock.login('100', 'BackOffice', 'jana100');
    const own = mock.api.store.sessionsOnDevice('BackOffice').find((s) => s.identity.userName === '100' && s.startedAt === PINNED)!.sessionId;
    await mock.call('GET', '/sessions?$take=2&$sort=-_v', { token: tokenId });
    await mock.call('POST', '/api/auth/refresh', { body: { tokenId, refreshToken } });
    const [login, list, refresh] = mock.api.journal.entries;
    expect(login).toMatchObject({ path: '/api/auth', body: { UserName: '100', Password: '(redacted)', DeviceName: 'BackOffice' } });
    expect(login).not.toHaveProperty('sessionId');
    expect(list).toMatchObject({ path: '/sessions', query: '$take=2&$sort=-_v', sessionId: own });
    expect(refresh).toMatchObject({ path: '/api/auth/refresh', status: 200, body: { tokenId: '(redacted)', refreshToken: '(redacted)' } });
    const journal = JSON.stringify(mock.api.journal.entries);
    for (const secret of ['jana100', tokenId, refreshToken]) expect(journal).not.toContain(secret);
  });

  it('filters by method, path (exact, or a prefix ending in *) and status, in code and over HTTP', async () => {
    const { tokenId } = await mock.login('999', 'BackOffice');
    await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId });
    await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId });
    await mock.call('GET', `/sessions/${BACKOFFICE_SESSION}`, { token: tokenId });
    expect(mock.api.journal.find({ method: 'delete', path: `/sessions/${P01_SESSION}`, status: 204 })).toHaveLength(1);
    expect(mock.api.journal.find({ path: '/sessions/*' }).map((e) => e.status)).toEqual([204, 404, 200]);
    expect(mock.api.journal.find({ status: 404 })).toHaveLength(1);
    const { status, body } = await mock.call('GET', `/__mock/requests?method=DELETE&path=/sessions/*&status=204`);
    expect(status).toBe(200);
    expect(body.map((e: { path: string }) => e.path)).toEqual([`/sessions/${P01_SESSION}`]);
    const bad = await mock.call('GET', '/__mock/requests?status=2xx&colour=red');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { memberName: string }) => e.memberName)).toEqual(['status', 'colour']);
    // A parameter with no name (found by the hostile-input test) is named as the query as a whole.
    const nameless = await mock.call('GET', '/__mock/requests?=%25E0%25A4%25A');
    expect(nameless.body.errors.map((e: { memberName: string }) => e.memberName)).toEqual(['$']);
  });

  it('keeps as many entries as journalLimit says', async () => {
    const api = createMockApi({ clock: PINNED, journalLimit: 3 });
    for (let i = 0; i < 5; i++) await api.handle(new Request(`${ORIGIN}/sessions?i=${i}`));
    expect(api.journal.entries.map((e) => e.query)).toEqual(['i=2', 'i=3', 'i=4']);
    expect(() => createMockApi({ journalLimit: 0 })).toThrow('journalLimit must be a whole number ≥ 1; got 0');
  });

  it('keeps only the latest 1000 entries', async () => {
    for (let i = 0; i < 1005; i++) await mock.api.handle(new Request(`${ORIGIN}/sessions?i=${i}`));
    expect(mock.api.journal.entries).toHaveLength(1000);
    expect(mock.api.journal.entries[0]?.url).toBe(`${ORIGIN}/sessions?i=5`);
    expect(mock.api.journal.entries.at(-1)?.url).toBe(`${ORIGIN}/sessions?i=1004`);
  });
});

describe('x-mock-status', () => {
  it('answers a problem with that status instead of running the operation', async () => {
    const { tokenId } = await mock.login();
    const result = await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId, headers: { 'x-mock-status': '503' } });
    expect(result.status).toBe(503);
    expect(result.body).toMatchObject({ status: 503, instance: `/sessions/${P01_SESSION}` });
    expect(mock.api.store.getSession(P01_SESSION)).toBeDefined();
  });

  it('gives the injected problem the errorCode that fits the status', async () => {
    expect((await mock.call('GET', '/sessions', { headers: { 'x-mock-status': '401' } })).body.errorCode).toBe(1);
    expect((await mock.call('GET', '/sessions', { headers: { 'x-mock-status': '403' } })).body.errorCode).toBe(2);
    const badRequest = await mock.call('GET', '/sessions', { headers: { 'x-mock-status': '400' } });
    expect(badRequest.body).toMatchObject({ errorCode: 3, errors: [] });
    expect((await mock.call('GET', '/sessions', { headers: { 'x-mock-status': '423' } })).body.errorCode).toBe(5);
  });

  it('answers an empty body for a success status', async () => {
    const result = await mock.call('GET', '/sessions', { headers: { 'x-mock-status': '204' } });
    expect(result).toMatchObject({ status: 204, body: undefined });
  });

  it('does not bump the session of the token it carries', async () => {
    const { tokenId } = await mock.login();
    await mock.call('GET', '/api/auth', { token: tokenId, headers: { 'x-mock-status': '500' } });
    const { body } = await mock.call('GET', '/sessions?$sort=-_v&$take=60', { token: tokenId });
    expect(body.items.find((s: { identity: { deviceName: string } }) => s.identity.deviceName === 'P02')._v).toBe(2);
  });

  it.each(['abc', '99', '600', '1e2', '', '200.0', '-404'])('answers 400 naming the header for the invalid value %j', async (value) => {
    const result = await mock.call('GET', '/sessions', { headers: { 'x-mock-status': value } });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([{ memberName: 'x-mock-status', message: expect.stringContaining('from 200 to 599') }]);
  });
});

describe('x-mock-delay', () => {
  it('waits the given milliseconds before answering', async () => {
    const started = performance.now();
    const result = await mock.call('GET', '/sessions', { headers: { 'x-mock-delay': '120' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(result.status).toBe(401);
  });

  it.each(['-1', 'soon', '60001', '1.5', '9999999'])('answers 400 naming the header for the invalid value %j', async (value) => {
    const result = await mock.call('GET', '/sessions', { headers: { 'x-mock-delay': value } });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([{ memberName: 'x-mock-delay', message: expect.stringContaining('from 0 to 60000') }]);
  });

  it('reports both headers when both are invalid', async () => {
    const result = await mock.call('GET', '/sessions', { headers: { 'x-mock-delay': 'x', 'x-mock-status': 'y' } });
    expect(result.body.errors.map((e: { memberName: string }) => e.memberName)).toEqual(['x-mock-status', 'x-mock-delay']);
  });
});

describe('the delay option', () => {
  it('adds latency to every PORTOS response', async () => {
    const api = createMockApi({ clock: PINNED, delay: 100 });
    const started = performance.now();
    const response = await api.handle(new Request(`${ORIGIN}/sessions`));
    expect(response?.status).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('is refused when it is not a whole number of milliseconds up to 60000', () => {
    expect(() => createMockApi({ delay: -5 })).toThrow('delay must be a whole number of milliseconds from 0 to 60000; got -5.');
  });
});

describe('controls: false', () => {
  it('turns off the /__mock routes and the x-mock-* headers', async () => {
    mock.server.close();
    const api = createMockApi({ clock: PINNED, controls: false });
    const server = setupServer(...api.handlers);
    server.listen({ onUnhandledFrame: 'bypass' });
    try {
      expect(await api.handle(new Request(`${ORIGIN}/__mock/health`))).toBeUndefined();
      expect(await api.handle(new Request(`${ORIGIN}/__mock/reset`, { method: 'POST' }))).toBeUndefined();
      const login = await callThrough('POST', `${ORIGIN}/api/auth`, { body: { UserName: '999', DeviceName: 'P02' }, headers: { 'x-mock-status': '500', 'x-mock-delay': 'nonsense' } });
      expect(login.status).toBe(200);
      // One handler per PORTOS path template, none for /__mock.
      expect(api.handlers).toHaveLength(portosPaths.length);
    } finally {
      server.close();
      mock.server.listen();
    }
  });
});

describe('/__mock/clock', () => {
  const mock = useMock();

  it('reads the clock, and moves it by a duration or to an instant', async () => {
    expect((await mock.call('GET', '/__mock/clock')).body).toEqual({ now: PINNED, pinned: true });
    expect((await mock.call('POST', '/__mock/clock', { body: { advance: 'PT13H' } })).body).toEqual({ now: '2023-08-05T10:30:00Z', pinned: true });
    expect((await mock.call('POST', '/__mock/clock', { body: { set: '2023-08-04T22:00:00+01:00' } })).body.now).toBe('2023-08-04T21:00:00Z');
    expect(mock.api.clock.now().toISOString()).toBe('2023-08-04T21:00:00.000Z');
  });

  it.each([
    [{}, '$'],
    [{ advance: 'PT1H', set: '2023-08-05T00:00:00Z' }, '$'],
    [{ advance: '13h' }, 'advance'],
    [{ set: 'tomorrow' }, 'set'],
    [{ advance: 5 }, 'advance'],
  ])('answers %j with a 400 naming %s', async (body, memberName) => {
    const { status, body: problem } = await mock.call('POST', '/__mock/clock', { body });
    expect(status).toBe(400);
    expect(problem.errors.map((e: { memberName: string }) => e.memberName)).toEqual([memberName]);
    expect((await mock.call('GET', '/__mock/clock')).body.now).toBe(PINNED);
  });

  it('answers 405 with Allow for another method', async () => {
    const { status, headers } = await mock.call('DELETE', '/__mock/clock');
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe('GET, POST');
  });
});

describe('the clock at run time, on a real-time clock', () => {
  it('expires a live session 12 h 1 min after login: its token is rejected and it is gone from the list', async () => {
    const api = createMockApi();
    const server = setupServer(...api.handlers);
    server.listen({ onUnhandledFrame: 'error' });
    try {
      await api.ready;
      const login = async () => (await callThrough('POST', `${ORIGIN}/api/auth`, { body: { UserName: '999', DeviceName: 'BackOffice' } })).body as { tokenId: string };
      const { tokenId } = await login();
      const own = api.store.sessionsOnDevice('BackOffice').find((s) => s.identity.userName === '999' && Date.parse(s.startedAt) > Date.now() - 60_000)!.sessionId;
      expect((await callThrough('GET', `${ORIGIN}/sessions/${own}`, { token: tokenId })).status).toBe(200);
      expect((await callThrough('POST', `${ORIGIN}/__mock/clock`, { body: { advance: 'PT12H1M' } })).status).toBe(200);
      expect((await callThrough('GET', `${ORIGIN}/api/auth`, { token: tokenId })).status).toBe(401);
      const fresh = await login();
      const list = await callThrough('GET', `${ORIGIN}/sessions?sessionId=${own}`, { token: fresh.tokenId });
      expect(list.body.totalCount).toBe(0);
      expect(api.clock.pinned).toBe(false);
    } finally {
      server.close();
    }
  });
});
