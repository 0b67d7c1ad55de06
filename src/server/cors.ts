/**
 * CORS for browser apps served from other origins (a Vite dev server on :5173 calling the mock on :4010).
 *
 * Any origin is allowed: the mock listens on loopback by default and holds only fixture data. The
 * request's own origin is echoed (not `*`) so that credentialed requests work too.
 */
const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';
// X-Requested-With and X-SignalR-User-Agent: what @microsoft/signalr sends on negotiate (docs/behaviour.md#notification-hub).
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language, x-mock-status, x-mock-delay, X-Requested-With, X-SignalR-User-Agent';
const EXPOSED_HEADERS = 'Allow, Content-Type, Content-Language, x-mock-warning';

/** The CORS headers of an answer, as a plain record (the door writes them with `setHeader`). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin) return ANY_ORIGIN;
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    vary: 'Origin',
    'access-control-expose-headers': EXPOSED_HEADERS,
  };
}

/** Most requests (curl, tests, the contract kit) send no Origin: one shared, frozen record for them. */
const ANY_ORIGIN: Record<string, string> = Object.freeze({
  'access-control-allow-origin': '*',
  'access-control-expose-headers': EXPOSED_HEADERS,
});

/** The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`). */
export function preflightHeaders(origin: string | undefined): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  };
}
