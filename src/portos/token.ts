/**
 * Tokens: the `tokenId` is an HS256 JWT whose `sid` claim names the session; the refresh token is opaque.
 * Each signer has its own random key, so tokens from another mock instance fail the signature check, and
 * `rotateKey()` (on reset) makes every earlier token fail it too.
 *
 * @note HS256 through the Web Crypto API (browsers, service workers and Node all have it) rather than
 * jose: one algorithm, one key type and a fixed header need ≈ 40 lines, and jose was ≈ 5 KB gzipped of
 * every page that bundles the handlers (docs/benchmarks.md). The tests check the tokens both ways with
 * jose (src/portos/token.test.ts).
 */
import { randomAlphanumeric, randomKey } from './random.ts';

/** What a token says, once its signature is checked. */
export interface TokenClaims {
  /** The session the token belongs to. */
  sessionId: string;
  /** This token's own id (`jti`); a refresh issues a new one and the old one stops working. */
  tokenId: string;
  /** The user name (`sub`). */
  userName: string;
  /** `exp`, seconds since the epoch: the session's `expiresAt` when the token was issued. */
  expiresAt: number;
}

export interface TokenSigner {
  sign(claims: TokenClaims, issuedAt: Date): Promise<string>;
  /** The claims of a well-formed token signed with the current key; undefined for anything else. */
  verify(token: string): Promise<TokenClaims | undefined>;
  /**
   * The claims of a token this signer issued or verified with the current key, found by lookup (no
   * signature to check, no wait); undefined when it does not know the token (then `verify` decides).
   */
  known(token: string): TokenClaims | undefined;
  /** A new key: every token signed before is rejected from now on. */
  rotateKey(): void;
  /** The signing key as text, so a saved state keeps issued tokens valid (`restoreKey`). */
  exportKey(): string;
  /** Signs and verifies with this key from now on (a key from `exportKey`); false when it is not one. */
  restoreKey(text: string): boolean;
}

/** A new opaque refresh token (28 letters and digits, as long as the spec's example). */
export function newRefreshToken(): string {
  return randomAlphanumeric(28);
}

/** A new token id (`jti`). */
export function newTokenId(): string {
  return randomAlphanumeric(22);
}

/**
 * The demo token pair of the seeded session `soZIt6uj62fzs8ep4UvnNSxRXFryUiq3` (999 on P01, the first
 * session of the PORTOS Sessions page): the pair the spec's refresh example sends, so that example runs
 * as written (docs/behaviour.md#executable-examples). Mock-only.
 *
 * @note It is accepted by exact match of the whole string, never through a key: `tokenId` was signed
 * once (HS256, key "portos-mock demo credentials: public, accepted by exact match only") with the
 * session's `startedAt` as `iat` and its `expiresAt` at the pinned clock 2023-08-04T21:30:00Z as `exp`.
 * Any other token signed with that key fails the instance key's check like any forgery. The session
 * holds this pair from seed time (and again after each reset) until a refresh rotates it, a login on P01
 * ends the session, or the session is deleted: from then on it is rejected like any replaced token.
 */
export const DEMO_CREDENTIALS = {
  tokenId:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzaWQiOiJzb1pJdDZ1ajYyZnpzOGVwNFV2bk5TeFJYRnJ5VWlxMyIsImp0aSI6IkRlbW9Ub2tlbk9mUDAxU2Vzc2lvbjAiLCJzdWIiOiI5OTkiLCJpYXQiOjE2OTExNDc5NzgsImV4cCI6MTY5MTE5MTE3OX0.UOvHYMJu0BX8lpz_6Iurz-oUuM5_QN-YNRXchP2UsX4',
  refreshToken: 'pC73AvQ9x3hD0bTz63GkAAEpwtWA',
  claims: {
    sessionId: 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3',
    tokenId: 'DemoTokenOfP01Session0',
    userName: '999',
    expiresAt: 1691191179,
  } satisfies TokenClaims,
} as const;

/** How many verified tokens a signer remembers (a dev server or a test run uses a handful at a time). */
const VERIFIED_CACHE_LIMIT = 1000;

