/**
 * The msw handlers: one thin `http.all` per path the mock owns, each handing the request to the door's
 * `handle`. Per-path handlers (rather than one catch-all) keep msw's logs readable and let a test
 * override one path with `server.use(...)`; the core still decides method, 405 and everything else. A
 * path that is not the mock's never matches, so a browser app's own requests pass through the worker.
 */
import { http, type HttpHandler } from 'msw';
import { MOCK_CONTROL_PATHS } from '../handlers/index.ts';
import { mswPath, type BaseUrl } from './base-url.ts';
import { toMswTemplate } from './override.ts';


/** @param templates The PORTOS path templates the core serves (the bundled document's and any added). */
export function createMswHandlers(handle: (request: Request) => Promise<Response | undefined>, base: BaseUrl | undefined, controls: boolean, templates: readonly string[]): HttpHandler[] {
  const paths = [...templates.map(toMswTemplate), ...(controls ? MOCK_CONTROL_PATHS : [])];
  return paths.map((path) => http.all(mswPath(path, base), ({ request }) => handle(request)));
}
