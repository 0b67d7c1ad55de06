/**
 * The session and auth rules of docs/behaviour.md (#login-credentials, #refresh-rotation, #token-rejected,
 * #one-session-per-sale-device, #every-request-bumps-session…), one describe per rule, over msw `setupServer` with a
 * pinned clock. Every response is checked against the spec by `call` (see the test support file).
 */
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../portos/token.ts';
import { createMockApi } from '../msw/index.ts';
import { BACKOFFICE_SESSION, P01_SESSION, PINNED, useMock } from './mock-client.test-support.ts';

const mock = useMock();
const HOUR = 3_600_000;

describe('login creates a session', () => {
  it('stores a new 32-character Bearer session that starts now, lives 12 hours and has _v 1', async () => {
    const { tokenId } = await mock.login('999', 'P02');
    const { sid } = decodeJwt(tokenId);
    expect(sid).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(mock.api.store.getSession(sid as string)).toEqual({
      sessionId: sid,
      identity: { userName: '999', deviceName: 'P02', envName: 'CashRegister', authenticationType: 'Bearer' },
      startedAt: PINNED,
      expiresAt: '2023-08-05T09:30:00Z',
      lastAccessAt: PINNED,
      _v: 1,
    });
  });

  it('gives each login a different sessionId', async () => {
    const first = decodeJwt((await mock.login('100', 'BackOffice', 'jana100')).tokenId).sid;
    const second = decodeJwt((await mock.login('100', 'BackOffice', 'jana100')).tokenId).sid;
    expect(first).not.toBe(second);
  });

  it('answers an HS256 JWT whose claims name the session, and an opaque refresh token', async () => {
    const { tokenId, refreshToken } = await mock.login('999', 'P02');
    expect(decodeProtectedHeader(tokenId).alg).toBe('HS256');
    const claims = decodeJwt(tokenId);
    expect(claims).toMatchObject({ sub: '999', iat: Date.parse(PINNED) / 1000, exp: Date.parse('2023-08-05T09:30:00Z') / 1000 });
    expect(typeof claims.jti).toBe('string');
    expect(refreshToken).toMatch(/^[A-Za-z0-9]{28}$/);
  });

  it('answers the user profile with the device of the new session', async () => {
    const result = await mock.call('POST', '/api/auth', { body: { UserName: '999', DeviceName: 'P01' } });
    expect(result.body.user).toEqual({
      id: '635f7ae3072edfeae7c26a1e',
      isVirtual: false,
      name: 'Majiteľ',
      userName: '999',
      featureName: null,
      rights: ['admin'],
      device: { name: 'P01', envName: 'CashRegister', description: 'P01', preferences: {}, settings: { MaxQuantity: '200', DefaultFiscalName: 'eKasa' } },
    });
  });
});

describe('every accepted token first bumps its session', () => {
  it('sets lastAccessAt to now and adds 1 to _v, and the response shows the bumped values', async () => {
    const { tokenId } = await mock.login('999', 'P02');
    const sid = decodeJwt(tokenId).sid as string;
    mock.api.clock.advance(5_000);
    const own = await mock.call('GET', `/sessions/${sid}`, { token: tokenId });
    expect(own.body).toMatchObject({ lastAccessAt: '2023-08-04T21:30:05Z', _v: 2, startedAt: PINNED });
    const listed = await mock.call('GET', `/sessions?sessionId=${sid}`, { token: tokenId });
    expect(listed.body.items[0]).toMatchObject({ _v: 3 });
  });

  it('bumps whatever the outcome: a 400, a 404 and a 204 each count', async () => {
    const { tokenId } = await mock.login('999', 'P02');
    const sid = decodeJwt(tokenId).sid as string;
    expect((await mock.call('GET', '/sessions?$take=-1', { token: tokenId })).status).toBe(400);
    expect((await mock.call('GET', '/sessions/nope', { token: tokenId })).status).toBe(404);
    expect((await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId })).status).toBe(204);
    expect(mock.api.store.getSession(sid)?._v).toBe(4);
  });

  it('leaves every other session as it was', async () => {
    const { tokenId } = await mock.login('999', 'P02');
    const other = await mock.call('GET', `/sessions/${BACKOFFICE_SESSION}`, { token: tokenId });
    expect(other.body).toMatchObject({ lastAccessAt: '2023-08-04T21:21:11.578Z', _v: 4 });
  });

  it('counts every one of many simultaneous requests', async () => {
    const { tokenId } = await mock.login('999', 'P02');
    const sid = decodeJwt(tokenId).sid as string;
    await Promise.all(Array.from({ length: 20 }, () => mock.call('GET', '/api/auth', { token: tokenId })));
    expect(mock.api.store.getSession(sid)?._v).toBe(21);
  });

  it('does not bump on a rejected token or a login', async () => {
    const before = mock.api.store.getSession(P01_SESSION);
    await mock.call('GET', '/sessions', { token: 'nope' });
    await mock.login('999', 'P03');
    expect(mock.api.store.getSession(P01_SESSION)).toEqual(before);
  });
});

