/**
 * The node:http request listener: CORS, then the msw handlers through `getResponse`, then a 404 problem
 * for paths no handler knows. The door holds no PORTOS rules; those live behind the handlers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import type { MockApi } from '../handlers/index.ts';
import { corsHeaders, preflightHeaders } from './cors.ts';
import { doorProblem } from './door-problem.ts';
import { RequestBodyTooLarge, toFetchRequest } from './to-fetch-request.ts';
import { sendResponse } from './send-response.ts';

function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
}

function acceptLanguage(req: IncomingMessage): Record<string, string> {
  const value = req.headers['accept-language'];
  return typeof value === 'string' ? { 'accept-language': value } : {};
}

export function createRequestListener(api: MockApi, origin: string) {
  return async function listener(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestOrigin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    if (isPreflight(req)) {
      for (const [name, value] of preflightHeaders(requestOrigin)) res.setHeader(name, value);
      res.statusCode = 204;
      res.end();
      return;
    }
    const cors = corsHeaders(requestOrigin);
    let request: Request | undefined;
    try {
      request = await toFetchRequest(req, origin);
      const response =
        (await getResponse(api.handlers, request, { baseUrl: origin })) ?? doorProblem(request, 404);
      await sendResponse(res, response, cors);
    } catch (error) {
      // Node-node-server style mapping: an unreadable request is the client's fault, anything else ours.
      const status = error instanceof RequestBodyTooLarge ? 413 : request ? 500 : 400;
      // The problem needs a Request for its language and instance; an unreadable one gets a stand-in.
      const fallback = request ?? new Request(`${origin}/`, { headers: acceptLanguage(req) });
      if (status === 500) console.error('[portos-mock] Failed to answer %s %s:', req.method, req.url, error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      await sendResponse(res, doorProblem(fallback, status, (error as Error).message), cors);
    }
  };
}
