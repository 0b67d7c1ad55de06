/**
 * Random identifiers from the Web Crypto API (`globalThis.crypto`), which browsers, service workers
 * and Node all provide, so nothing here needs Node's crypto module.
 */

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` characters from [A-Za-z0-9], uniformly (rejection sampling avoids modulo bias). */
export function randomAlphanumeric(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      // 248 = 62 * 4: bytes at or above it would favour the first characters.
      if (byte < 248) out += ALPHANUMERIC[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A fresh secret key for signing tokens. */
export function randomKey(bytes = 32): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(bytes));
}
