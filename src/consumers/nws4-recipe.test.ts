// Recipe: signing a request with a PORTOS API key (docs/consumers.md#signing-requests-with-an-api-key). In
// your project, import from 'portos-mock/nws4'.
import { expect, it } from 'vitest';
import { signRequest, verifyRequest } from '../portos/nws4/index.ts';

const apiKey = { clientId: 'd948ec22e47790caacce234b792a0f117d85c365', clientSecret: process.env.PORTOS_API_SECRET ?? 'test-secret' };

it('signs a request with an API key, and the server side accepts it until it is changed', async () => {
  const request = new Request('https://portos.example/sessions?$sort=-lastAccessAt&$take=5', { headers: { accept: 'application/json' } });
  const signed = await signRequest(request, apiKey); // a copy with x-nd-date, x-nd-content-sha256, Authorization
  expect(signed.headers.get('authorization')).toMatch(/^NWS4-HMAC-SHA256 Credential%3D/);
  // await fetch(signed) sends it.

  // The server side: the request as received, a lookup of the key, the server's clock.
  const findKey = (clientId: string) => (clientId === apiKey.clientId ? { clientSecret: apiKey.clientSecret, isActive: true } : undefined);
  const received = { method: signed.method, url: signed.url, headers: signed.headers, body: await signed.text() };
  expect(await verifyRequest(received, { findKey, now: new Date() })).toEqual({ ok: true, clientId: apiKey.clientId });

  const tampered = { ...received, url: received.url.replace('$take=5', '$take=500') };
  expect(await verifyRequest(tampered, { findKey, now: new Date() })).toMatchObject({ ok: false, reason: 'bad-signature' });
});
