/**
 * The route core's `PlainAnswer` → node:http response, with the door's own headers (CORS) first.
 */
import type { ServerResponse } from 'node:http';
import type { PlainAnswer } from '../handlers/index.ts';

export function writeAnswer(res: ServerResponse, answer: PlainAnswer, extraHeaders: Readonly<Record<string, string>>): void {
  res.statusCode = answer.status;
  for (const name in extraHeaders) res.setHeader(name, extraHeaders[name]!);
  for (const name in answer.headers) res.setHeader(name, answer.headers[name]!);
  res.end(answer.body);
}
