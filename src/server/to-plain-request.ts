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

async function readBody(req: IncomingMessage): Promise<string> {
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

/** The request target as a URL on `origin`; only origin-form targets (`/path?query`) are served. */
export function requestUrl(req: IncomingMessage, origin: string): URL {
  // `new URL(target, origin)` would read `//host/x` as another host; `new URL(origin + target)` then
  // normalises the path (dot segments, percent-encoding) as a browser would.
  const target = req.url ?? '/';
  if (!target.startsWith('/')) throw new UnreadableRequest(`the request target must start with "/"; got ${JSON.stringify(target.slice(0, 100))}`);
  return new URL(origin + target);
}

export async function toPlainRequest(req: IncomingMessage, url: URL): Promise<PlainRequest> {
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
  const headers = req.headers;
  return {
    method,
    url,
    path: url.pathname,
    header: (name) => {
      const value = headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    headers: () => Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as const])),
    text: async () => body,
  };
}
