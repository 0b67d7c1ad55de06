/**
 * What a door decides before (and after) the route core, in one place so that every door (the node
 * server, the msw handlers, a future middleware) can apply the same rules (docs/behaviour.md#door-policy):
 * - the `Host` allow-list against DNS rebinding (Vite's `server.allowedHosts` model, CVE-2025-24010):
 *   IP addresses, `localhost` and `*.localhost` are always allowed, names only when listed;
 * - CORS for localhost origins only by default (Vite's `server.cors` default), widened by a list or `*`;
 *   the allowed methods are the routes' own (the spec's operations and the /__mock controls);
 * - which paths the mock owns (a door mounted inside another server passes every other path on), and
 *   the 404 for a path it does not own, naming the path and the nearest route.
 * A browser's msw worker needs none of the first two (its requests never leave the page).
 */
import { ProblemError } from '../http/index.ts';
import { matchMockRoute, MOCK_CONTROL_METHODS, MOCK_CONTROL_PATHS } from './controls/mock-routes.ts';
import type { PlainAnswer } from './plain.ts';
import { matchPortosRoute, portosPaths } from './routes.ts';
import { HUB_PATH, NEGOTIATE_PATH } from './signalr/hub.ts';

export interface DoorPolicyOptions {
  /** The interface the mock listens on (`--host`): a name given there is an allowed Host too. */
  host?: string;
  /**
   * More `Host` names to accept (`--allowed-hosts`), as Vite's `server.allowedHosts`: `example.test`
   * exactly, `.example.test` that name and every subdomain; `true` accepts any Host. IP addresses,
   * `localhost` and `*.localhost` are always accepted.
   */
  allowedHosts?: readonly string[] | true;
  /**
   * Browser origins besides localhost ones that may call the mock across origins (`--cors-origin`),
   * e.g. `http://my-app.test:8080`; `'*'` in the list allows any origin.
   */
  corsOrigins?: readonly string[];
}

export interface DoorPolicy {
  /** The 403 problem for a request whose `Host` is not allowed; undefined when it is. */
  hostRefusal(host: string | undefined, acceptLanguage: string | undefined, path: string): PlainAnswer | undefined;
  /** True when a browser page at `origin` may call the mock (CORS, and the /__mock controls). */
  originAllowed(origin: string): boolean;
  /** The 403 problem for a /__mock control request from a page the mock does not trust; undefined when allowed. */
  controlRefusal(origin: string | undefined, acceptLanguage: string | undefined, path: string): PlainAnswer | undefined;
  /** The CORS headers of an answer to a request with this `Origin` (none for an origin not allowed). */
  corsHeaders(origin: string | undefined): Readonly<Record<string, string>>;
  /** The headers of the answer to a preflight (`OPTIONS` with `Access-Control-Request-Method`). */
  preflightHeaders(origin: string | undefined): Readonly<Record<string, string>>;
}

