/**
 * The `WWW-Authenticate` challenge a server sends with a 401 for a signed request, in the reference
 * server's words (docs/behaviour.md#nws4-challenge): `NWS4-HMAC-SHA256 realm="…", charset="UTF-8"`.
 */
import { NWS4_SCHEME } from './string-to-sign.ts';

/** The realm the mock names in its challenge (PORTOS's own realm string is not published). */
export const NWS4_REALM = 'PORTOS';

/** `NWS4-HMAC-SHA256 realm="<realm>", charset="UTF-8"`; quotes and backslashes in the realm are escaped. */
export function nws4Challenge(realm: string = NWS4_REALM): string {
  return `${NWS4_SCHEME} realm="${realm.replace(/["\\]/g, '\\$&')}", charset="UTF-8"`;
}
