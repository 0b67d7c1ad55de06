/**
 * A fresh trace id per problem, in the W3C `traceparent` shape ASP.NET puts in `traceId`
 * (`00-<32 hex>-<16 hex>-00`), so a log line can be matched to one response. Web Crypto, which browsers,
 * service workers and Node all provide.
 */

function randomHex(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('').slice(0, length);
}

export function newTraceId(): string {
  return `00-${randomHex(32)}-${randomHex(16)}-00`;
}
