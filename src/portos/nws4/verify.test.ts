import { describe, expect, it } from 'vitest';
import { nws4Challenge } from './challenge.ts';
import { signRequest } from './sign.ts';
import { verifyRequest, type SignedRequestInput, type VerifyOptions } from './verify.ts';

const KEY = { clientId: 'ci-bot', clientSecret: 's3cret' };
const SIGNED_AT = new Date('2024-03-10T12:00:00.000Z');
const keys: VerifyOptions['findKey'] = (id) =>
  id === KEY.clientId ? { clientSecret: KEY.clientSecret, isActive: true } : id === 'retired' ? { clientSecret: 'old', isActive: false } : undefined;

async function signed(init: RequestInit = {}, url = 'http://127.0.0.1:4010/sessions?$top=2', key = KEY): Promise<SignedRequestInput> {
  const request = await signRequest(new Request(url, init), { ...key, now: SIGNED_AT });
  return { method: request.method, url: request.url, headers: request.headers, body: await request.text() };
}

const at = (offsetMs: number) => ({ findKey: keys, now: new Date(SIGNED_AT.getTime() + offsetMs) });
const reasonOf = async (input: SignedRequestInput, offsetMs = 0) => {
  const result = await verifyRequest(input, at(offsetMs));
  return result.ok ? 'ok' : result.reason;
};

describe('verifyRequest accepts what signRequest signs (docs/behaviour.md#nws4-verification)', () => {
  it('accepts a signed POST and names its client', async () => {
    expect(await verifyRequest(await signed({ method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } }), at(0))).toEqual({ ok: true, clientId: 'ci-bot' });
  });

  it('accepts headers as Node gives them (a record, arrays joined) and as pairs', async () => {
    const input = await signed({ headers: { 'x-trace': 'a' } });
    const record = Object.fromEntries(input.headers as Headers);
    expect(await reasonOf({ ...input, headers: { ...record, 'X-Unsigned': ['1', '2'] } })).toBe('ok');
    expect(await reasonOf({ ...input, headers: [...(input.headers as Headers)] })).toBe('ok');
  });

  it('takes host from a Host header when the door has one, and from the URL when it has none (docs/behaviour.md#nws4-host)', async () => {
    const input = await signed();
    expect(new Headers(input.headers as Headers).has('host')).toBe(false);
    expect(await reasonOf({ ...input, headers: [...(input.headers as Headers), ['host', '127.0.0.1:4010']] })).toBe('ok');
    expect(await reasonOf({ ...input, headers: [...(input.headers as Headers), ['host', 'evil.test']] })).toBe('bad-signature');
  });
});

