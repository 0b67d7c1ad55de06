/**
 * `verifyRequest`: the server side of NWS4, independent of any door (the node server and the msw
 * handlers both describe a request as method, URL, headers and body). It rebuilds the canonical request
 * from the headers named in `SignedHeaders`, recomputes the signature with the key's secret, and checks
 * the timestamp against the caller's clock (docs/behaviour.md#nws4-verification). Every failure says
 * which rule failed, for a 401 whose detail a developer can act on.
 */
import { parseAuthorization } from './authorization.ts';
import { hostOf, type HeaderPair } from './canonical-request.ts';
import { computeSignature } from './compute-signature.ts';
import { sameSignature, sha256Hex } from './hmac.ts';
import { parseTimestamp } from './string-to-sign.ts';
import { utf8Bytes } from './encoding.ts';

/** Headers as a door holds them: a Fetch `Headers`, name/value pairs, or Node's `IncomingHttpHeaders`. */
export type HeaderSource =
  | Headers
  | Iterable<readonly [string, string]>
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface SignedRequestInput {
  method: string;
  /** The absolute URL the request was sent to. */
  url: string | URL;
  headers: HeaderSource;
  /** The body as received; absent or empty for none. */
  body?: string | Uint8Array<ArrayBuffer> | ArrayBuffer | null | undefined;
}

/** What the verifier needs to know of an API key. */
export interface ApiKeySecret {
  clientSecret: string;
  isActive: boolean;
}

export interface VerifyOptions {
  /** The key with this `clientId`, or undefined when there is none. */
  findKey(clientId: string): ApiKeySecret | undefined | Promise<ApiKeySecret | undefined>;
  /** The server's clock (the mock passes its own, pinned or moved). */
  now: Date;
}

export type VerifyFailureReason =
  | 'malformed'
  | 'unknown-key'
  | 'inactive-key'
  | 'stale-timestamp'
  | 'missing-signed-header'
  | 'bad-signature'
  | 'body-hash-mismatch';

export type VerifyResult =
  | { ok: true; clientId: string }
  | { ok: false; reason: VerifyFailureReason; detail: string };

/** A signature is accepted up to this far from the server's clock, either way: ±150 s, a 300 s window. */
export const NWS4_MAX_CLOCK_SKEW_MS = 150_000;

function headerMap(source: HeaderSource): Map<string, string> {
  const map = new Map<string, string>();
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    const earlier = map.get(key);
    map.set(key, earlier === undefined ? value : `${earlier}, ${value}`);
  };
  if (Symbol.iterator in source) {
    for (const [name, value] of source as Iterable<readonly [string, string]>) add(name, value);
  } else {
    for (const [name, value] of Object.entries(source)) {
      if (value === undefined) continue;
      add(name, typeof value === 'string' ? value : value.join(', '));
    }
  }
  return map;
}

function bodyBytes(body: SignedRequestInput['body']): Uint8Array<ArrayBuffer> {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string') return utf8Bytes(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

const fail = (reason: VerifyFailureReason, detail: string): VerifyResult => ({ ok: false, reason, detail });

/** Checks an NWS4-signed request; `{ ok: true, clientId }` or the first rule it breaks. */
export async function verifyRequest(request: SignedRequestInput, { findKey, now }: VerifyOptions): Promise<VerifyResult> {
  const headers = headerMap(request.headers);
  const authorization = headers.get('authorization');
  if (authorization === undefined) return fail('malformed', 'The request has no Authorization header.');
  const parts = parseAuthorization(authorization);
  if ('error' in parts) return fail('malformed', parts.error);
  const signedAt = parseTimestamp(parts.timestamp);
  if (!signedAt) return fail('malformed', 'The Authorization Timestamp is not a UTC time written yyyy-MM-ddTHH:mm:ss.fffZ.');
  const names = parts.signedHeaders === '' ? [] : [...new Set(parts.signedHeaders.toLowerCase().split(';'))];
  if (names.includes('')) return fail('malformed', 'The Authorization SignedHeaders list has an empty name.');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return fail('malformed', 'The request URL is not absolute.');
  }

  const key = await findKey(parts.clientId);
  if (!key) return fail('unknown-key', 'No API key has the Credential this request was signed with.');
  if (!key.isActive) return fail('inactive-key', 'The API key this request was signed with is not active.');

  const signed: HeaderPair[] = [];
  for (const name of names) {
    // A door that builds the request from its URL (msw in a browser) holds no Host header: the URL's
    // host[:port] is what the client sent (docs/behaviour.md#nws4-host).
    const value = headers.get(name) ?? (name === 'host' ? hostOf(url) : undefined);
    if (value === undefined) return fail('missing-signed-header', `The header ${JSON.stringify(name)} is named in SignedHeaders but the request does not carry it.`);
    signed.push([name, value]);
  }

  const bodyHash = await sha256Hex(bodyBytes(request.body));
  const declaredHash = headers.get('x-nd-content-sha256');
  if (names.includes('x-nd-content-sha256') && declaredHash !== undefined && declaredHash.trim().toLowerCase() !== bodyHash) {
    return fail('body-hash-mismatch', 'The body does not match its x-nd-content-sha256 header.');
  }

  const { signature } = await computeSignature({
    method: request.method,
    url,
    headers: signed,
    bodyHash,
    clientId: parts.clientId,
    clientSecret: key.clientSecret,
    timestamp: parts.timestamp,
  });
  if (!sameSignature(signature, parts.signature)) return fail('bad-signature', 'Invalid signature: the request differs from what was signed, or was signed with another secret.');

  const skew = signedAt.getTime() - now.getTime();
  if (Math.abs(skew) > NWS4_MAX_CLOCK_SKEW_MS) {
    const direction = skew < 0 ? 'before' : 'after';
    return fail('stale-timestamp', `The request was signed ${Math.round(Math.abs(skew) / 1000)} s ${direction} the server's clock; at most 150 s either way is accepted.`);
  }
  return { ok: true, clientId: parts.clientId };
}
