/**
 * The notifications hub `/signalr/v1/mainHub` (docs/behaviour.md#notification-hub), door-independent:
 * the negotiate answer, the authentication of a WebSocket request, the connections and what they are
 * sent. The node door carries it over `ws`, the msw door over msw's WebSocket link; both call the same
 * functions. Browser-safe.
 */
import { isProblemError, methodNotAllowed, ProblemError, unauthenticated, validationFailed } from '../../http/index.ts';
import { formatInstant, type ChangeFeedView, type Clock, type ResourceChanged, type SessionLifecycle } from '../../portos/index.ts';
import { json, type PlainAnswer, type PlainRequest } from '../plain.ts';
import { createHubConnection, DEFAULT_HUB_TIMINGS, type HubConnection, type HubTimings, type HubTransport } from './hub-connection.ts';

export const HUB_PATH = '/signalr/v1/mainHub';
export const NEGOTIATE_PATH = `${HUB_PATH}/negotiate`;
const RESOURCES_CHANGED = 'portos.resources.changed';

/** How often expired sessions are swept while a client listens, so an expiry (or a moved clock) is announced without a request. */
const SWEEP_INTERVAL_MS = 250;
/** A negotiated connection token is good for this long (real time) before its WebSocket must arrive. */
const NEGOTIATED_TTL_MS = 60_000;
/** At most this many negotiated, unopened connections are remembered (the oldest are forgotten). */
const MAX_NEGOTIATED = 1000;

/** The part of a request the WebSocket endpoint reads (no body). */
type HubRequest = Pick<PlainRequest, 'url' | 'path' | 'header'>;

type HubAdmission = { accept(transport: HubTransport): HubConnection } | { refused: PlainAnswer };

export interface Hub {
  /** The answer on the hub's HTTP paths (negotiate); undefined for any other path. */
  answer(request: PlainRequest): Promise<PlainAnswer | undefined>;
  /** Whether a WebSocket request's path is the hub's. */
  owns(path: string): boolean;
  /** Whether `answer` answers this path over plain HTTP (negotiate, and the hub path's own refusal). */
  answersHttp(path: string): boolean;
  /** Checks a WebSocket request (connection token, bearer token): a function that opens the connection, or the refusal. */
  admit(request: HubRequest): Promise<HubAdmission>;
  /** Open connections (of every door). */
  readonly connections: number;
}

export interface HubDependencies {
  lifecycle: SessionLifecycle;
  changes: ChangeFeedView;
  clock: Clock;
  /** Resolves once the store is seeded. */
  ready: () => Promise<void>;
  timings?: Partial<HubTimings>;
}

/** 16 random bytes, base64url: the shape of ASP.NET Core's connection ids. */
function newConnectionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function createHub({ lifecycle, changes, clock, ready, timings: given }: HubDependencies): Hub {
  const timings = { ...DEFAULT_HUB_TIMINGS, ...given };
  const open = new Set<HubConnection>();
  /** connection token → connection id and when it was negotiated. */
  const negotiated = new Map<string, { connectionId: string; at: number }>();
  let sweeper: ReturnType<typeof setInterval> | undefined;

  /** The envelope of `OnEvent` (docs/behaviour.md#notification-envelope). */
  function envelope(event: ResourceChanged): object {
    return { e: RESOURCES_CHANGED, s: { c: null }, ca: formatInstant(clock.now()), ea: null, p: event };
  }

  changes.subscribe((event) => {
    for (const connection of open) connection.notify(event, envelope);
  });

  function sweep(): void {
    lifecycle.expireSessions().catch(() => undefined);
  }

  /** The caller of a token, its session bumped like any accepted token's (docs/behaviour.md#notification-auth). */
  async function authenticate(authorization: string | undefined): Promise<void> {
    await ready();
    await lifecycle.expireSessions();
    await lifecycle.authenticate(authorization ?? null);
  }

  function remember(connectionToken: string, connectionId: string): void {
    const now = Date.now();
    for (const [token, entry] of negotiated) {
      if (now - entry.at < NEGOTIATED_TTL_MS && negotiated.size < MAX_NEGOTIATED) break;
      negotiated.delete(token);
    }
    negotiated.set(connectionToken, { connectionId, at: now });
  }

  async function negotiate(request: PlainRequest): Promise<PlainAnswer> {
    if (request.method.toUpperCase() !== 'POST') throw methodNotAllowed(request.method, ['POST']);
    await authenticate(request.header('authorization'));
    const connectionId = newConnectionId();
    // negotiateVersion 1 separates the id others may see from the token that opens the socket; version 0
    // (no parameter) uses the connection id for both (TransportProtocols.md).
    const version = Number(request.url.searchParams.get('negotiateVersion') ?? '0') >= 1 ? 1 : 0;
    const connectionToken = version === 1 ? newConnectionId() : connectionId;
    remember(connectionToken, connectionId);
    return json({
      connectionId,
      ...(version === 1 && { connectionToken }),
      negotiateVersion: version,
      availableTransports: [{ transport: 'WebSockets', transferFormats: ['Text'] }],
    });
  }

  function connectionFor(connectionId: string) {
    return (transport: HubTransport): HubConnection => {
      const connection = createHubConnection(connectionId, transport, timings, () => {
        open.delete(connection);
        if (open.size === 0) {
          clearInterval(sweeper);
          sweeper = undefined;
        }
      });
      open.add(connection);
      sweeper ??= setInterval(sweep, SWEEP_INTERVAL_MS);
      return connection;
    };
  }

  const answersHttp = (path: string): boolean => path === NEGOTIATE_PATH || path === HUB_PATH;

  return {
    async answer(request) {
      if (!answersHttp(request.path)) return undefined;
      try {
        if (request.path === HUB_PATH) throw validationFailed([{ memberName: '$', message: 'The hub speaks WebSockets only: POST /signalr/v1/mainHub/negotiate?negotiateVersion=1 first, then open a WebSocket here.' }]);
        return await negotiate(request);
      } catch (error) {
        if (!isProblemError(error)) throw error;
        return error.toAnswer(request.header('accept-language'), request.url.pathname);
      }
    },

    owns: (path) => path === HUB_PATH,
    answersHttp,

    async admit(request) {
      const language = request.header('accept-language');
      try {
        const id = request.url.searchParams.get('id');
        const entry = id === null ? undefined : negotiated.get(id);
        if (id !== null && (!entry || Date.now() - entry.at >= NEGOTIATED_TTL_MS)) {
          throw new ProblemError(404, { detail: 'No connection with that id: negotiate again (a connection token opens one socket, within a minute).' });
        }
        // Browsers cannot set headers on a WebSocket: @microsoft/signalr sends the token as `access_token`.
        const accessToken = request.url.searchParams.get('access_token');
        const authorization = accessToken !== null ? `Bearer ${accessToken}` : request.header('authorization');
        if (authorization === undefined) throw unauthenticated('The hub needs the bearer token: ?access_token={tokenId} (what accessTokenFactory sends) or an Authorization header.');
        await authenticate(authorization);
        if (id !== null) negotiated.delete(id);
        // skipNegotiation: a connection without a negotiated id gets one of its own.
        return { accept: connectionFor(entry?.connectionId ?? newConnectionId()) };
      } catch (error) {
        if (!isProblemError(error)) throw error;
        return { refused: error.toAnswer(language, request.url.pathname) };
      }
    },

    get connections() {
      return open.size;
    },
  };
}
