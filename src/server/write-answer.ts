/**
 * The route core's `PlainAnswer` → node:http response, with the door's own headers (CORS) first.
 *
 * @note Written as a bare node:http server writes (the bench's floor): one `writeHead` with every header
 * and its `Content-Length`, not a `setHeader` per header. A small body goes as text (Node sends it with
 * the head in one write); a large one as UTF-8 bytes, which the socket then writes without encoding a
 * long string (measured on this door, CPU per request: 171 B faster as text, 5.7 KB faster as bytes).
 * The length is left out where Node leaves it out: a HEAD answer, a 1xx, 204 or 304.
 */
import type { ServerResponse } from 'node:http';
import type { PlainAnswer } from '../handlers/index.ts';

/** Past this many characters a body is written as bytes (see above). */
const TEXT_BODY_LIMIT = 1024;

/**
 * The bytes of the last few large bodies, by text. A list or record asked again answers the same text
 * object (list-resource.ts, the table's JSON cache), found here by identity; encoding a 5 KB list with
 * non-Latin-1 names (`Pokladňa`) to UTF-8 was the largest single cost of a list request. Few entries:
 * a lookup that misses compares a handful of strings, most of them of another length.
 */
const KEPT_BODIES = 8;
/** A longer body is encoded each time (kept, eight of them could hold megabytes). */
const KEPT_BODY_LENGTH = 64 * 1024;
const keptTexts: string[] = [];
const keptBytes: Buffer[] = [];
let nextKept = 0;

function bytesOf(text: string): Buffer {
  for (let i = 0; i < keptTexts.length; i++) if (keptTexts[i] === text) return keptBytes[i]!;
  const bytes = Buffer.from(text);
  if (text.length > KEPT_BODY_LENGTH) return bytes;
  keptTexts[nextKept] = text;
  keptBytes[nextKept] = bytes;
  nextKept = (nextKept + 1) % KEPT_BODIES;
  return bytes;
}

function hasBody(res: ServerResponse, status: number): boolean {
  return res.req.method !== 'HEAD' && status !== 204 && status !== 304 && (status < 100 || status > 199);
}

export function writeAnswer(res: ServerResponse, answer: PlainAnswer, extraHeaders: Readonly<Record<string, string>>): void {
  // Every name is lower case (the door's and the core's), so a later one replaces an earlier one as setHeader would.
  const headers: Record<string, string | number> = { ...extraHeaders, ...answer.headers };
  const text = answer.body ?? '';
  const body = text.length > TEXT_BODY_LIMIT ? bytesOf(text) : text;
  if (hasBody(res, answer.status)) headers['Content-Length'] = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  res.writeHead(answer.status, headers);
  res.end(body === '' ? undefined : body);
}
