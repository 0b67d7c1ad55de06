/**
 * `startServer`: the mock over node:http, for `npm start`, the contract kit and end-to-end tests.
 */
import { compileValidators } from '../spec/compile-validators.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDoorPolicy, createMockCore, type MockCore, type MockCoreOptions } from '../handlers/index.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';
import { createRequestListener, type RequestLog } from './listener.ts';
import { attachHub } from './signalr/attach-hub.ts';

/** The mock's own options (clock, fixtures, delay, controls, journal limit), plus where to listen. */
export interface ServerOptions extends MockCoreOptions {
  /** Port to listen on; 0 picks a free one. Default 4010. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1 (loopback only); `0.0.0.0` exposes the mock to the network. */
  host?: string;
  /** Serve this mock (e.g. `createMockApi(…).core`) instead of creating one from the options above. */
  core?: MockCore;
  /**
   * More `Host` names to answer (`--allowed-hosts`), as Vite's `server.allowedHosts`: `name` exactly,
   * `.name` with its subdomains, `true` any Host. IP addresses, `localhost`, `*.localhost` and `host`
   * are always answered; any other Host gets a 403 problem (DNS rebinding: docs/behaviour.md#door-policy).
   */
  allowedHosts?: readonly string[] | true;
  /**
   * Browser origins besides localhost ones that may call the mock across origins and use its controls
   * (`--cors-origin`); `'*'` allows any origin.
   */
  corsOrigins?: readonly string[];
  /** Called with one line per answered request (`npm start` prints them unless `--quiet`). Default: none. */
  log?: RequestLog;
}

export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The mock behind the server: its store, clock, journal and `reset()`. */
  core: MockCore;
  server: Server;
  close(): Promise<void>;
}

/**
 * Starts the mock and resolves once it listens and its store is seeded.
 *
 * @example
 * const mock = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z' });
 * await fetch(`${mock.url}/__mock/health`);
 * await mock.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const core = options.core ?? createMockCore({ compileSchemas: compileValidators, ...options });
  await core.ready;
  const host = options.host ?? DEFAULT_HOST;
  const server = createServer();
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  await listening;
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const policy = createDoorPolicy({ host, ...(options.allowedHosts !== undefined && { allowedHosts: options.allowedHosts }), ...(options.corsOrigins !== undefined && { corsOrigins: options.corsOrigins }) });
  // The SignalR hub (docs/behaviour.md#notification-hub): negotiate before the route core, and the WebSocket upgrade.
  const hub = attachHub(server, core, url, policy);
  server.on('request', createRequestListener(core, url, { policy, dispatch: hub.dispatch, ...(options.log && { log: options.log }) }));
  return {
    url,
    core,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        hub.close();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