/** Vite's default `server.cors.origin`: http(s) on localhost, a subdomain of it, 127.0.0.1 or [::1], any port. */
const LOCALHOST_ORIGIN = /^https?:\/\/(?:(?:[^:/]+\.)?localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/i;

/** Every method some route answers: the spec's operations, the controls', and OPTIONS for preflights. */
const ROUTE_METHODS = [...new Set([...portosPaths.flatMap((path) => path.allowed), ...MOCK_CONTROL_METHODS, 'OPTIONS'])].join(', ');
// X-Requested-With and X-SignalR-User-Agent: what @microsoft/signalr's browser client sends on negotiate
// (docs/behaviour.md#notification-hub).
// x-nd-date and x-nd-content-sha256: what a browser app adds when it signs with an API key
// (docs/behaviour.md#nws4-headers); WWW-Authenticate: the NWS4 challenge of its 401s.
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, Accept-Language, x-mock-status, x-mock-delay, X-Requested-With, X-SignalR-User-Agent, x-nd-date, x-nd-content-sha256';
const EXPOSED_HEADERS = 'Allow, Content-Type, Content-Language, x-mock-warning, WWW-Authenticate';

/** Most requests (curl, tests, the contract kit) send no Origin: one shared, frozen record for them. */
const NO_ORIGIN: Readonly<Record<string, string>> = Object.freeze({ 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED_HEADERS });
const REFUSED_ORIGIN: Readonly<Record<string, string>> = Object.freeze({ vary: 'Origin' });

/** The host name of a `Host` header value (port dropped, IPv6 in brackets), lower case; undefined when unreadable. */
function hostName(host: string): string | undefined {
  try {
    const url = new URL(`http://${host}`);
    return url.username === '' && url.password === '' && url.pathname === '/' && url.search === '' ? url.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

function isIpAddress(name: string): boolean {
  return name.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(name);
}

/** At most 100 characters of a hostile value, JSON-quoted, for a detail. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}

export function createDoorPolicy(options: DoorPolicyOptions = {}): DoorPolicy {
  const names = new Set<string>();
  const listenName = options.host === undefined ? undefined : hostName(options.host);
  if (listenName !== undefined && !isIpAddress(listenName)) names.add(listenName);
  const allowAnyHost = options.allowedHosts === true;
  const suffixes: string[] = [];
  for (const entry of options.allowedHosts === true ? [] : (options.allowedHosts ?? [])) {
    const name = entry.trim().toLowerCase();
    if (name.startsWith('.')) suffixes.push(name);
    else if (name !== '') names.add(name);
  }
  const origins = new Set((options.corsOrigins ?? []).map((origin) => origin.trim().replace(/\/+$/, '').toLowerCase()));
  const allowAnyOrigin = origins.has('*');

  function hostAllowed(host: string): boolean {
    if (allowAnyHost) return true;
    const name = hostName(host);
    if (name === undefined) return false;
    if (isIpAddress(name) || name === 'localhost' || name.endsWith('.localhost') || names.has(name)) return true;
    return suffixes.some((suffix) => name === suffix.slice(1) || name.endsWith(suffix));
  }

  function originAllowed(origin: string): boolean {
    return allowAnyOrigin || LOCALHOST_ORIGIN.test(origin) || origins.has(origin.toLowerCase());
  }

  function corsHeaders(origin: string | undefined): Readonly<Record<string, string>> {
    if (origin === undefined) return NO_ORIGIN;
    if (!originAllowed(origin)) return REFUSED_ORIGIN;
    return { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin', 'access-control-expose-headers': EXPOSED_HEADERS };
  }

  return {
    hostRefusal(host, acceptLanguage, path) {
      if (host !== undefined && hostAllowed(host)) return undefined;
      const name = host === undefined ? undefined : (hostName(host) ?? host);
      const detail =
        name === undefined
          ? 'Blocked request: it has no Host header.'
          : `Blocked request: the Host ${quoted(name)} is not allowed (DNS rebinding). To allow it, start the mock with --allowed-hosts ${name.replace(/[^\w.:[\]-]/g, '')} (allowedHosts in code).`;
      return new ProblemError(403, { detail }).toAnswer(acceptLanguage, path);
    },
    originAllowed,
    controlRefusal(origin, acceptLanguage, path) {
      if (origin === undefined || originAllowed(origin)) return undefined;
      const detail = `Blocked request: a page at ${quoted(origin)} may not use the /__mock controls. To allow it, start the mock with --cors-origin ${origin.replace(/[^\w.:/[\]-]/g, '')} (corsOrigins in code).`;
      return new ProblemError(403, { detail }).toAnswer(acceptLanguage, path);
    },
    corsHeaders,
    preflightHeaders(origin) {
      const cors = corsHeaders(origin);
      if (cors === REFUSED_ORIGIN) return cors;
      return { ...cors, 'access-control-allow-methods': ROUTE_METHODS, 'access-control-allow-headers': ALLOWED_HEADERS, 'access-control-max-age': '600' };
    },
  };
}

/** Levenshtein distance, for the nearest route to a mistyped path (paths are short). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The route nearest to a path the mock does not own: the same path without a trailing or doubled slash,
 * in another letter case, or under a prefix (`/api/sessions` → `/sessions`); else the closest spelling.
 */
function nearestRoute(path: string, controls = true): string {
  const templates = [...portosPaths.map((p) => p.template), ...(controls ? MOCK_CONTROL_PATHS : [])];
  const routeOf = (candidate: string): string | undefined => {
    const control = controls ? MOCK_CONTROL_PATHS.find((p) => p === candidate) : undefined;
    return control ?? matchPortosRoute(candidate)?.path.template;
  };
  const tidy = path.replace(/\/{2,}/g, '/').replace(/(.)\/+$/, '$1');
  const segments = tidy.split('/');
  for (const form of [tidy, tidy.toLowerCase()]) {
    for (let skip = 0; skip < segments.length - 1; skip++) {
      const candidate = `/${form.split('/').slice(skip + 1).join('/')}`;
      const found = routeOf(candidate);
      if (found !== undefined) return found;
    }
  }
  const lower = tidy.toLowerCase().slice(0, 200);
  return templates.reduce((best, t) => (distance(lower, t.toLowerCase()) < distance(lower, best.toLowerCase()) ? t : best));
}

/** The 404 problem for a path the mock does not own: its detail names the path and the nearest route. */
export function unknownPathAnswer(path: string, acceptLanguage: string | undefined, controls = true): PlainAnswer {
  const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
  const problem = new ProblemError(404, { detail: `No route for ${shown}; did you mean ${nearestRoute(path, controls)}?` });
  return problem.toAnswer(acceptLanguage, path);
}

/**
 * True when the mock answers this routed path: a PORTOS path, the SignalR hub's HTTP paths (negotiate;
 * the door asks the hub before the route core), or a /__mock control while the controls are on. A door
 * mounted inside another server (src/server/middleware.ts) passes every other path on untouched, before
 * its Host check and before reading the body.
 */
export function servesPath(path: string, controls: boolean): boolean {
  return (controls && matchMockRoute(path) !== undefined) || matchPortosRoute(path) !== undefined || path === NEGOTIATE_PATH || path === HUB_PATH;
}
