/**
 * The `Authorization` value of a signed request, written and read as the reference signers do
 * (docs/behaviour.md#nws4-authorization-header): `NWS4-HMAC-SHA256 ` + the URL-encoding of
 * `Credential={clientId},SignedHeaders={encoded names},Timestamp={encoded timestamp},Signature={hex}`, so
 * the names and the timestamp end up encoded twice (`%253B`, `%253A`).
 */
import { percentDecode, percentEncode } from './encoding.ts';
import { NWS4_SCHEME } from './string-to-sign.ts';

export interface AuthorizationParts {
  clientId: string;
  /** `accept;content-type;host;…` as signed. */
  signedHeaders: string;
  timestamp: string;
  signature: string;
}

export function formatAuthorization({ clientId, signedHeaders, timestamp, signature }: AuthorizationParts): string {
  const parameters = `Credential=${clientId},SignedHeaders=${percentEncode(signedHeaders)},Timestamp=${percentEncode(timestamp)},Signature=${signature}`;
  return `${NWS4_SCHEME} ${percentEncode(parameters)}`;
}

const PARAMETERS = /^Credential=(.*?),SignedHeaders=(.*?),Timestamp=(.*?),Signature=(.*?)$/s;

/** The parts of an NWS4 `Authorization` value, or a sentence saying what is wrong with it. */
export function parseAuthorization(value: string): AuthorizationParts | { error: string } {
  const space = value.indexOf(' ');
  const scheme = space < 0 ? value : value.slice(0, space);
  if (scheme !== NWS4_SCHEME) return { error: `The Authorization header does not use the ${NWS4_SCHEME} scheme.` };
  const decoded = percentDecode(value.slice(space + 1));
  const match = decoded === undefined ? null : PARAMETERS.exec(decoded);
  if (!match) return { error: 'The Authorization header is not Credential=…,SignedHeaders=…,Timestamp=…,Signature=… URL-encoded.' };
  const [, clientId = '', encodedNames = '', encodedTimestamp = '', signature = ''] = match;
  const signedHeaders = percentDecode(encodedNames);
  const timestamp = percentDecode(encodedTimestamp);
  if (signedHeaders === undefined || timestamp === undefined) return { error: 'The Authorization header has a badly encoded SignedHeaders or Timestamp.' };
  if (clientId === '') return { error: 'The Authorization header names no Credential.' };
  return { clientId, signedHeaders, timestamp, signature };
}