describe('refresh rotates the token pair and extends the session', () => {
  it('needs no Authorization header and answers a new pair', async () => {
    const pair = await mock.login('999', 'P02');
    mock.api.clock.advance(HOUR);
    const refreshed = await mock.call('POST', '/api/auth/refresh', { body: pair });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.tokenId).not.toBe(pair.tokenId);
    expect(refreshed.body.refreshToken).not.toBe(pair.refreshToken);
    expect(decodeJwt(refreshed.body.tokenId).sid).toBe(decodeJwt(pair.tokenId).sid);
  });

  it('moves expiresAt to now + 12 h (and counts as an access)', async () => {
    const pair = await mock.login('999', 'P02');
    const sid = decodeJwt(pair.tokenId).sid as string;
    mock.api.clock.advance(11 * HOUR);
    await mock.call('POST', '/api/auth/refresh', { body: pair });
    expect(mock.api.store.getSession(sid)).toMatchObject({ expiresAt: '2023-08-05T20:30:00Z', lastAccessAt: '2023-08-05T08:30:00Z', _v: 2 });
  });

  it('keeps the session alive past its first expiry', async () => {
    const pair = await mock.login('999', 'P02');
    mock.api.clock.advance(11 * HOUR);
    const { body } = await mock.call('POST', '/api/auth/refresh', { body: pair });
    mock.api.clock.advance(2 * HOUR);
    expect((await mock.call('GET', '/api/auth', { token: body.tokenId })).status).toBe(200);
  });

  it('rejects the old token and the old refresh token afterwards', async () => {
    const pair = await mock.login('999', 'P02');
    const next = (await mock.call('POST', '/api/auth/refresh', { body: pair })).body;
    expect((await mock.call('GET', '/api/auth', { token: pair.tokenId })).body).toMatchObject({ status: 401, errorCode: 1 });
    expect((await mock.call('POST', '/api/auth/refresh', { body: pair })).status).toBe(401);
    expect((await mock.call('POST', '/api/auth/refresh', { body: { tokenId: next.tokenId, refreshToken: pair.refreshToken } })).status).toBe(401);
    expect((await mock.call('GET', '/api/auth', { token: next.tokenId })).status).toBe(200);
  });

  it('answers 401 errorCode 1 for a wrong pair', async () => {
    const a = await mock.login('999', 'P02');
    const b = await mock.login('999', 'P03');
    const mixed = await mock.call('POST', '/api/auth/refresh', { body: { tokenId: a.tokenId, refreshToken: b.refreshToken } });
    expect(mixed.body).toMatchObject({ status: 401, errorCode: 1 });
    expect((await mock.call('POST', '/api/auth/refresh', { body: { tokenId: 'x.y.z', refreshToken: a.refreshToken } })).status).toBe(401);
  });

  it('does not revive a deleted or expired session', async () => {
    const deleted = await mock.login('999', 'P02');
    await mock.call('DELETE', '/api/auth', { token: deleted.tokenId });
    expect((await mock.call('POST', '/api/auth/refresh', { body: deleted })).status).toBe(401);
    const expired = await mock.login('999', 'P03');
    mock.api.clock.advance(12 * HOUR);
    expect((await mock.call('POST', '/api/auth/refresh', { body: expired })).status).toBe(401);
  });

  it('names a missing tokenId or refreshToken in a 400, with case-insensitive property names', async () => {
    const pair = await mock.login('999', 'P02');
    const missing = await mock.call('POST', '/api/auth/refresh', { body: { TOKENID: pair.tokenId } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ memberName: 'refreshToken', message: 'The refreshToken field is required.' }]);
    const cased = await mock.call('POST', '/api/auth/refresh', { body: { TokenId: pair.tokenId, RefreshToken: pair.refreshToken } });
    expect(cased.status).toBe(200);
  });
});

