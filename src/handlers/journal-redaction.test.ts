/**
 * The journal keeps no secret of any body (docs/behaviour.md#control-requests): JSON that parses or
 * not, form bodies, plain text; by member name (the one list in src/http/secret-names.ts) and, for the
 * mock's own access tokens, by shape. And no body, however deep, breaks it or the binding (never a 500).
 */
import { describe, expect, it } from 'vitest';
import { SECRET_FIELD_NAMES } from '../http/index.ts';
import { journalBody } from './controls/journal.ts';
import { signRequest } from '../portos/nws4/index.ts';
import { ORIGIN, useMock } from './mock-client.test-support.ts';

const mock = useMock();

function journaled(): string {
  return JSON.stringify(mock.api.journal.entries.map((entry) => entry.body));
}

describe('the journal redacts secrets in any body', () => {
  it.each([
    ['JSON with a trailing comma', 'application/json', '{"UserName":"100","Password":"secret123","DeviceName":"BackOffice",}'],
    ['a form body', 'application/x-www-form-urlencoded', 'UserName=100&password=secret123&DeviceName=BackOffice'],
    ['plain text that looks like JSON', 'text/plain', 'login: "PASSWORD" : "secret123", whatever'],
    ['JSON nested in a string member', 'application/json', '{"note":"{\\"password\\": \\"secret123\\"}","UserName":"100","DeviceName":"BackOffice"}'],
  ])('16.12 redacts the password of %s', async (_what, contentType, rawBody) => {
    await mock.call('POST', '/api/auth', { rawBody, headers: { 'content-type': contentType } });
    expect(mock.api.journal.entries).toHaveLength(1);
    expect(journaled()).not.toContain('secret123');
    expect(journaled()).toContain('(redacted)');
  });

  it('16.12 redacts the tokens the mock issued, wherever a body carries them', async () => {
    const { tokenId, refreshToken } = await mock.login();
    await mock.call('POST', '/api/auth/refresh', { rawBody: `{"tokenId":"${tokenId}","refreshToken":"${refreshToken}",}`, headers: { 'content-type': 'application/json' } });
    await mock.call('POST', '/api/auth/refresh', { rawBody: `tokenId=${tokenId}&refreshToken=${refreshToken}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await mock.call('POST', '/api/auth', { body: { UserName: '999', DeviceName: 'P02', note: `my token is ${tokenId}` } });
    expect(journaled()).not.toContain(tokenId);
    expect(journaled()).not.toContain(refreshToken);
  });

  it('19.2 redacts an API key secret in any body, and keeps no signature (the journal keeps no headers)', async () => {
    const rawBody = '{"name":"K1","ClientSecret":"eshop-nws4-secret-0b7d2e9f41c6a853"}';
    const request = new Request(`${ORIGIN}/devices`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: rawBody });
    const signed = await signRequest(request, { clientId: 'a1b2c3d4e5f60718293a4b5c', clientSecret: 'eshop-nws4-secret-0b7d2e9f41c6a853', now: mock.api.clock.now() });
    const authorization = signed.headers.get('authorization')!;
    const { status } = await mock.call('POST', '/devices', { rawBody, headers: Object.fromEntries(signed.headers) });
    expect(status).toBe(400);
    await mock.call('POST', '/api/auth', { rawBody: 'clientsecret=eshop-nws4-secret-0b7d2e9f41c6a853', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(mock.api.journal.entries).toHaveLength(2);
    expect(mock.api.journal.entries[0]!.sessionId).toBeDefined();
    expect(journaled()).not.toContain('eshop-nws4-secret');
    const everything = JSON.stringify(mock.api.journal.entries);
    expect(everything).not.toContain(authorization.slice(-64));
    expect(everything).not.toMatch(/Signature|NWS4-HMAC/);
  });

  it('16.12 keeps one list of secret field names, matched in any letter case', () => {
    expect(SECRET_FIELD_NAMES).toEqual(['password', 'tokenId', 'refreshToken', 'clientSecret']);
    expect(journalBody('{"PASSWORD":"a","TokenID":"b","refreshtoken":"c","x":[{"Password":"d"}]}')).toEqual({
      PASSWORD: '(redacted)',
      TokenID: '(redacted)',
      refreshtoken: '(redacted)',
      x: [{ Password: '(redacted)' }],
    });
  });
});

describe('a body nested 5000 deep', () => {
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const deepObject = `${'{"a":'.repeat(5000)}{"Password":"secret123"}${'}'.repeat(5000)}`;

  it('16.10 a JSON body nested 5000 deep is a 400 naming the body, never a 500, on every operation and control that reads a body', async () => {
    const { tokenId } = await mock.login();
    for (const [method, path] of [['POST', '/api/auth'], ['POST', '/api/auth/refresh'], ['POST', '/__mock/clock'], ['POST', '/__mock/scenario'], ['PUT', '/__mock/state']]) {
      for (const rawBody of [deep, deepObject]) {
        const { status, body } = await mock.call(method!, path!, { rawBody, token: tokenId, headers: { 'content-type': 'application/json' } });
        expect(status, `${method} ${path}`).toBe(400);
        expect(body.errors[0].memberName, `${method} ${path}`).toBe('$');
        expect(body.errors[0].message).toContain('deeper than 64 levels');
      }
    }
    expect(journaled()).not.toContain('secret123');
    expect((await mock.call('GET', '/__mock/requests')).status).toBe(200);
  });

  it('16.10 the journal keeps a deep body without recursing through it', () => {
    expect(() => journalBody(deep)).not.toThrow();
    expect(JSON.stringify(journalBody(deepObject))).toContain('nested deeper than 64 levels');
  });
});
