/**
 * CORS for browser apps served from other origins (a Vite dev server on :5173 calling the mock on :4010).
 *
 * Any origin is allowed: the mock listens on loopback by default and holds only fixture data. The
 * request's own origin is echoed (not `*`) so that credentialed requests work too.
 */
export const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';
export const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language, x-mock-status, x-mock-delay';
export const EXPOSED_HEADERS = 'Allow, Content-Type, Content-Language, x-mock-warning';

export function corsHeaders(origin: string | undefined): Headers {
  const headers = new Headers();
  headers.set('access-control-allow-origin', origin ?? '*');
  if (origin) {
    headers.set('access-control-allow-credentials', 'true');
    headers.set('vary', 'Origin');
  }
  headers.set('access-control-expose-headers', EXPOSED_HEADERS);
  return headers;
}

/** The answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`). */
export function preflightHeaders(origin: string | undefined): Headers {
  const headers = corsHeaders(origin);
  headers.set('access-control-allow-methods', ALLOWED_METHODS);
  headers.set('access-control-allow-headers', ALLOWED_HEADERS);
  headers.set('access-control-max-age', '600');
  return headers;
}