describe('a token is rejected with 401 errorCode 1 when it is not usable', () => {
  const rejected = async (headers: Record<string, string>) => {
    const result = await mock.call('GET', '/sessions', { headers });
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({ status: 401, errorCode: 1, instance: '/sessions' });
    return result;
  };

  it('rejects a request without Authorization', async () => {
    await rejected({});
  });

  it('rejects a malformed header or token', async () => {
    const { tokenId } = await mock.login();
    await rejected({ authorization: tokenId });
    await rejected({ authorization: `Basic ${tokenId}` });
    await rejected({ authorization: 'Bearer not-a-jwt' });
    await rejected({ authorization: 'Bearer ' });
  });

  it('accepts the scheme in any letter case', async () => {
    const { tokenId } = await mock.login();
    expect((await mock.call('GET', '/api/auth', { headers: { authorization: `bearer ${tokenId}` } })).status).toBe(200);
  });

  it('rejects a badly signed token', async () => {
    const { tokenId } = await mock.login();
    const [header, payload] = tokenId.split('.');
    await rejected({ authorization: `Bearer ${header}.${payload}.${'A'.repeat(43)}` });
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(tokenId), sid: P01_SESSION })).toString('base64url');
    await rejected({ authorization: `Bearer ${header}.${forged}.${tokenId.split('.')[2]}` });
  });

  it('rejects a token whose session was deleted', async () => {
    const mine = await mock.login('999', 'P02');
    const other = await mock.login('100', 'BackOffice', 'jana100');
    await mock.call('DELETE', `/sessions/${decodeJwt(mine.tokenId).sid}`, { token: other.tokenId });
    await rejected({ authorization: `Bearer ${mine.tokenId}` });
  });

  it('rejects a token whose session expired', async () => {
    const { tokenId } = await mock.login();
    mock.api.clock.advance(12 * HOUR - 1);
    expect((await mock.call('GET', '/api/auth', { token: tokenId })).status).toBe(200);
    mock.api.clock.advance(1);
    await rejected({ authorization: `Bearer ${tokenId}` });
  });
});

describe('login answers 401 errorCode 1 for bad credentials and 400 for a missing member', () => {
  const login = (body: unknown) => mock.call('POST', '/api/auth', { body });

  it('rejects an unknown user, an unknown device and a wrong password', async () => {
    for (const body of [
      { UserName: 'nobody', DeviceName: 'P02' },
      { UserName: '999', DeviceName: 'P99' },
      { UserName: '100', Password: 'wrong', DeviceName: 'P02' },
      { UserName: '100', DeviceName: 'P02' },
      { UserName: '999', Password: 'something', DeviceName: 'P02' },
    ]) {
      const result = await login(body);
      expect(result.status, JSON.stringify(body)).toBe(401);
      expect(result.body).toMatchObject({ errorCode: 1, instance: '/api/auth' });
    }
  });

  it('tells a user who has a password and sent none that it is required, not that it is wrong', async () => {
    for (const body of [
      { UserName: '100', DeviceName: 'BackOffice' },
      { UserName: '100', Password: '', DeviceName: 'BackOffice' },
      { UserName: '100', Password: null, DeviceName: 'BackOffice' },
    ]) {
      const result = await login(body);
      expect(result.body, JSON.stringify(body)).toMatchObject({ status: 401, errorCode: 1, detail: 'Login failed: user "100" needs a password.' });
    }
    const wrong = await login({ UserName: '100', Password: 'wrong', DeviceName: 'BackOffice' });
    expect(wrong.body).toMatchObject({ status: 401, errorCode: 1, detail: 'Login failed: wrong password for user "100".' });
    const unexpected = await login({ UserName: '999', Password: 'something', DeviceName: 'BackOffice' });
    expect(unexpected.body.detail).toBe('Login failed: wrong password for user "999".');
  });

  it('lets a user without a password in with an absent or empty one', async () => {
    expect((await login({ UserName: '999', DeviceName: 'P02' })).status).toBe(200);
    expect((await login({ UserName: '999', Password: '', DeviceName: 'P03' })).status).toBe(200);
    expect((await login({ UserName: '999', Password: null, DeviceName: 'P04' })).status).toBe(200);
  });

  it('lets a user with a password in with it', async () => {
    expect((await login({ UserName: '100', Password: 'jana100', DeviceName: 'P02' })).status).toBe(200);
  });

  it('names a missing UserName or DeviceName in errors, with errorCode 3', async () => {
    const noUser = await login({ DeviceName: 'P02' });
    expect(noUser.body).toMatchObject({ status: 400, errorCode: 3, errors: [{ memberName: 'UserName' }] });
    const noDevice = await login({ UserName: '999', DeviceName: '' });
    expect(noDevice.body.errors).toEqual([{ memberName: 'DeviceName', message: 'The DeviceName field is required.' }]);
    const neither = await mock.call('POST', '/api/auth', { rawBody: '' });
    expect(neither.body.errors.map((e: { memberName: string }) => e.memberName)).toEqual(['UserName', 'DeviceName']);
  });

  it('matches body property names case-insensitively', async () => {
    expect((await login({ username: '100', PASSWORD: 'jana100', deviceName: 'P02' })).status).toBe(200);
  });

  it('answers 400 naming the body for invalid JSON or a non-object, and the member for a non-string', async () => {
    expect((await mock.call('POST', '/api/auth', { rawBody: '{"UserName":' })).body.errors[0].memberName).toBe('$');
    expect((await mock.call('POST', '/api/auth', { body: ['999', 'P01'] })).body.errors[0].memberName).toBe('$');
    const numeric = await login({ UserName: 999, DeviceName: 'P02' });
    expect(numeric.body.errors).toEqual([{ memberName: 'UserName', message: 'UserName must be a string; got a number.' }]);
  });
});

