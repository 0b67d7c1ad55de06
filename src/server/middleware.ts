/**
 * `createMiddleware`: the node door as connect/Express middleware, to mount the mock inside a dev server
 * the app already runs (Vite's `server.middlewares`, an Express or connect app). It is the same door as
 * `startServer`'s (src/server/listener.ts), with one other ending: a path the mock does not own goes on
 * to `next()` instead of the 404. The policy stays on (docs/behaviour.md#door-policy): a request the
 * mock owns must carry an allowed `Host` (loopback names and addresses by default, so `localhost:5173`
 * passes) and gets CORS for localhost origins only, widened by `allowedHosts` and `corsOrigins`.
 * The SignalR hub rides along: negotiate is one of the mock's paths, and `upgrade`, given the host
 * server's `upgrade` event, opens the hub's WebSocket and leaves every other upgrade to the host.
 */
import { compileValidators } from '../spec/compile-validators.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createDoorPolicy, createMockCore, type MockCore, type MockCoreOptions } from '../handlers/index.ts';
import { createDoor, type Next, type RequestLog } from './listener.ts';
import { createHubUpgrade, hubDispatch } from './signalr/attach-hub.ts';

/** The mock's own options (clock, fixtures, delay, controls, journal limit), plus the door's policy. */
export interface MiddlewareOptions extends MockCoreOptions {
  /** Serve this mock (e.g. `createMockApi(…).core`) instead of creating one from the options above. */
  core?: MockCore;
  /**
   * More `Host` names to answer, as Vite's `server.allowedHosts`: `name` exactly, `.name` with its
   * subdomains, `true` any Host. IP addresses, `localhost` and `*.localhost` are always answered; a
   * request for a mock path with any other Host gets a 403 problem (give the names your dev server allows).
   */
  allowedHosts?: readonly string[] | true;
  /** Browser origins besides localhost ones that may call the mock across origins and use its controls; `'*'` any. */
  corsOrigins?: readonly string[];
  /** Called with one line per request the mock answered. Default: none. */
  log?: RequestLog;
  /**
   * The path the host mounts the middleware under (`app.use('/portos', mock)` → `'/portos'`), for `upgrade`
   * only: a WebSocket upgrade never passes through the host's router, so the hub needs to be told that it
   * lives at `/portos/signalr/v1/mainHub`. Default: the root.
   */
  mountPath?: string;
}

/** `(req, res, next) => void`, as connect, Express and Vite's `server.middlewares` take it; `core` is the mock behind it. */
export interface PortosMiddleware {
  (req: IncomingMessage, res: ServerResponse, next: Next): void;
  /** The mock behind the middleware: its store, clock, journal and `reset()`. */
  readonly core: MockCore;
  /**
   * The SignalR hub's WebSocket, for the host server's `upgrade` event (`server.on('upgrade', mock.upgrade)`;
   * Vite: `server.httpServer?.on('upgrade', mock.upgrade)`). A WebSocket request for
   * `/signalr/v1/mainHub` (below `mountPath`) is the mock's: checked by the same door policy (Host,
   * Origin) and the hub's token rules, then opened or refused; it returns true. Every other upgrade (Vite's
   * HMR socket, the app's own) returns false with its socket untouched, for the host's other listeners.
   */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Ends the hub's open WebSockets: a host's `server.close()` waits for them otherwise. */
  closeHub(): void;
}

/**
 * Serves the PORTOS paths, the /__mock controls (when on) and their preflights; calls `next()` for
 * every other path. Mounted under a path (`app.use('/portos', mock)`), it serves `/portos/sessions`
 * as `/sessions`: it routes on the `req.url` the mount point left. Mount it before body parsers to keep
 * its own body limit and 400s; after one (`express.json()`), it reads the `req.body` that parser left.
 *
 * @example
 * const app = express();
 * const mock = createMiddleware({ clock: '2023-08-04T21:30:00Z' });
 * app.use(mock);
 * app.listen(3000).on('upgrade', mock.upgrade); // the SignalR hub's WebSocket
 *
 * @throws when an option is invalid or a fixture breaks the spec (a `FixtureError` naming the record).
 */
export function createMiddleware(options: MiddlewareOptions = {}): PortosMiddleware {
  const core = options.core ?? createMockCore({ compileSchemas: compileValidators, ...options });
  const policy = createDoorPolicy({ ...(options.allowedHosts !== undefined && { allowedHosts: options.allowedHosts }), ...(options.corsOrigins !== undefined && { corsOrigins: options.corsOrigins }) });
  const door = createDoor(core, undefined, { policy, dispatch: hubDispatch(core), ...(options.log && { log: options.log }) });
  const hub = createHubUpgrade(core, policy, { forHost: { mountPath: options.mountPath ?? '' } });
  const middleware = (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    // The door answers its own failures; a rejection here would be a bug in it, and goes to the host's error handler.
    door(req, res, next).catch(next);
  };
  return Object.assign(middleware, { core, upgrade: hub.upgrade, closeHub: hub.close });
}