describe('the time window: ±150 s of the server clock (docs/behaviour.md#nws4-time-window)', () => {
  it.each([
    ['150 s after signing', 150_000, 'ok'],
    ['150 s before signing', -150_000, 'ok'],
    ['150.001 s after signing', 150_001, 'stale-timestamp'],
    ['151 s after signing', 151_000, 'stale-timestamp'],
    ['151 s before signing', -151_000, 'stale-timestamp'],
  ])('a server clock %s answers %s', async (_, offset, expected) => {
    expect(await reasonOf(await signed(), offset)).toBe(expected);
  });

  it('says how far off the timestamp is and which way', async () => {
    const result = await verifyRequest(await signed(), at(-200_000));
    expect(result).toEqual({ ok: false, reason: 'stale-timestamp', detail: expect.stringMatching(/200 s after the server's clock/) });
  });
});

describe('each failure has its reason and a sentence saying which', () => {
  it('malformed: no Authorization, another scheme, a broken value, a bad timestamp, an empty name', async () => {
    const input = await signed();
    const headers = new Headers(input.headers as Headers);
    const withAuthorization = (value: string | undefined) => {
      const copy = new Headers(headers);
      if (value === undefined) copy.delete('authorization');
      else copy.set('authorization', value);
      return { ...input, headers: copy };
    };
    const authorization = headers.get('authorization') ?? '';
    for (const broken of [
      withAuthorization(undefined),
      withAuthorization('Bearer eyJ'),
      withAuthorization('NWS4-HMAC-SHA256 garbage'),
      withAuthorization(authorization.replace('2024-03-10T12%253A00%253A00.000Z', '2024-03-10T12%253A00%253A00Z')),
      withAuthorization(authorization.replace('SignedHeaders%3D', 'SignedHeaders%3D%253B')),
    ]) {
      const result = await verifyRequest(broken, at(0));
      expect(result).toEqual({ ok: false, reason: 'malformed', detail: expect.stringMatching(/\.$/) });
    }
  });

  it('unknown-key: a Credential no key has', async () => {
    const result = await verifyRequest(await signed({}, undefined, { clientId: 'nobody', clientSecret: 'x' }), at(0));
    expect(result).toEqual({ ok: false, reason: 'unknown-key', detail: 'No API key has the Credential this request was signed with.' });
  });

  it('inactive-key: a key whose isActive is false, even when signed with its secret', async () => {
    const result = await verifyRequest(await signed({}, undefined, { clientId: 'retired', clientSecret: 'old' }), at(0));
    expect(result).toEqual({ ok: false, reason: 'inactive-key', detail: 'The API key this request was signed with is not active.' });
  });

  it('missing-signed-header: a header named in SignedHeaders that the request does not carry', async () => {
    const input = await signed({ headers: { 'x-trace': 'a' } });
    const headers = new Headers(input.headers as Headers);
    headers.delete('x-trace');
    expect(await verifyRequest({ ...input, headers }, at(0))).toEqual({
      ok: false,
      reason: 'missing-signed-header',
      detail: 'The header "x-trace" is named in SignedHeaders but the request does not carry it.',
    });
  });

  it('body-hash-mismatch: a body that is not the one x-nd-content-sha256 names', async () => {
    const input = await signed({ method: 'POST', body: '{"a":1}' });
    expect(await reasonOf({ ...input, body: '{"a":2}' })).toBe('body-hash-mismatch');
    expect(await reasonOf({ ...input, body: new TextEncoder().encode('{"a":1}') })).toBe('ok');
  });

  it('bad-signature: a signed header changed, or the wrong secret', async () => {
    const input = await signed({ headers: { 'x-trace': 'a' } });
    const headers = new Headers(input.headers as Headers);
    headers.set('x-trace', 'b');
    expect(await reasonOf({ ...input, headers })).toBe('bad-signature');
    const forged = await signed({}, undefined, { clientId: KEY.clientId, clientSecret: 'guessed' });
    expect(await verifyRequest(forged, at(0))).toEqual({ ok: false, reason: 'bad-signature', detail: expect.stringMatching(/^Invalid signature/) });
  });

  it('checks the signature before the window, as the reference server does', async () => {
    const input = await signed();
    expect(await reasonOf({ ...input, method: 'DELETE' }, 10 * 60_000)).toBe('bad-signature');
  });
});

describe('signRequest', () => {
  it('leaves the original request usable and replaces an Authorization it held instead of signing it', async () => {
    const original = new Request('http://portos.test/api/auth', { method: 'POST', body: 'x', headers: { authorization: 'Bearer old' } });
    const copy = await signRequest(original, { ...KEY, now: SIGNED_AT });
    expect(await original.text()).toBe('x');
    expect(original.headers.get('authorization')).toBe('Bearer old');
    expect(copy.headers.get('authorization')).toMatch(/^NWS4-HMAC-SHA256 Credential%3Dci-bot%2CSignedHeaders%3Dcontent-type%253Bhost%253Bx-nd-content-sha256%253Bx-nd-date%2C/);
    expect(copy.headers.get('x-nd-date')).toBe('2024-03-10T12:00:00.000Z');
  });

  it('signs with the current time when no now is given', async () => {
    const copy = await signRequest(new Request('http://portos.test/'), KEY);
    const signedAt = Date.parse(copy.headers.get('x-nd-date') ?? '');
    expect(Math.abs(signedAt - Date.now())).toBeLessThan(5_000);
  });
});

describe('nws4Challenge (docs/behaviour.md#nws4-challenge)', () => {
  it('is the reference server’s WWW-Authenticate value', () => {
    expect(nws4Challenge()).toBe('NWS4-HMAC-SHA256 realm="PORTOS", charset="UTF-8"');
    expect(nws4Challenge('a "b"')).toBe('NWS4-HMAC-SHA256 realm="a \\"b\\"", charset="UTF-8"');
  });
});