describe('a sale device holds one session', () => {
  it('ends the earlier session on a cash register when someone logs in there', async () => {
    const first = await mock.login('999', 'P02');
    const second = await mock.login('101', 'P02', 'peter101');
    expect((await mock.call('GET', '/api/auth', { token: first.tokenId })).status).toBe(401);
    const onDevice = mock.api.store.sessionsOnDevice('P02');
    expect(onDevice.map((s) => s.sessionId)).toEqual([decodeJwt(second.tokenId).sid]);
  });

  it('ends the documented P01 session on a new login on P01', async () => {
    const { tokenId } = await mock.login('999', 'P01');
    expect((await mock.call('GET', `/sessions/${P01_SESSION}`, { token: tokenId })).status).toBe(404);
  });

  it('does the same on a PDA', async () => {
    const first = await mock.login('101', 'PDA10', 'peter101');
    await mock.login('102', 'PDA10', 'maria102');
    expect((await mock.call('GET', '/api/auth', { token: first.tokenId })).status).toBe(401);
  });

  it('keeps several sessions on a BackOffice or Tool device', async () => {
    const a = await mock.login('999', 'BackOffice');
    const b = await mock.login('100', 'BackOffice', 'jana100');
    const c = await mock.login('200', 'Tool', 'sklad200');
    const d = await mock.login('999', 'Tool');
    for (const pair of [a, b, c, d]) expect((await mock.call('GET', '/api/auth', { token: pair.tokenId })).status).toBe(200);
    expect(mock.api.store.getSession(BACKOFFICE_SESSION)).toBeDefined();
  });

  it('keeps one session even when logins on one device arrive at once', async () => {
    await Promise.all(['999', '103', '999', '103'].map((user) => mock.login(user, 'P20')));
    expect(mock.api.store.sessionsOnDevice('P20')).toHaveLength(1);
  });
});

