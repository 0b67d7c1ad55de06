/**
 * The string to sign and the timestamp it carries (docs/behaviour.md#nws4-signature,
 * docs/behaviour.md#nws4-timestamp): `NWS4-HMAC-SHA256\n{timestamp}\n{clientId}\n{sha256 of the canonical
 * request}`, with the timestamp always `yyyy-MM-ddTHH:mm:ss.fffZ` in UTC.
 */

/** The scheme name, also the first word of the `Authorization` value and of the challenge. */
export const NWS4_SCHEME = 'NWS4-HMAC-SHA256';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** `yyyy-MM-ddTHH:mm:ss.fffZ`, always three fraction digits (what `toISOString` writes for years 0–9999). */
export function formatTimestamp(instant: Date): string {
  return instant.toISOString();
}

/** The instant of a timestamp in exactly that format (a real calendar date), else undefined. */
export function parseTimestamp(text: string): Date | undefined {
  if (!TIMESTAMP.test(text)) return undefined;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) || instant.toISOString() !== text ? undefined : instant;
}

/** The `yyyy-MM-dd` the signing key is derived from. */
export function dateOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}

export function stringToSign(timestamp: string, clientId: string, canonicalRequestHash: string): string {
  return [NWS4_SCHEME, timestamp, clientId, canonicalRequestHash].join('\n');
}
