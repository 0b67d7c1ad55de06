/**
 * node:http request → Fetch `Request`, the shape msw handlers understand.
 *
 * The body is read fully (up to a limit) instead of streamed: PORTOS bodies are tiny JSON documents,
 * and a buffered body cannot stall a handler on a client that stops sending half-way.
 */
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1024 * 1024;

export class RequestBodyTooLarge extends Error {
  constructor() {
    super(`Failed to read the request body: it is larger than ${MAX_BODY_BYTES} bytes.`);
  }
}

export class UnreadableRequest extends Error {
  constructor(reason: string) {
    super(`Failed to read the request: ${reason}.`);
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RequestBodyTooLarge();
    chunks.push(buffer);
  }
  return size === 0 ? undefined : Buffer.concat(chunks, size);
}

export async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i]!, raw[i + 1]!);
    } catch {
      // Node accepts a few header bytes that the Fetch API refuses; such a header cannot matter to PORTOS.
    }
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  // Only origin-form targets (`/path?query`) are served; `new URL(target, origin)` would read `//host/x` as
  // another host. `new URL` then normalises the path (dot segments, percent-encoding) as a browser would.
  const target = req.url ?? '/';
  if (!target.startsWith('/')) throw new UnreadableRequest(`the request target must start with "/"; got ${JSON.stringify(target.slice(0, 100))}`);
  const url = new URL(origin + target);
  return new Request(url, { method, headers, body: body ? new Uint8Array(body) : null });
}
