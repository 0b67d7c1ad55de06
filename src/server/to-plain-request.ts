/**
 * node:http request → the route core's `PlainRequest`, with no Fetch objects: the URL is parsed once, the
 * headers are read off `IncomingMessage` as they are (Node joins repeats with ", " as Fetch does), and the
 * body is buffered up to a limit rather than streamed: PORTOS bodies are tiny JSON documents, and a
 * buffered body cannot stall an operation on a client that stops sending half-way.
 */
import type { IncomingMessage } from 'node:http';
import type { PlainRequest } from '../handlers/index.ts';

const MAX_BODY_BYTES = 1024 * 1024;

export class RequestBodyTooLarge extends Error {
  constructor() {
    super(`Failed to read the request body: it is larger than ${MAX_BODY_BYTES} bytes.`);
  }
}

class UnreadableRequest extends Error {
  constructor(reason: string) {
    super(`Failed to read the request: ${reason}.`);
  }
}

/**
 * The body a body parser mounted before the mock (`express.json()`, `express.text()`, `express.raw()`)
 * already read: it drains the stream and leaves its result in `req.body`. A string or bytes are the body
 * as sent; a parsed value is read as its JSON. Undefined while the stream is unread (the usual case).
 */
function parsedBody(req: IncomingMessage): string | undefined {
  if (!req.readableEnded) return undefined;
  const parsed = (req as IncomingMessage & { body?: unknown }).body;
  if (parsed === undefined) {
    // Drained with nothing left behind: harmless when nothing was sent, a lost body otherwise.
    const sent = req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';
    if (!sent) return '';
    throw new UnreadableRequest('its body was read by a middleware mounted before the mock and not left in req.body; mount the mock before body parsers');
  }
  let text: string;
  if (typeof parsed === 'string') text = parsed;
  else if (parsed instanceof Uint8Array) text = Buffer.from(parsed).toString('utf8');
  else {
    try {
      text = JSON.stringify(parsed) ?? '';
    } catch {
      throw new UnreadableRequest('the req.body a middleware before the mock left is not a JSON value; mount the mock before body parsers');
    }
  }
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new RequestBodyTooLarge();
  return text;
}

/** The body as text, buffered up to the limit (or what a body parser mounted before the mock left). */
export async function readRequestBody(req: IncomingMessage): Promise<string> {
  const parsed = parsedBody(req);
  if (parsed !== undefined) return parsed;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RequestBodyTooLarge();
    chunks.push(buffer);
  }
  return size === 0 ? '' : Buffer.concat(chunks, size).toString('utf8');
}

/**
 * The request target as a URL on `origin`; only origin-form targets (`/path?query`) are served. `target`
 * defaults to `req.url`; a mounted door passes `req.originalUrl` (the path before the mount point was cut).
 */
export function requestUrl(req: IncomingMessage, origin: string, target = req.url ?? '/'): URL {
  // `new URL(target, origin)` would read `//host/x` as another host; `new URL(origin + target)` then
  // normalises the path (dot segments, percent-encoding) as a browser would.
  if (!target.startsWith('/')) throw new UnreadableRequest(`the request target must start with "/"; got ${JSON.stringify(target.slice(0, 100))}`);
  return new URL(origin + target);
}

/** Whether a request of this method is answered without reading a body (no wait for the stream). */
export function readsNoBody(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/**
 * `path` is what the core routes on: `url.pathname`, or for a mounted door the path below its mount point.
 * `body`: the text read off the stream (`readRequestBody`); a GET or HEAD has none and is not waited for.
 */
export function toPlainRequest(req: IncomingMessage, url: URL, path = url.pathname, body = ''): PlainRequest {
  const method = req.method ?? 'GET';
  const headers = req.headers;
  return {
    method,
    url,
    path,
    header: (name) => {
      const value = headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    headers: () => Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as const])),
    text: () => Promise.resolve(body),
  };
}