describe('any authenticated caller may delete any session', () => {
  it('deletes another user\'s session with 204 and an empty body', async () => {
    const { tokenId } = await mock.login('101', 'P02', 'peter101');
    const response = await fetch(`http://portos.test/sessions/${BACKOFFICE_SESSION}`, { method: 'DELETE', headers: { authorization: `Bearer ${tokenId}` } });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.get('content-type')).toBeNull();
    expect(mock.api.store.getSession(BACKOFFICE_SESSION)).toBeUndefined();
  });

  it('answers 404 for an unknown session and for one already deleted', async () => {
    const { tokenId } = await mock.login();
    expect((await mock.call('DELETE', '/sessions/unknown', { token: tokenId })).status).toBe(404);
    await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId });
    expect((await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId })).status).toBe(404);
  });

  it('lets a caller delete its own session, after which its token is rejected', async () => {
    const { tokenId } = await mock.login();
    expect((await mock.call('DELETE', `/sessions/${decodeJwt(tokenId).sid}`, { token: tokenId })).status).toBe(204);
    expect((await mock.call('GET', '/api/auth', { token: tokenId })).status).toBe(401);
  });

  it('logs out with 204: the caller\'s session is deleted and its token rejected', async () => {
    const { tokenId } = await mock.login();
    const sid = decodeJwt(tokenId).sid as string;
    const response = await fetch('http://portos.test/api/auth', { method: 'DELETE', headers: { authorization: `Bearer ${tokenId}` } });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(mock.api.store.getSession(sid)).toBeUndefined();
    expect((await mock.call('DELETE', '/api/auth', { token: tokenId })).status).toBe(401);
  });
});

describe('expired sessions are neither listed nor fetchable', () => {
  it('drops a seeded session from the list and answers 404 for it once its expiresAt has passed', async () => {
    const { tokenId } = await mock.login('100', 'BackOffice', 'jana100');
    const before = await mock.call('GET', '/sessions?$count=true', { token: tokenId });
    // The documented P01 session expires at 23:19:38.015Z.
    mock.api.clock.set('2023-08-04T23:19:38.015Z');
    expect((await mock.call('GET', `/sessions/${P01_SESSION}`, { token: tokenId })).status).toBe(404);
    const list = await mock.call('GET', `/sessions?sessionId=${P01_SESSION}`, { token: tokenId });
    expect(list.body).toEqual({ items: [], count: 0, totalCount: 0 });
    const after = await mock.call('GET', '/sessions?$count=true', { token: tokenId });
    expect(after.body.totalCount).toBeLessThan(before.body.totalCount);
    expect((await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: tokenId })).status).toBe(404);
  });

  it('lists only sessions that are alive at the current instant', async () => {
    const { tokenId } = await mock.login('100', 'BackOffice', 'jana100');
    mock.api.clock.advance(6 * HOUR);
    const { body } = await mock.call('GET', '/sessions', { token: tokenId });
    const now = mock.api.clock.now().getTime();
    expect(body.items.length).toBeGreaterThan(0);
    for (const session of body.items) expect(Date.parse(session.expiresAt)).toBeGreaterThan(now);
  });
});

