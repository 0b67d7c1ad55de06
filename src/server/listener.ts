/**
 * The node:http request listener: CORS, then the route core (`api.handle`, the function the msw handlers
 * delegate to), then a 404 problem for paths the mock does not own. The door holds no PORTOS rules;
 * those live behind the core.
 *
 * @note The door calls the core directly rather than through msw's `getResponse(api.handlers, …)`: the
 * msw path (handler matching, request cloning) cost about 10× the core itself here (docs/benchmarks.md).
 * Browsers, Storybook and tests keep msw; `door-paths.test.ts` proves both paths answer alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** How the door turns a Fetch `Request` into the mock's `Response` (undefined: not the mock's). */
export type Dispatch = (request: Request) => Promise<Response | undefined>;

/**
 * @param dispatch Default: the route core, `api.handle`. Tests pass msw's `getResponse` over
 * `api.handlers` to compare the two paths.
 */
export function createRequestListener(api: MockApi, origin: string, dispatch: Dispatch = (request) => api.handle(request)) {
  return async function listener(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestOrigin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    if (isPreflight(req)) {
      for (const [name, value] of Object.entries(preflightHeaders(requestOrigin))) res.setHeader(name, value);
      res.statusCode = 204;
      res.end();
      return;
    }
    const cors = corsHeaders(requestOrigin);
    let request: Request | undefined;
    try {
      request = await toFetchRequest(req, origin);
      const response =
        (await dispatch(request)) ?? doorProblem(request, 404);
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
