/**
 * One signature computation, the same for both sides: canonical request → its hash → string to sign →
 * HMAC under the day's key (docs/behaviour.md#nws4-signature). The signer feeds it every header it
 * sends; the verifier feeds it the headers named in `SignedHeaders`.
 */
import { canonicalRequest, signedHeaderNames, type HeaderPair } from './canonical-request.ts';
import { signatureOf, sha256Hex } from './hmac.ts';
import { dateOf, stringToSign } from './string-to-sign.ts';

export interface SignatureInput {
  method: string;
  url: URL;
  headers: readonly HeaderPair[];
  bodyHash: string;
  clientId: string;
  clientSecret: string;
  timestamp: string;
}

export interface SignatureResult {
  signedHeaders: string;
  canonicalRequest: string;
  signature: string;
}

export async function computeSignature(input: SignatureInput): Promise<SignatureResult> {
  const canonical = canonicalRequest(input);
  const toSign = stringToSign(input.timestamp, input.clientId, await sha256Hex(canonical));
  return {
    signedHeaders: signedHeaderNames(input.headers),
    canonicalRequest: canonical,
    signature: await signatureOf(input.clientSecret, dateOf(input.timestamp), toSign),
  };
}
