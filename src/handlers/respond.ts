/**
 * Response helpers shared by the operations: JSON bodies and bodiless answers.
 */

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'content-type': JSON_CONTENT_TYPE } });
}

/** 204 No Content: no body and no Content-Type (the spec documents the 204s without content). */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}
