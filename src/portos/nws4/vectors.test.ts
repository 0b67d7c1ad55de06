/**
 * The published test vectors of PORTOS's reference signers (the C# and PHP test suites), reproduced
 * byte for byte through `signRequest` (docs/behaviour.md#nws4-signing). Inputs and expected outputs are
 * facts copied from those suites; nothing here is computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { canonicalQuery } from './canonical-request.ts';
import { sha256Hex } from './hmac.ts';
import { parseAuthorization } from './authorization.ts';
import { computeSignature } from './compute-signature.ts';
import { signRequest } from './sign.ts';
import { verifyRequest } from './verify.ts';

const CLIENT_ID = 'd948ec22e47790caacce234b792a0f117d85c365';
const CLIENT_SECRET = '5070adfb2bedf1c0c97d5c8cfa8c794d513249b802ea10596a175d88828abc19';

const published = {
  method: 'POST',
  url: 'http://example.com:8080/api/user?i=1$ref=1&validate',
  headers: [
    ['Content-Type', 'application/json'],
    ['Accept', 'application/json'],
  ] as [string, string][],
  body: '{"name":"John"}',
  timestamp: '2023-05-30T13:17:01.992Z',
  expected: {
    bodySha256: 'f498513cc6d902a32254a1d795e2031636dea18dce65ba10e94e83189e50cbb8',
    canonicalQuery: 'i=1%24ref&validate=',
    canonicalRequestSha256: '669ed6079db48d817f5c2992f21dbbb9e2211e98db4c225facb17fe40511c148',
    signature: '87c7a2057285f0db8dc3b7c95c15fe5476f5ab44b73b3e15990d8b1a837d4ddb',
    authorization:
      'NWS4-HMAC-SHA256 Credential%3Dd948ec22e47790caacce234b792a0f117d85c365%2CSignedHeaders%3Daccept%253Bcontent-type%253Bhost%253Bx-nd-content-sha256%253Bx-nd-date%2CTimestamp%3D2023-05-30T13%253A17%253A01.992Z%2CSignature%3D87c7a2057285f0db8dc3b7c95c15fe5476f5ab44b73b3e15990d8b1a837d4ddb',
  },
};

function publishedRequest(): Request {
  return new Request(published.url, { method: published.method, headers: published.headers, body: published.body });
}

describe('the published NWS4 vector (POST /api/user?i=1$ref=1&validate)', () => {
  it('signRequest writes the published Authorization value byte for byte', async () => {
    const signed = await signRequest(publishedRequest(), { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, now: new Date(published.timestamp) });
    expect(signed.headers.get('authorization')).toBe(published.expected.authorization);
    expect(signed.headers.get('x-nd-date')).toBe(published.timestamp);
    expect(signed.headers.get('x-nd-content-sha256')).toBe(published.expected.bodySha256);
    expect(await signed.text()).toBe(published.body);
  });

  it('reproduces each intermediate value: body hash, canonical query, canonical request hash, signature', async () => {
    const url = new URL(published.url);
    expect(await sha256Hex(published.body)).toBe(published.expected.bodySha256);
    expect(canonicalQuery(url)).toBe(published.expected.canonicalQuery);
    const { canonicalRequest, signature } = await computeSignature({
      method: published.method,
      url,
      headers: [...published.headers, ['host', 'example.com:8080'], ['x-nd-date', published.timestamp], ['x-nd-content-sha256', published.expected.bodySha256]],
      bodyHash: published.expected.bodySha256,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      timestamp: published.timestamp,
    });
    expect(await sha256Hex(canonicalRequest)).toBe(published.expected.canonicalRequestSha256);
    expect(signature).toBe(published.expected.signature);
  });

  it('verifies the published request at its own time, with host taken from the URL', async () => {
    const headers = [...published.headers, ['x-nd-date', published.timestamp], ['x-nd-content-sha256', published.expected.bodySha256], ['Authorization', published.expected.authorization]] as [string, string][];
    const result = await verifyRequest(
      { method: published.method, url: published.url, headers, body: published.body },
      { findKey: (id) => (id === CLIENT_ID ? { clientSecret: CLIENT_SECRET, isActive: true } : undefined), now: new Date(published.timestamp) },
    );
    expect(result).toEqual({ ok: true, clientId: CLIENT_ID });
  });

  it('reads the published Authorization value back into its parts, each decoded once more', () => {
    expect(parseAuthorization(published.expected.authorization)).toEqual({
      clientId: CLIENT_ID,
      signedHeaders: 'accept;content-type;host;x-nd-content-sha256;x-nd-date',
      timestamp: published.timestamp,
      signature: published.expected.signature,
    });
  });
});

describe('the C# suite’s other vectors', () => {
  it('Ticket_7928: PUT to an IP with a non-default port, a body with escaped non-ASCII', async () => {
    const body =
      '{"ArticleCategoryLabel":"PLK","Code":8,"Id":"GQR5xWLN","IsActive":true,"IsDiscountAllowed":true,"IsPriceFixed":false,"Name":"Kozmetick\\u00e1 ta\\u0161ti\\u010dka Folk \\"CIERNA IV\\" Strieborn\\u00e1","Description":"Kozmetick\\u00e1 ta\\u0161ti\\u010dka Folk \\"CIERNA IV\\" Strieborn\\u00e1","Codes":["KTF9IV"],"RetailPrice":{"Amount":30,"CurrencyLabel":"EUR"},"StockName":"Polo\\u017eky","StockQuantity":{"Amount":0,"Unit":"ks"},"StockValue":{"Amount":0,"CurrencyLabel":"EUR"},"Type":"StockItem","Unit":"ks","VatCategory":1}';
    const request = new Request('http://213.160.191.53:4000/api/plus/GQR5xWLN', {
      method: 'PUT',
      headers: [
        ['User-Agent', 'GuzzleHttp/7'],
        ['Accept-Encoding', 'gzip'],
        ['Content-Type', 'application/json'],
      ],
      body,
    });
    const signed = await signRequest(request, { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, now: new Date('2023-05-30T07:37:59.390Z') });
    expect(signed.headers.get('authorization')).toBe(
      'NWS4-HMAC-SHA256 Credential%3Dd948ec22e47790caacce234b792a0f117d85c365%2CSignedHeaders%3Daccept-encoding%253Bcontent-type%253Bhost%253Buser-agent%253Bx-nd-content-sha256%253Bx-nd-date%2CTimestamp%3D2023-05-30T07%253A37%253A59.390Z%2CSignature%3D6dc1d647dcbd3c9180fcc5f59d110bdabc94493e1a92ed36deaeddd8e1d512c3',
    );
  });

  it('__tenant: a header that sorts last in SignedHeaders and first in the header block', async () => {
    const request = new Request('http://ekasa-cloud-int.ninedigit.sk/api/v1/registrations/receipts', {
      method: 'POST',
      headers: [['__tenant', '39ff67bf-0182-4903-c820-2dd75eed9d21']],
      // Bytes, not a string: Fetch gives a string body `content-type: text/plain`, which would be signed too.
      body: new TextEncoder().encode('{\n    "Key": "Value"\n}'),
    });
    const signed = await signRequest(request, {
      clientId: 'd51fbd43e205b16a806ca2399c7023b8',
      clientSecret: '1adaee8c378449453dcf40625d20d6b65b02f51aa28191df874296c1f13c8243',
      now: new Date('2022-02-07T10:47:53.026Z'),
    });
    expect(signed.headers.get('authorization')).toBe(
      'NWS4-HMAC-SHA256 Credential%3Dd51fbd43e205b16a806ca2399c7023b8%2CSignedHeaders%3Dhost%253Bx-nd-content-sha256%253Bx-nd-date%253B__tenant%2CTimestamp%3D2022-02-07T10%253A47%253A53.026Z%2CSignature%3D6a130431fc7fe63f42821426028af06ba73bbdbb5e1a65e4d54249877603bcfe',
    );
  });
});
