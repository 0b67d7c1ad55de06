/**
 * The byte-level helpers of NWS4: UTF-8, lowercase hex, and the RFC 3986 percent-encoding the reference
 * signers apply byte by byte (docs/behaviour.md#nws4-canonical-request). Web APIs only.
 */

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

const utf8 = new TextEncoder();

export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  return utf8.encode(text);
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Percent-encodes every UTF-8 byte outside `A-Za-z0-9-_.~` (and outside `alsoKeep`) as `%XX`, upper-case
 * hex: PHP's `rawurlencode` and the C# signer's `UrlEncode` agree on this, and `encodeURIComponent` does
 * not (it keeps `!'()*`).
 */
export function percentEncode(text: string, alsoKeep = ''): string {
  let encoded = '';
  for (const byte of utf8Bytes(text)) {
    const char = String.fromCharCode(byte);
    encoded += byte < 0x80 && (UNRESERVED.test(char) || alsoKeep.includes(char)) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/**
 * Reverses form-style URL encoding as the C# reader does (`HttpUtility.UrlDecode`: `+` is a space, hex in
 * either case); undefined for a `%` that does not start a valid UTF-8 escape.
 */
export function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}
