/**
 * Which pages may open the hub's WebSocket: a browser sends `Origin` on every WebSocket request and no
 * preflight guards it, so the door checks it here (docs/behaviour.md#notification-auth). Pages served
 * from this machine only (`localhost`, 127.x.x.x, `[::1]`, any port, http or https); a request without
 * `Origin` is not a browser page's (Node clients, tests) and passes.
 *
 * @note For the integrator: the node door's CORS policy may get its own loopback allow-list; this
 * pattern should then be that one.
 */
const LOOPBACK_ORIGIN = /^https?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

export function isAllowedOrigin(origin: string | undefined): boolean {
  return origin === undefined || LOOPBACK_ORIGIN.test(origin);
}
