/**
 * The route core's `PlainAnswer` → node:http response, with the door's own headers (CORS) first.
 *
 * @note Written as a bare node:http server writes (the bench's floor): one `writeHead` with every header
 * and the body as UTF-8 bytes with its `Content-Length`, not a `setHeader` per header and a string the
 * socket encodes. The length is left out where Node leaves it out: a HEAD answer, a 1xx, 204 or 304.
 */
import type { ServerResponse } from 'node:http';
import type { PlainAnswer } from '../handlers/index.ts';

function hasBody(res: ServerResponse, status: number): boolean {
  return res.req.method !== 'HEAD' && status !== 204 && status !== 304 && (status < 100 || status > 199);
}

export function writeAnswer(res: ServerResponse, answer: PlainAnswer, extraHeaders: Readonly<Record<string, string>>): void {
  // Every name is lower case (the door's and the core's), so a later one replaces an earlier one as setHeader would.
  const headers: Record<string, string | number> = { ...extraHeaders, ...answer.headers };
  const body = answer.body ? Buffer.from(answer.body) : undefined;
  if (hasBody(res, answer.status)) headers['Content-Length'] = body?.length ?? 0;
  res.writeHead(answer.status, headers);
  res.end(body);
}
