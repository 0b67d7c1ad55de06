/**
 * `signRequest`: a signed copy of a Fetch `Request`, as the reference signers sign
 * (docs/behaviour.md#nws4-signing): `x-nd-date` and `x-nd-content-sha256` set, every header the request
 * holds signed, and `host` signed from the URL. The copy does not carry a `host` header: Fetch forbids
 * setting one in browsers, and every HTTP client sends the URL's `host[:port]` as `Host` anyway, which
 * is the value signed (docs/behaviour.md#nws4-host).
 */
import { formatAuthorization } from './authorization.ts';
import { hostOf, type HeaderPair } from './canonical-request.ts';
import { computeSignature } from './compute-signature.ts';
import { sha256Hex } from './hmac.ts';
import { formatTimestamp } from './string-to-sign.ts';

export interface SignOptions {
  /** The API key's public id (`clientId` of `GET /apikeys`). */
  clientId: string;
  /** The API key's secret; it never leaves this function. */
  clientSecret: string;
  /** The signing instant; the current time when absent. */
  now?: Date;
}

/**
 * Signs a copy of `request`; the original stays usable (its body is read from a clone). An
 * `Authorization` header the request already holds is replaced, not signed
 * (docs/behaviour.md#nws4-signing).
 */
export async function signRequest(request: Request, { clientId, clientSecret, now = new Date() }: SignOptions): Promise<Request> {
  const body = new Uint8Array(await request.clone().arrayBuffer());
  const bodyHash = await sha256Hex(body);
  const timestamp = formatTimestamp(now);
  const url = new URL(request.url);

  const headers = new Headers(request.headers);
  headers.delete('authorization');
  headers.set('x-nd-date', timestamp);
  headers.set('x-nd-content-sha256', bodyHash);
  const signed: HeaderPair[] = [...headers];
  // A host header the request holds (possible in Node) is signed as it is, as the C# signer does.
  if (!headers.has('host')) signed.push(['host', hostOf(url)]);

  const { signedHeaders, signature } = await computeSignature({ method: request.method, url, headers: signed, bodyHash, clientId, clientSecret, timestamp });
  headers.set('authorization', formatAuthorization({ clientId, signedHeaders, timestamp, signature }));
  return new Request(request.clone(), { headers });
}
