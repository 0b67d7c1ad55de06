/**
 * The node:http request listener: CORS, then the route core (`core.answer`), then a 404 problem for paths
 * the mock does not own. IncomingMessage ⇄ plain, with no Fetch objects and no msw: the door holds no
 * PORTOS rules; those live behind the core. `door-paths.test.ts` proves this door and the msw door
 * answer alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockCore, PlainAnswer, PlainRequest } from '../handlers/index.ts';
import { corsHeaders, preflightHeaders } from './cors.ts';
import { doorProblem } from './door-problem.ts';
import { RequestBodyTooLarge, requestUrl, toPlainRequest } from './to-plain-request.ts';
import { writeAnswer } from './write-answer.ts';

function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** How the door turns a plain request into the mock's answer (undefined: not the mock's). */
export type Dispatch = (request: PlainRequest) => Promise<PlainAnswer | undefined>;

/**
 * @param dispatch Default: the route core, `core.answer`. Tests pass another path into the same core.
 */
export function createRequestListener(core: MockCore, origin: string, dispatch: Dispatch = core.answer) {
  return async function listener(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestOrigin = header(req, 'origin');
    if (isPreflight(req)) {
      for (const [name, value] of Object.entries(preflightHeaders(requestOrigin))) res.setHeader(name, value);
      res.statusCode = 204;
      res.end();
      return;
    }
    const cors = corsHeaders(requestOrigin);
    const language = header(req, 'accept-language');
    let url: URL | undefined;
    let request: PlainRequest | undefined;
    try {
      url = requestUrl(req, origin);
      request = await toPlainRequest(req, url);
      writeAnswer(res, (await dispatch(request)) ?? doorProblem(404, language, url.pathname), cors);
    } catch (error) {
      // node-server style mapping: an unreadable request is the client's fault, anything else ours.
      const status = error instanceof RequestBodyTooLarge ? 413 : request ? 500 : 400;
      // oxlint-disable-next-line no-console -- a 500 is the mock's own bug: its cause goes to the log, never to the client
      if (status === 500) console.error('[portos-mock] Failed to answer %s %s:', req.method, req.url, error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      writeAnswer(res, doorProblem(status, language, url?.pathname ?? '/', (error as Error).message), cors);
    }
  };
}
