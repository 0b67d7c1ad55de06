/**
 * NWS4-HMAC-SHA256, PORTOS's API-key request signing, for clients and for the mock
 * (docs/behaviour.md#nws4-signing). `signRequest` turns a Fetch `Request` into a signed copy exactly as
 * PORTOS's reference signers would (the published test vector reproduces byte for byte);
 * `verifyRequest` is the server side the mock runs behind both doors, answering which rule a request
 * breaks; `nws4Challenge` is the `WWW-Authenticate` value of its 401s. Web Crypto and `TextEncoder`
 * only: it runs in browsers, workers and Node alike.
 *
 * Exports: `signRequest`, `SignOptions`; `verifyRequest`, `SignedRequestInput`, `HeaderSource`,
 * `ApiKeySecret`, `VerifyOptions`, `VerifyResult`, `VerifyFailureReason`, `NWS4_MAX_CLOCK_SKEW_MS`;
 * `nws4Challenge`, `NWS4_REALM`, `NWS4_SCHEME`.
 *
 * @module
 */
export { signRequest, type SignOptions } from './sign.ts';
export {
  verifyRequest,
  NWS4_MAX_CLOCK_SKEW_MS,
  type ApiKeySecret,
  type HeaderSource,
  type SignedRequestInput,
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
} from './verify.ts';
export { nws4Challenge, NWS4_REALM } from './challenge.ts';
export { NWS4_SCHEME } from './string-to-sign.ts';
