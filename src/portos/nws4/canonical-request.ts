/**
 * The canonical request of NWS4-HMAC-SHA256, built exactly as the reference signers build it
 * (docs/behaviour.md#nws4-canonical-request): the method, the encoded path, the re-encoded query, the
 * header block, the signed header names and the body hash, one per line. Pure string work on a parsed
 * URL and a list of headers, shared by the signer and the verifier so the two cannot drift apart.
 */
import { percentEncode } from './encoding.ts';

/** A header as the signature sees it: any-case name, raw value. */
export type HeaderPair = readonly [name: string, value: string];

const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The path as the URL carries it (already percent-escaped by the URL parser), encoded once more with `/`
 * and `:` kept: the C# signer, which PORTOS's ASP.NET side uses to verify, keeps `:`; the PHP signer would
 * encode it (docs/behaviour.md#nws4-canonical-path).
 */
export function canonicalPath(url: URL): string {
  return url.pathname === '' ? '/' : percentEncode(url.pathname, '/:');
}

/**
 * The raw query split on `&`, each part split on `=` keeping only the first two pieces (`i=1$ref=1` → `i`,
 * `1$ref`; `validate` → `validate`, ``), sorted by the raw key (ordinal, stable, so repeated keys keep
 * their order), each key and value percent-encoded, joined `k=v` with `&` (docs/behaviour.md#nws4-canonical-query).
 */
export function canonicalQuery(url: URL): string {
  const raw = url.search.replace(/^\?/, '');
  if (raw === '') return '';
  return raw
    .split('&')
    .map((part) => {
      const [key = '', value = ''] = part.split('=');
      return [key, value] as const;
    })
    .sort(([a], [b]) => ordinal(a, b))
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');
}

/**
 * `SignedHeaders`: the names sorted case-insensitively (ordinal on the upper-cased names, so `__tenant`
 * sorts after `x-nd-date`), lower-cased, joined with `;` (docs/behaviour.md#nws4-signed-headers).
 */
export function signedHeaderNames(headers: readonly HeaderPair[]): string {
  return headers
    .map(([name]) => name)
    .sort((a, b) => ordinal(a.toUpperCase(), b.toUpperCase()))
    .map((name) => name.toLowerCase())
    .join(';');
}

/**
 * The header block: lower-cased names sorted ordinally (so `__tenant` sorts before `host` here), one
 * `name:value` per line, each value with runs of whitespace collapsed to one space and trimmed
 * (docs/behaviour.md#nws4-signed-headers).
 */
export function canonicalHeaders(headers: readonly HeaderPair[]): string {
  return headers
    .map(([name, value]) => [name.toLowerCase(), value.replace(/\s+/g, ' ').trim()] as const)
    .sort(([a], [b]) => ordinal(a, b))
    .map(([name, value]) => `${name}:${value}`)
    .join('\n');
}

export interface CanonicalRequestInput {
  method: string;
  url: URL;
  /** Exactly the signed headers, `host` included. */
  headers: readonly HeaderPair[];
  /** Lowercase hex SHA-256 of the body. */
  bodyHash: string;
}

/** `METHOD\npath\nquery\nheader block\nsigned header names\nbody hash`. */
export function canonicalRequest({ method, url, headers, bodyHash }: CanonicalRequestInput): string {
  return [method, canonicalPath(url), canonicalQuery(url), canonicalHeaders(headers), signedHeaderNames(headers), bodyHash].join('\n');
}

/**
 * The `host` value a signer adds when the request has none: `host[:port]`, the port only when it is not
 * the scheme's default, which is what `URL.host` holds and what an HTTP client sends as `Host`.
 */
export function hostOf(url: URL): string {
  return url.host;
}
