/**
 * The journal keeps no secret of any body (docs/behaviour.md#control-requests): JSON that parses or
 * not, form bodies, plain text; by member name (the one list in src/http/secret-names.ts) and, for the
 * mock's own access tokens, by shape. And no body, however deep, breaks it or the binding (never a 500).
 */
import { describe, expect, it } from 'vitest';
import { SECRET_FIELD_NAMES } from '../http/index.ts';
import { journalBody } from './controls/journal.ts';
import { useMock } from './mock-client.test-support.ts';

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

  it('16.12 keeps one list of secret field names, matched in any letter case', () => {
    expect(SECRET_FIELD_NAMES).toEqual(['password', 'tokenId', 'refreshToken']);
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
