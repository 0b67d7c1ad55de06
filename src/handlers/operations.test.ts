/**
 * The seven operations of the spec, each answered as PORTOS documents it (docs/behaviour.md#list-sessions and the rows after it), over msw `setupServer`.
 */
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { spec } from '../spec/index.ts';
import { BACKOFFICE_SESSION, P01_SESSION, useMock } from './mock-client.test-support.ts';

const mock = useMock();
const documented = (spec.paths['/sessions']!.get!.responses['200'] as { content: Record<string, { examples: Record<string, { value: { items: unknown[] } }> }> })
  .content['application/json']!.examples.documented!.value.items;

describe('GET /sessions (getSessions)', () => {
  it('lists the live sessions in startedAt order with count and totalCount', async () => {
    const { tokenId } = await mock.login('100', 'BackOffice', 'jana100');
    const { body } = await mock.call('GET', '/sessions', { token: tokenId });
    expect(body.count).toBe(60);
    expect(body.totalCount).toBe(60);
    const started = body.items.map((s: { startedAt: string }) => Date.parse(s.startedAt));
    expect(started).toEqual([...started].sort((a, b) => a - b));
  });

  it('shows the two documented sessions exactly as the PORTOS page does', async () => {
    const { tokenId } = await mock.login('100', 'BackOffice', 'jana100');
    const { body } = await mock.call('GET', `/sessions?sessionId=in:${P01_SESSION}:${BACKOFFICE_SESSION}`, { token: tokenId });
    expect(body).toEqual({ items: documented, count: 2, totalCount: 2 });
  });

  it('pages after filtering and sorting', async () => {
    const { tokenId } = await mock.login('100', 'BackOffice', 'jana100');
    const all = (await mock.call('GET', '/sessions?$sort=-lastAccessAt', { token: tokenId })).body.items;
    const page = await mock.call('GET', '/sessions?$sort=-lastAccessAt&$skip=20&$take=10', { token: tokenId });
    expect(page.body.items).toEqual(all.slice(20, 30));
    expect(page.body).toMatchObject({ count: 10, totalCount: 60 });
  });

  it('answers only the counts for $count=true', async () => {
    const { tokenId } = await mock.login('100', 'BackOffice', 'jana100');
    const { body } = await mock.call('GET', '/sessions?sessionId=gt:a;lt:n&$count=true&$take=3', { token: tokenId });
    expect(body).not.toHaveProperty('items');
    expect(body.count).toBe(Math.min(3, body.totalCount));
  });

  it('answers a 400 from the NData engine with the documented memberName and errorCode 3', async () => {
    const { tokenId } = await mock.login();
    const { status, body } = await mock.call('GET', '/sessions?$take=-1&sessionId=bogus:x&$SORT=nope', { token: tokenId });
    expect(status).toBe(400);
    expect(body.errorCode).toBe(3);
    expect(body.errors.map((e: { memberName: string }) => e.memberName).sort()).toEqual(['$sort', '$take', 'sessionId']);
  });

  it('names the ignored query parameters in x-mock-warning', async () => {
    const { tokenId } = await mock.login();
    const result = await mock.call('GET', '/sessions?$include=user&foo=1&$take=1', { token: tokenId });
    expect(result.headers.get('x-mock-warning')).toBe('ignored query parameters: $include, foo');
    const clean = await mock.call('GET', '/sessions?$take=1', { token: tokenId });
    expect(clean.headers.get('x-mock-warning')).toBeNull();
  });

  it('percent-encodes non-Latin characters of ignored parameter names in the warning', async () => {
    const { tokenId } = await mock.login();
    const result = await mock.call('GET', `/sessions?${encodeURIComponent('čas')}=1&$take=0`, { token: tokenId });
    expect(result.headers.get('x-mock-warning')).toBe('ignored query parameters: %C4%8Das');
  });
});

describe('GET /sessions/{id} (getSession)', () => {
  it('answers the session', async () => {
    const { tokenId } = await mock.login();
    const { status, body } = await mock.call('GET', `/sessions/${P01_SESSION}`, { token: tokenId });
    expect(status).toBe(200);
    expect(body).toEqual(documented[0]);
  });

  it('answers 404 for an unknown id, also one with odd characters', async () => {
    const { tokenId } = await mock.login();
    expect((await mock.call('GET', '/sessions/%E0%A4%A', { token: tokenId })).status).toBe(404);
    expect((await mock.call('GET', `/sessions/${'x'.repeat(500)}`, { token: tokenId })).status).toBe(404);
  });

  it('answers 401 without a token', async () => {
    expect((await mock.call('GET', `/sessions/${P01_SESSION}`)).status).toBe(401);
  });
});

describe('DELETE /sessions/{id} (deleteSession)', () => {
  it('deletes with 204 and then the session is gone', async () => {
    const { tokenId } = await mock.login();
    expect((await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId })).status).toBe(204);
    expect((await mock.call('GET', `/sessions/${P01_SESSION}`, { token: tokenId })).status).toBe(404);
  });

  it('answers 401 without a token and deletes nothing', async () => {
    expect((await mock.call('DELETE', `/sessions/${P01_SESSION}`)).status).toBe(401);
    expect(mock.api.store.getSession(P01_SESSION)).toBeDefined();
  });
});

describe('POST /api/auth (login)', () => {
  it('answers an AuthResult', async () => {
    const { status, body } = await mock.call('POST', '/api/auth', { body: { UserName: 'eshop', Password: 'eshop-secret', DeviceName: 'Tool' } });
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ userName: 'eshop', isVirtual: true, featureName: 'EshopIntegration', device: { name: 'Tool', envName: 'Tool' } });
    expect(body.user).not.toHaveProperty('password');
  });
});

describe('GET /api/auth (getCurrentUser)', () => {
  it('answers the profile of the token\'s user with the session\'s device', async () => {
    const { tokenId } = await mock.login('102', 'PDA10', 'maria102');
    const { body } = await mock.call('GET', '/api/auth', { token: tokenId });
    expect(body).toMatchObject({ userName: '102', name: 'Mária Horváthová', rights: ['sales'], device: { name: 'PDA10', envName: 'PDA' } });
  });
});

describe('DELETE /api/auth (logout)', () => {
  it('answers 204 and ends the session', async () => {
    const { tokenId } = await mock.login();
    expect((await mock.call('DELETE', '/api/auth', { token: tokenId })).status).toBe(204);
    expect(mock.api.store.getSession(decodeJwt(tokenId).sid as string)).toBeUndefined();
  });
});

describe('POST /api/auth/refresh (refreshSession)', () => {
  it('answers a RefreshResult that works as a token', async () => {
    const pair = await mock.login();
    const { status, body } = await mock.call('POST', '/api/auth/refresh', { body: pair });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['refreshToken', 'tokenId']);
    expect((await mock.call('GET', '/api/auth', { token: body.tokenId })).status).toBe(200);
  });
});
