/**
 * The msw 3 handlers: one thin `http.all` per path the mock owns, each delegating to the route core.
 * Per-path handlers (rather than one catch-all) keep msw's logs readable and let a test override one
 * path with `server.use(...)`; the core still decides method, 405 and everything else. A path that
 * is not the mock's never matches, so a browser app's own requests pass through the worker untouched.
 */
import { http, type HttpHandler } from 'msw';
import { mswPath, type BaseUrl } from './base-url.ts';
import { MOCK_ROUTES } from './controls/mock-routes.ts';
import { portosPathTemplates } from './portos-routes.ts';
import type { RouteCore } from './route-core.ts';

/** `/sessions/{id}` → `/sessions/:id` (msw's path syntax). */
function toMswTemplate(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

export function createMswHandlers(core: RouteCore, base: BaseUrl | undefined, controls: boolean): HttpHandler[] {
  const paths = [...portosPathTemplates.map(toMswTemplate), ...(controls ? Object.keys(MOCK_ROUTES) : [])];
  return paths.map((path) => http.all(mswPath(path, base), ({ request }) => core(request)));
}
