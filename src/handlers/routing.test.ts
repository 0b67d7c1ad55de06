/**
 * Which requests the mock answers: PORTOS paths (any origin by default, or under `baseUrl`) and, with
 * controls, /__mock; a wrong method on a PORTOS path is a 405 with `Allow`; anything else is left alone.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { ORIGIN, PINNED, useMock } from './mock-client.test-support.ts';

const mock = useMock();

describe('a wrong method on a PORTOS path', () => {
  it.each([
    ['PUT', '/sessions', 'GET'],
    ['POST', '/sessions/abc', 'GET, DELETE'],
    ['PATCH', '/api/auth', 'GET, POST, DELETE'],
    ['GET', '/api/auth/refresh', 'POST'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const result = await mock.call(method, path);
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe(allow);
    expect(result.body).toMatchObject({ status: 405, title: 'Metóda nie je povolená.', instance: path });
  });

  it('does not bump the caller (no operation runs)', async () => {
    const { tokenId } = await mock.login();
    await mock.call('PUT', '/sessions', { token: tokenId });
    const { body } = await mock.call('GET', '/api/auth', { token: tokenId });
    expect(body.userName).toBe('999');
    expect(mock.api.store.sessionsOnDevice('P02')[0]?._v).toBe(2);
  });
});

describe('requests that are not the mock\'s', () => {
  it('are left to other handlers (no catch-all)', async () => {
    mock.server.use(http.get('*/app/config', () => HttpResponse.json({ own: true })));
    const response = await fetch(`${ORIGIN}/app/config`);
    expect(await response.json()).toEqual({ own: true });
  });

  it('give undefined from the route core', async () => {
    for (const path of ['/', '/nope', '/sessions/a/b', '/api', '/prefix/sessions', '/__mock/nope']) {
      expect(await mock.api.handle(new Request(`${ORIGIN}${path}`)), path).toBeUndefined();
    }
  });
});

describe('baseUrl', () => {
  it('answers only under that origin and path', async () => {
    mock.server.close();
    const api = createMockApi({ clock: PINNED, baseUrl: 'http://127.0.0.1:4010/portos/' });
    const server = setupServer(...api.handlers, http.all('*', () => HttpResponse.text('elsewhere', { status: 418 })));
    server.listen();
    try {
      expect((await fetch('http://127.0.0.1:4010/portos/sessions')).status).toBe(401);
      expect((await fetch('http://127.0.0.1:4010/portos/__mock/health')).status).toBe(200);
      expect((await fetch('http://127.0.0.1:4010/sessions')).status).toBe(418);
      expect((await fetch('http://localhost:4010/portos/sessions')).status).toBe(418);
    } finally {
      server.close();
      mock.server.listen();
    }
  });

  it('is refused when it is not an absolute URL', () => {
    expect(() => createMockApi({ baseUrl: '/api' })).toThrow('baseUrl "/api" is not an absolute URL');
  });
});

describe('bad input', () => {
  it('never gives a 500 for odd bodies, headers or queries', async () => {
    const { tokenId } = await mock.login();
    const odd = [
      mock.call('POST', '/api/auth', { rawBody: '\u0000\uffff' }),
      mock.call('POST', '/api/auth', { rawBody: 'null' }),
      mock.call('POST', '/api/auth', { rawBody: '"text"' }),
      mock.call('POST', '/api/auth', { body: { UserName: {}, DeviceName: [] } }),
      mock.call('POST', '/api/auth/refresh', { body: { tokenId: 1, refreshToken: true } }),
      mock.call('GET', '/sessions?sessionId=%E0%A4%A&$sort=%00', { token: tokenId }),
      mock.call('GET', `/sessions?${'a=1&'.repeat(500)}`, { token: tokenId }),
      mock.call('GET', '/api/auth', { headers: { authorization: `Bearer ${'x'.repeat(5000)}` } }),
      mock.call('GET', '/api/auth', { headers: { 'accept-language': ';;;q=abc,*;q=2' } }),
    ];
    for (const result of await Promise.all(odd)) expect(result.status).toBeLessThan(500);
  });
});
