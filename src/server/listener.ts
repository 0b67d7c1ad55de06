/**
 * The node:http door: the door policy first (the `Host` allow-list, CORS, the /__mock controls for
 * trusted pages only: src/handlers/door-policy.ts), then the route core (`core.answer`). A path the mock
 * does not own gets the policy's 404 problem from the standalone listener (`npm start`), and goes on to
 * `next()` from the middleware form (src/server/middleware.ts): one door, two endings. IncomingMessage ⇄
 * plain, with no Fetch objects and no msw: the door holds no PORTOS rules; those live behind the core.
 * `door-paths.test.ts` proves this door and the msw door answer alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDoorPolicy, servesPath, unknownPathAnswer, WARNING_HEADER, type DoorPolicy, type MockCore, type PlainAnswer, type PlainRequest } from '../handlers/index.ts';
import { doorProblem } from './door-problem.ts';
import { readRequestBody, readsNoBody, RequestBodyTooLarge, requestUrl, toPlainRequest } from './to-plain-request.ts';
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

/** One line per answered request (`npm start` prints them; `--quiet` passes none). */
export type RequestLog = (line: string) => void;

export interface ListenerOptions {
  /** Default: the route core, `core.answer`. Tests pass another path into the same core. */
  dispatch?: Dispatch;
  /** Default: loopback names and IP addresses, localhost origins. */
  policy?: DoorPolicy;
  log?: RequestLog;
}

/** Control characters (and DEL) as `\xNN`: a request line must never drive the terminal it is printed on. */
function printable(text: string): string {
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** `GET /sessions?$sotr=x 200 3 ms (ignored query parameters: $sotr)`. */
function logLine(method: string, target: string, status: number, started: number, warning: string | undefined): string {
  const ms = Math.round(performance.now() - started);
  const shown = target.length > 300 ? `${target.slice(0, 300)}…` : target;
  return printable(`${method} ${shown} ${status} ${ms} ms${warning ? ` (${warning})` : ''}`);
}

/** Connect/Express's `next`: hands the request to whatever the host server mounted after the mock. */
export type Next = (error?: unknown) => void;

/** `req.originalUrl` as Express and connect keep it when a mount point (`app.use('/portos', …)`) cuts `req.url`. */
function originalUrl(req: IncomingMessage): string | undefined {
  const value = (req as IncomingMessage & { originalUrl?: unknown }).originalUrl;
  return typeof value === 'string' ? value : undefined;
}

/** The path below the mount point that the core routes on, or undefined when `req.url` is not a path. */
function mountedPath(req: IncomingMessage): string | undefined {
  try {
    return requestUrl(req, 'http://mock.invalid').pathname;
  } catch {
    return undefined;
  }
}

/**
 * The door over one core. With `next` (the middleware form) it serves only the paths the mock owns and
 * calls `next()` for every other one before looking at anything else (Host, body); a preflight for such
 * a path is the host server's too. Without it (the standalone listener) every request is answered.
 */
export function createDoor(core: MockCore, origin: string | undefined, options: ListenerOptions = {}) {
  const dispatch = options.dispatch ?? core.answer;
  const policy = options.policy ?? createDoorPolicy();
  const log = options.log;
  // @note The last Host the policy allowed: its allow-list is fixed when the door is made, so the same
  // Host is allowed again without parsing it again (nearly every request of a run sends the same one).
  let allowedHost: string | undefined;
  return async function door(req: IncomingMessage, res: ServerResponse, next?: Next): Promise<void> {
    const started = performance.now();
    let path: string | undefined;
    if (next) {
      path = mountedPath(req);
      if (path === undefined || !servesPath(path, core.controls)) {
        next();
        return;
      }
    }
    const requestOrigin = header(req, 'origin');
    const language = header(req, 'accept-language');
    const target = (next && originalUrl(req)) ?? req.url ?? '/';
    const send = (answer: PlainAnswer, extra: Readonly<Record<string, string>>) => {
      writeAnswer(res, answer, extra);
      log?.(logLine(req.method ?? '?', target, answer.status, started, answer.headers[WARNING_HEADER]));
    };
    const host = header(req, 'host');
    if (host === undefined || host !== allowedHost) {
      const refusal = policy.hostRefusal(host, language, '/');
      if (refusal) {
        send(refusal, {});
        return;
      }
      allowedHost = host;
    }
    if (isPreflight(req)) {
      for (const [name, value] of Object.entries(policy.preflightHeaders(requestOrigin))) res.setHeader(name, value);
      res.statusCode = 204;
      res.end();
      log?.(logLine('OPTIONS', target, 204, started, undefined));
      return;
    }
    const cors = policy.corsHeaders(requestOrigin);
    let url: URL | undefined;
    let request: PlainRequest | undefined;
    try {
      // Mounted, the mock answers on the host server's own origin (whatever Host passed the allow-list).
      url = requestUrl(req, origin ?? `${(req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://${host}`, target);
      path ??= url.pathname;
      if (core.controls && path.startsWith('/__mock/')) {
        const refused = policy.controlRefusal(requestOrigin, language, url.pathname);
        if (refused) {
          send(refused, cors);
          return;
        }
      }
      // A GET or HEAD goes to the core at once; only a body is waited for.
      const method = req.method ?? 'GET';
      request = toPlainRequest(req, url, path, readsNoBody(method) ? '' : await readRequestBody(req));
      const answer = await dispatch(request);
      if (answer) send(answer, cors);
      else if (next) next();
      else send(unknownPathAnswer(url.pathname, language, core.controls), cors);
    } catch (error) {
      // node-server style mapping: an unreadable request is the client's fault, anything else ours.
      const status = error instanceof RequestBodyTooLarge ? 413 : request ? 500 : 400;
      // oxlint-disable-next-line no-console -- a 500 is the mock's own bug: its cause goes to the log, never to the client
      if (status === 500) console.error('[portos-mock] Failed to answer %s %s:', req.method, target, error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      send(doorProblem(status, language, url?.pathname ?? '/', (error as Error).message), cors);
    }
  };
}

/** The standalone listener (`startServer`, `npm start`): every request answered, a 404 for unknown paths. */
export function createRequestListener(core: MockCore, origin: string, options: ListenerOptions = {}) {
  const door = createDoor(core, origin, options);
  return (req: IncomingMessage, res: ServerResponse): Promise<void> => door(req, res);
}
