/**
 * The hashes of NWS4 on Web Crypto (`crypto.subtle`), so signing and verifying run in a browser as in
 * Node: the body / canonical-request SHA-256, the signing key `HMAC("NWS4" + secret, yyyy-MM-dd)` and the
 * signature `HMAC(signingKey, stringToSign)` (docs/behaviour.md#nws4-signature).
 */
import { toHex, utf8Bytes } from './encoding.ts';

/** Lowercase hex SHA-256 (the value of `x-nd-content-sha256` for a body, or of the canonical request). */
export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', typeof data === 'string' ? utf8Bytes(data) : data));
}

async function hmac(key: Uint8Array<ArrayBuffer>, message: string): Promise<Uint8Array<ArrayBuffer>> {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, utf8Bytes(message)));
}

/** The day's key: HMAC-SHA256 keyed with `"NWS4" + clientSecret` over the timestamp's `yyyy-MM-dd`. */
function signingKey(clientSecret: string, date: string): Promise<Uint8Array<ArrayBuffer>> {
  return hmac(utf8Bytes(`NWS4${clientSecret}`), date);
}

/** Lowercase hex HMAC-SHA256 of the string to sign under the day's key. */
export async function signatureOf(clientSecret: string, date: string, stringToSign: string): Promise<string> {
  return toHex(await hmac(await signingKey(clientSecret, date), stringToSign));
}

/** Compares two signatures without stopping at the first differing character. */
export function sameSignature(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}
