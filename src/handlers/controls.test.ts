/**
 * Mock-only controls (docs/behaviour.md#mock-controls) and fault injection: /__mock/health, /__mock/reset, /__mock/requests,
 * x-mock-status, x-mock-delay, the `delay` option, and `controls: false` turning all of it off.
 */
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { callThrough, ORIGIN, P01_SESSION, PINNED, useMock } from './mock-client.test-support.ts';

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
    expect(mock.api.journal).toEqual([]);
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
      { method: 'GET', url: `${ORIGIN}/sessions`, status: 401, time: PINNED },
      { method: 'POST', url: `${ORIGIN}/api/auth`, status: 200, time: PINNED },
    ]);
  });

  it('keeps only the latest 1000 entries', async () => {
    for (let i = 0; i < 1005; i++) await mock.api.handle(new Request(`${ORIGIN}/sessions?i=${i}`));
    expect(mock.api.journal).toHaveLength(1000);
    expect(mock.api.journal[0]?.url).toBe(`${ORIGIN}/sessions?i=5`);
    expect(mock.api.journal.at(-1)?.url).toBe(`${ORIGIN}/sessions?i=1004`);
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
      expect(api.handlers).toHaveLength(4);
    } finally {
      server.close();
      mock.server.listen();
    }
  });
});
