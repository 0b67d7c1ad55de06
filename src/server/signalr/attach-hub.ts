/**
 * The node door's half of the SignalR hub (docs/behaviour.md#notification-hub): negotiate is an HTTP
 * request like any other (dispatched before the route core), and the WebSocket upgrade on
 * `/signalr/v1/mainHub` is checked (origin, connection token, bearer token) by the core's hub and then
 * carried by `ws`. The hub's rules live in src/handlers/signalr; this file only moves text.
 */
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData } from 'ws';
import type { DoorPolicy, HubConnection, MockCore, PlainAnswer } from '../../handlers/index.ts';
import { ProblemError } from '../../http/index.ts';
import type { Dispatch } from '../listener.ts';
import { requestUrl } from '../to-plain-request.ts';

/** Bigger frames close the socket (1009) before the hub sees them; the hub's own limit is 32 K characters. */
const MAX_FRAME_BYTES = 64 * 1024;

export interface AttachedHub {
  /** Negotiate first, then the route core: the door's request dispatch. */
  dispatch: Dispatch;
  /** Ends this server's hub connections (a Close message, then the socket). */
  close(): void;
}

/** Writes a refusal on the raw socket of an upgrade request (no WebSocket was opened) and ends it. */
function refuse(socket: Duplex, answer: PlainAnswer): void {
  const body = answer.body ?? '';
  const head = [`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}`];
  for (const [name, value] of Object.entries(answer.headers)) head.push(`${name}: ${value}`);
  head.push(`content-length: ${Buffer.byteLength(body)}`, 'connection: close', '', '');
  socket.end(head.join('\r\n') + body);
}

function text(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

export interface HubUpgrade {
  /**
   * Takes the socket of a WebSocket request for the hub (answering it, or refusing it with a problem) and
   * returns true; for any other request returns false and leaves the socket alone, when the hub was made
   * for a host server (`forHost`). A standalone hub takes every upgrade: a 404 off the hub.
   */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Ends the hub's open connections (a Close message, then the socket). */
  close(): void;
}

export interface HubUpgradeOptions {
  /** The origin URLs are read against; default the request's own (`http://` + its Host), as a host server's. */
  origin?: string;
  /**
   * A hub inside a host server (the middleware): upgrades that are not the hub's stay the host's (Vite's
   * HMR socket, the app's own), and `mountPath` is the prefix the host mounted the mock under.
   */
  forHost?: { mountPath: string };
}

/**
 * The hub's WebSocket endpoint on node:http: the upgrade request checked by the door's policy, then by the
 * core's hub, then carried by `ws`.
 *
 * @param policy The node door's policy (src/handlers/door-policy.ts): the `Host` allow-list and the page
 * origins that CORS allows decide who may open the hub too, so a page that may not read the mock's
 * answers cannot open its WebSocket either (a WebSocket has no preflight; the Origin is checked here).
 */
export function createHubUpgrade(core: MockCore, policy: DoorPolicy, options: HubUpgradeOptions = {}): HubUpgrade {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const connections = new Set<HubConnection>();
  const mountPath = options.forHost?.mountPath.replace(/\/+$/, '') ?? '';

  /** The path below the mount point, or undefined when the request is not below it (or not a path). */
  function hubPathOf(req: IncomingMessage): string | undefined {
    const pathname = new URL(req.url ?? '/', 'http://mock.invalid').pathname;
    if (!mountPath) return pathname;
    return pathname.startsWith(`${mountPath}/`) ? pathname.slice(mountPath.length) : undefined;
  }

  async function open(req: IncomingMessage, socket: Duplex, head: Buffer, path: string): Promise<void> {
    const language = header(req, 'accept-language');
    let url: URL;
    try {
      url = requestUrl(req, options.origin ?? `http://${header(req, 'host') ?? 'localhost'}`);
    } catch (error) {
      return refuse(socket, new ProblemError(400, { detail: (error as Error).message }).toAnswer(language, '/'));
    }
    const hostRefused = policy.hostRefusal(header(req, 'host'), language, url.pathname);
    if (hostRefused) return refuse(socket, hostRefused);
    if (!core.hub.owns(path)) return refuse(socket, new ProblemError(404, { detail: 'WebSockets are served on /signalr/v1/mainHub only.' }).toAnswer(language, url.pathname));
    const pageOrigin = header(req, 'origin');
    // A request without Origin is no browser page's (Node clients, tests), as for CORS.
    if (pageOrigin !== undefined && !policy.originAllowed(pageOrigin)) {
      return refuse(socket, new ProblemError(403, { detail: 'Only pages from the origins the mock allows (localhost by default; --cors-origin widens it) may open the hub.' }).toAnswer(language, url.pathname));
    }
    const admission = await core.hub.admit({ url, path, header: (name) => header(req, name) });
    if ('refused' in admission) return refuse(socket, admission.refused);
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const connection = admission.accept({ send: (message) => ws.send(message), close: (code, reason) => ws.close(code, reason) });
      connections.add(connection);
      ws.on('message', (data) => connection.receive(text(data)));
      ws.on('close', () => {
        connections.delete(connection);
        connection.closed();
      });
      // A socket error is followed by 'close'; without a listener it would crash the process.
      ws.on('error', () => ws.terminate());
    });
  }

  return {
    upgrade(req, socket, head) {
      let path: string | undefined;
      try {
        path = hubPathOf(req);
      } catch {
        path = undefined;
      }
      // In a host server, anything but a WebSocket for the hub is the host's: its socket is not touched.
      if (options.forHost && (path === undefined || !core.hub.owns(path) || !/^websocket$/i.test(header(req, 'upgrade') ?? ''))) return false;
      socket.on('error', () => socket.destroy());
      open(req, socket, head, path ?? '/').catch((error: unknown) => {
        // oxlint-disable-next-line no-console -- the mock's own bug: its cause goes to the log, never to the client
        console.error('[portos-mock] Failed to open a hub connection:', error);
        if (socket.writable) refuse(socket, new ProblemError(500).toAnswer(header(req, 'accept-language'), '/signalr/v1/mainHub'));
      });
      return true;
    },
    close() {
      for (const connection of connections) connection.end();
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
    },
  };
}

/** The standalone listener's hub (`startServer`): negotiate before the route core, and every upgrade of `server`. */
export function attachHub(server: Server, core: MockCore, origin: string, policy: DoorPolicy): AttachedHub {
  const hub = createHubUpgrade(core, policy, { origin });

  // Only a WebSocket request for the hub is an upgrade; any other request with an `Upgrade` header (curl's
  // `Upgrade: h2c`, a WebSocket elsewhere) stays an HTTP request for the route core (Node 22.21 / 24.9 and
  // later read this; older ones hand every upgrade to the listener below, which answers 404 off the hub).
  (server as Server & { shouldUpgradeCallback?: (req: IncomingMessage) => boolean }).shouldUpgradeCallback = (req) =>
    /^websocket$/i.test(header(req, 'upgrade') ?? '') && core.hub.owns(new URL(req.url ?? '/', 'http://localhost').pathname);

  server.on('upgrade', hub.upgrade);

  return { dispatch: hubDispatch(core), close: hub.close };
}

/** Negotiate first, then the route core: the dispatch of a door that carries the hub. */
export function hubDispatch(core: MockCore): Dispatch {
  // Only the negotiate path is the hub's over HTTP: every other request goes to the core without an extra await.
  return (request) => (core.hub.answersHttp(request.path) ? core.hub.answer(request).then((answer) => answer ?? core.answer(request)) : core.answer(request));
}
