/**
 * Fetch ⇄ plain: what the msw door does to every request. The URL is parsed once (by the caller), the
 * headers are read where they lie, and the body is read only if the operation asks for it.
 */
import type { PlainAnswer, PlainRequest } from '../handlers/index.ts';

export function toPlainRequest(request: Request, url: URL, path: string): PlainRequest {
  let body: Promise<string> | undefined;
  return {
    method: request.method,
    url,
    path,
    header: (name) => request.headers.get(name) ?? undefined,
    headers: () => request.headers,
    text: () => (body ??= request.text()),
  };
}

export function toResponse(answer: PlainAnswer): Response {
  return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
}
