/**
 * Fetch `Response` → node:http response.
 */
import type { ServerResponse } from 'node:http';

export async function sendResponse(res: ServerResponse, response: Response, extraHeaders: Readonly<Record<string, string>>): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const name in extraHeaders) res.setHeader(name, extraHeaders[name]!);
  for (const [name, value] of response.headers) {
    // Set-Cookie is the one header that must stay multi-valued (Headers joins the rest with ", ").
    if (name === 'set-cookie') continue;
    res.setHeader(name, value);
  }
  for (const cookie of response.headers.getSetCookie()) res.appendHeader('set-cookie', cookie);
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  res.end(body);
}
