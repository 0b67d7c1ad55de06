/**
 * `createMockApi`: a PORTOS mock (the route core of src/handlers) behind msw handlers, for `setupServer`,
 * `setupWorker` and Storybook. No global state, so two instances (two test files, two stories) never
 * share data.
 */
import type { HttpHandler, WebSocketHandler } from 'msw';
import { createMockCore, type MockCore, type MockCoreOptions } from '../handlers/index.ts';
import { parseBaseUrl, routedPath } from './base-url.ts';
import { toPlainRequest, toResponse } from './fetch-plain.ts';
import { createHubHandlers } from './hub-handlers.ts';
import { createMswHandlers } from './msw-handlers.ts';
import { createOverride } from './override.ts';

export interface MockApiOptions extends MockCoreOptions {
  /** Default: PORTOS paths on any origin (`*\/sessions`). With it: only paths under this URL. */
  baseUrl?: string;
}

/**
 * The mock itself, the one face every door shares (issue 17.5): every member of {@link MockCore}
 * (`reset`, `ready`, `store`, `clock`, `journal`, `scenario`, `snapshot`, `restore`, `changes`, …), so
 * a capability added to the core is one edit, there; plus the msw door. `startServer({ core: api })`
 * serves the same instance over HTTP.
 */
export interface MockApi extends MockCore {
  /** msw handlers (msw 3, and 2.12) for `setupServer`, `setupWorker` or `getResponse`. */
  handlers: HttpHandler[];
  /**
   * The SignalR hub `/signalr/v1/mainHub` (negotiate, and the WebSocket through msw's `ws.link`) for live
   * `OnEvent` notifications; opt in: `setupWorker(...api.handlers, ...api.hubHandlers)` (docs/behaviour.md#notification-hub).
   */
  hubHandlers: [HttpHandler, WebSocketHandler];
  /** A Fetch `Response` for the mock's requests, undefined for anything else (what the handlers call). */
  handle(request: Request): Promise<Response | undefined>;
  /** The door-less core, e.g. to serve the same instance over HTTP with `startServer({ core })`. */
  readonly core: MockCore;
  /** A typed msw handler that answers one operation your way (docs/consumers.md#typed-overrides). */
  override: ReturnType<typeof createOverride>;
}

/**
 * @example
 * const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
 * const server = setupServer(...api.handlers);
 * server.listen();
 *
 * @throws when an option is invalid or a fixture breaks the spec (a `FixtureError` naming the record).
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const base = options.baseUrl === undefined ? undefined : parseBaseUrl(options.baseUrl);
  const core = createMockCore(options);
  async function handle(request: Request): Promise<Response | undefined> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return undefined;
    }
    const path = routedPath(url, base);
    if (path === undefined) return undefined;
    const answer = await core.answer(toPlainRequest(request, url, path));
    return answer && toResponse(answer);
  }
  const door = {
    handlers: createMswHandlers(handle, base, core.controls, core.paths),
    hubHandlers: createHubHandlers(core, base),
    handle,
    core,
    override: createOverride(base),
  };
  // Every member of the core as the core defines it (a getter stays a getter, so `scenario` and `ready`
  // stay live): nothing here lists the core's members, so none can be forgotten.
  return Object.defineProperties(door, Object.getOwnPropertyDescriptors(core)) as MockApi;
}