describe('errors are localised problem+json with status, title, instance, traceId and a fitting errorCode', () => {
  it('answers the documented Slovak 404 by default', async () => {
    const { tokenId } = await mock.login();
    const result = await mock.call('GET', '/sessions/unknown', { token: tokenId });
    expect(result.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(result.body).toEqual({ title: 'Zdroj nebol nájdený', status: 404, instance: '/sessions/unknown', traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/) });
  });

  it('answers the English title for an en… Accept-Language', async () => {
    const { tokenId } = await mock.login();
    const result = await mock.call('GET', '/sessions/unknown', { token: tokenId, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(result.body.title).toBe('Resource not found');
    expect(result.headers.get('content-language')).toBe('en-GB');
  });

  it('gives each problem a fresh traceId', async () => {
    const a = await mock.call('GET', '/sessions');
    const b = await mock.call('GET', '/sessions');
    expect(a.body.traceId).not.toBe(b.body.traceId);
  });

  it('uses errorCode 1 for 401 and 3 for 400, and none for 404 and 405', async () => {
    const { tokenId } = await mock.login();
    expect((await mock.call('GET', '/sessions')).body.errorCode).toBe(1);
    expect((await mock.call('GET', '/sessions?$skip=x', { token: tokenId })).body.errorCode).toBe(3);
    expect((await mock.call('GET', '/sessions/x', { token: tokenId })).body).not.toHaveProperty('errorCode');
    expect((await mock.call('PATCH', '/sessions/x', { token: tokenId })).body).not.toHaveProperty('errorCode');
  });

  it('puts the request path, without the query, in instance', async () => {
    const result = await mock.call('GET', '/sessions?$take=abc&$skip=1');
    expect(result.body.instance).toBe('/sessions');
  });
});

describe('the seeded P01 session holds the demo token pair of the spec\'s refresh example (mock-only)', () => {
  const demo = { tokenId: DEMO_CREDENTIALS.tokenId, refreshToken: DEMO_CREDENTIALS.refreshToken };

  it('refreshes once with the demo pair, after which the demo pair is rejected like any replaced pair', async () => {
    const refreshed = await mock.call('POST', '/api/auth/refresh', { body: demo });
    expect(refreshed.status).toBe(200);
    expect(decodeJwt(refreshed.body.tokenId).sid).toBe(P01_SESSION);
    expect(mock.api.store.getSession(P01_SESSION)).toMatchObject({ lastAccessAt: PINNED, expiresAt: '2023-08-05T09:30:00Z', _v: 3 });
    expect((await mock.call('POST', '/api/auth/refresh', { body: demo })).body).toMatchObject({ status: 401, detail: 'This token was replaced by a refresh; use the newest token.' });
    expect((await mock.call('GET', '/api/auth', { token: demo.tokenId })).status).toBe(401);
    expect((await mock.call('GET', '/api/auth', { token: refreshed.body.tokenId })).status).toBe(200);
  });

  it('is that session\'s bearer token: the profile of 999 on P01, and the P01 session is the one bumped', async () => {
    const profile = await mock.call('GET', '/api/auth', { token: demo.tokenId });
    expect(profile.body).toMatchObject({ userName: '999', device: { name: 'P01' } });
    expect(mock.api.store.getSession(P01_SESSION)).toMatchObject({ lastAccessAt: PINNED, _v: 3 });
  });

  it('dies with the session: a login on P01 or a DELETE ends it, and only a reset brings the seed back', async () => {
    await mock.login('999', 'P01');
    expect((await mock.call('POST', '/api/auth/refresh', { body: demo })).body).toMatchObject({ status: 401, detail: 'The session of this token was deleted or has expired; log in again.' });
    await mock.api.reset();
    expect((await mock.call('GET', '/api/auth', { token: demo.tokenId })).status).toBe(200);
    await mock.call('DELETE', `/sessions/${P01_SESSION}`, { token: demo.tokenId });
    expect((await mock.call('GET', '/api/auth', { token: demo.tokenId })).status).toBe(401);
    await mock.api.reset();
    expect((await mock.call('POST', '/api/auth/refresh', { body: demo })).status).toBe(200);
  });

  it('weakens no other token: the demo key signs nothing the mock accepts, and an altered demo token fails', async () => {
    // The key the demo token was signed with is public (token.ts); what it signs must still be rejected.
    const demoKey = new TextEncoder().encode('portos-mock demo credentials: public, accepted by exact match only');
    const { tokenId: other } = await mock.login('999', 'BackOffice');
    const claims = decodeJwt(other);
    const resigned = await new SignJWT({ sid: claims.sid }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setJti(claims.jti!).setSubject('999').setIssuedAt().setExpirationTime(claims.exp!).sign(demoKey);
    expect((await mock.call('GET', '/api/auth', { token: resigned })).status).toBe(401);
    const demoClaims = decodeJwt(demo.tokenId);
    const sameClaimsNewSignature = await new SignJWT({ sid: demoClaims.sid }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setJti(demoClaims.jti!).setSubject('999').setIssuedAt(demoClaims.iat!).setExpirationTime(demoClaims.exp!).sign(demoKey);
    expect(sameClaimsNewSignature).toBe(demo.tokenId);
    expect((await mock.call('GET', '/api/auth', { token: `${demo.tokenId}x` })).status).toBe(401);
    expect((await mock.call('GET', '/api/auth', { token: demo.tokenId.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })).status).toBe(401);
    expect((await mock.call('POST', '/api/auth/refresh', { body: { tokenId: demo.tokenId, refreshToken: 'pC73AvQ9x3hD0bTz63GkAAEpwtWB' } })).status).toBe(401);
  });

  it('is the pair only this instance\'s seeded P01 session holds: another mock\'s demo refresh does not touch this one', async () => {
    const other = createMockApi({ clock: PINNED });
    await other.ready;
    const answer = await other.handle(new Request('http://elsewhere.test/api/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demo) }));
    expect(answer?.status).toBe(200);
    expect((await mock.call('POST', '/api/auth/refresh', { body: demo })).status).toBe(200);
  });
});
