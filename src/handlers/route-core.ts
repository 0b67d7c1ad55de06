/**
 * The route core: one plain function `(request) => Promise<Response | undefined>` that answers every
 * request the mock owns and returns undefined for the rest (a browser app's own requests must pass).
 * The msw handlers delegate to it; a node door may call it directly. Steps, in order:
 * the /__mock controls; then, on a PORTOS path, seeding done, fault headers, 405, expiry sweep, the
 * operation; the one wrapper that turns any non-problem exception into a 500 problem; latency; journal.
 */
import { formatInstant, internalError, isProblemError, methodNotAllowed } from '../portos/index.ts';
import { routedPath, type BaseUrl } from './base-url.ts';
import type { OperationContext } from './context.ts';
import { injectedResponse, readFaultHeaders } from './controls/fault-headers.ts';
import type { Journal } from './controls/journal.ts';
import { answerMockRoute, isMockRoute, type MockControlTarget } from './controls/mock-routes.ts';
import { sleep } from './controls/sleep.ts';
import { operationsById } from './operations/index.ts';
import { matchPortosRoute, type PortosRoute } from './portos-routes.ts';

export interface RouteCoreOptions {
  context: OperationContext;
  journal: Journal;
  /** The mock-only controls (docs/behaviour.md#mock-controls) on or off: /__mock routes and the x-mock-* headers. */
  controls: boolean;
  /** Latency added to every PORTOS response, in ms. */
  delay: number;
  base: BaseUrl | undefined;
  target: MockControlTarget;
}

export type RouteCore = (request: Request) => Promise<Response | undefined>;

/** Runs `answer`, turning any thrown error into a problem response (never a crash, never an unhandled rejection). */
async function guarded(request: Request, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    if (isProblemError(error)) return error.toResponse(request);
    console.error('[portos-mock] Failed to answer %s %s:', request.method, request.url, error);
    return internalError().toResponse(request);
  }
}

export function createRouteCore({ context, journal, controls, delay, base, target }: RouteCoreOptions): RouteCore {
  async function answerPortos(request: Request, route: PortosRoute): Promise<Response> {
    await target.ready;
    let extraDelay = 0;
    if (controls) {
      const faults = readFaultHeaders(request.headers);
      extraDelay = faults.delay;
      if (extraDelay > 0) await sleep(extraDelay);
      if (faults.status !== undefined) return injectedResponse(request, faults.status, route.allowed);
    }
    if (!route.operationId) throw methodNotAllowed(request.method, route.allowed);
    const operation = operationsById[route.operationId];
    if (!operation) throw internalError();
    // Expired sessions are neither listed nor fetchable, and their tokens are rejected (docs/behaviour.md#expired-sessions).
    await context.lifecycle.expireSessions();
    return operation(request, context, route.params);
  }

  return async function handle(request) {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return undefined;
    }
    const path = routedPath(url, base);
    if (path === undefined) return undefined;

    if (controls && isMockRoute(path)) return guarded(request, () => answerMockRoute(request, path, target));

    const route = matchPortosRoute(request.method, path);
    if (!route) return undefined;
    const response = await guarded(request, () => answerPortos(request, route));
    await sleep(delay);
    journal.record({ method: request.method, url: request.url, status: response.status, time: formatInstant(context.clock.now()) });
    return response;
  };
}
