/**
 * A fresh trace id per problem, in the W3C `traceparent` shape ASP.NET puts in `traceId`
 * (`00-<32 hex>-<16 hex>-00`), so a log line can be matched to one response.
 */
import { randomHex } from './random.ts';

export function newTraceId(): string {
  return `00-${randomHex(32)}-${randomHex(16)}-00`;
}