/** The protected header of every token this mock signs (`{"alg":"HS256","typ":"JWT"}`), encoded. */
const HEADER = base64url(new TextEncoder().encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url segment (no padding), or undefined when it is not one. */
function fromBase64url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  // Only the canonical spelling: a last character whose unused low bits are set decodes to the same bytes
  // (…A and …B end the same signature), and a changed byte of a token must never still verify.
  return base64url(bytes) === text ? bytes : undefined;
}

/** Whether a decoded header names HS256 and nothing this signer does not implement (`crit` extensions). */
function isHs256Header(bytes: Uint8Array): boolean {
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return !!header && typeof header === 'object' && !Array.isArray(header) && (header as Record<string, unknown>).alg === 'HS256' && !('crit' in header);
  } catch {
    return false;
  }
}

/** An HMAC-SHA-256 key for Web Crypto, imported once per key (each import costs as much as a signature). */
function hmacKey(bytes: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

export function createTokenSigner(): TokenSigner {
  let key = randomKey();
  let cryptoKey = hmacKey(key);
  // @note A token's signature check is a pure function of the token and the key, and it was the largest
  // single cost of a request. So verified claims are remembered per key; a new key starts an empty cache.
  // Whether the token may be used is still decided per request by its session.
  let verified = new Map<string, TokenClaims>();
  const useKey = (bytes: Uint8Array) => {
    key = bytes;
    cryptoKey = hmacKey(bytes);
    verified = new Map();
  };
  const remember = (token: string, claims: TokenClaims) => {
    if (verified.size >= VERIFIED_CACHE_LIMIT) verified.delete(verified.keys().next().value!);
    verified.set(token, claims);
  };
  return {
    async sign(claims, issuedAt) {
      // The claims in the order the tokens have always had: sid, jti, sub, iat, exp.
      const payload = { sid: claims.sessionId, jti: claims.tokenId, sub: claims.userName, iat: Math.floor(issuedAt.getTime() / 1000), exp: claims.expiresAt };
      const input = `${HEADER}.${base64url(new TextEncoder().encode(JSON.stringify(payload)))}`;
      const keyAtStart = cryptoKey;
      const signature = await crypto.subtle.sign('HMAC', await keyAtStart, new TextEncoder().encode(input));
      const token = `${input}.${base64url(new Uint8Array(signature))}`;
      // The mock issued it: its first use needs no HMAC either (unless the key changed while signing).
      if (keyAtStart === cryptoKey) remember(token, { sessionId: claims.sessionId, tokenId: claims.tokenId, userName: claims.userName, expiresAt: claims.expiresAt });
      return token;
    },
    known: (token) => verified.get(token),
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      // @note Only the signature is checked here (what jose's compactVerify did, not jwtVerify): whether
      // the token may be used is decided by its session (alive, not deleted, this token not replaced), and
      // a refresh must accept a token whose own time is up.
      const keyAtStart = cryptoKey;
      const parts = token.split('.');
      if (parts.length !== 3) return undefined;
      const [header, payload, signature] = parts.map(fromBase64url);
      if (!header || !payload || !signature || !isHs256Header(header)) return undefined;
      const signed = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
      // crypto.subtle.verify compares in constant time.
      if (!(await crypto.subtle.verify('HMAC', await keyAtStart, signature as Uint8Array<ArrayBuffer>, signed))) return undefined;
      const claims = claimsOf(payload);
      // A key rotated while verifying: the answer holds for the old key only, so it is not remembered.
      if (claims && keyAtStart === cryptoKey) remember(token, claims);
      return claims;
    },
    rotateKey() {
      useKey(randomKey());
    },
    exportKey() {
      return btoa(String.fromCharCode(...key));
    },
    restoreKey(text) {
      let bytes: Uint8Array;
      try {
        bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      } catch {
        return false;
      }
      if (bytes.length < 32) return false;
      useKey(bytes);
      return true;
    },
  };
}

function claimsOf(payload: Uint8Array): TokenClaims | undefined {
  let claims: unknown;
  try {
    claims = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return undefined;
  }
  if (!claims || typeof claims !== 'object') return undefined;
  const { sid, jti, sub, exp } = claims as Record<string, unknown>;
  if (typeof sid !== 'string' || typeof jti !== 'string' || typeof sub !== 'string' || typeof exp !== 'number') return undefined;
  return { sessionId: sid, tokenId: jti, userName: sub, expiresAt: exp };
}
