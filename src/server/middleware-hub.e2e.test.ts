/**
 * The SignalR hub through `createMiddleware` (docs/consumers.md#inside-your-dev-server,
 * docs/behaviour.md#notification-hub): negotiate is one of the middleware's paths, and `upgrade` on the
 * host server's `upgrade` event opens the hub's WebSocket, under the same door policy, while every other
 * upgrade (Vite's HMR socket, the app's own) stays the host's. Tested with the official client in Express.
 */
import { HttpTransportType, HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import express from 'express';
import { once } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createMiddleware, type MiddlewareOptions, type PortosMiddleware } from './middleware.ts';

const CLOCK = '2023-08-04T21:30:00Z';
const HUB = '/signalr/v1/mainHub';

interface Notification {
  e: string;
  p: { change: string; resource: { name: string; id: string } };
}

interface Host {
  base: string;
  mock: PortosMiddleware;
  /** What `mock.upgrade` answered, per upgrade request path, in order. */
  upgrades: { path: string; taken: boolean }[];
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * An Express app with the mock mounted at `prefix` and its `upgrade` on the server's upgrade event, beside
 * the app's own WebSocket at /app-socket (answered by a second upgrade listener, as Vite's HMR is), which
 * answers 418 to any other upgrade the mock left.
 */
async function host(options: MiddlewareOptions = {}, prefix = ''): Promise<Host> {
  const mock = createMiddleware({ clock: CLOCK, ...options });
  const app = express();
  if (prefix) app.use(prefix, mock);
  else app.use(mock);
  app.all('/{*rest}', (_req, res) => {
    res.json({ app: true });
  });
  const server: Server = app.listen(0, '127.0.0.1');
  if (!server.listening) await once(server, 'listening');
  const upgrades: Host['upgrades'] = [];
  const taken = new WeakSet<IncomingMessage>();
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const mine = mock.upgrade(req, socket, head);
    if (mine) taken.add(req);
    upgrades.push({ path: req.url ?? '', taken: mine });
  });
  const appSockets = new WebSocketServer({ noServer: true });
  appSockets.on('connection', (ws) => ws.send('from the app'));
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (taken.has(req)) return;
    if (req.url === '/app-socket') appSockets.handleUpgrade(req, socket, head, (ws) => appSockets.emit('connection', ws, req));
    else socket.end('HTTP/1.1 418 I\'m a teapot\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        mock.closeHub();
        for (const ws of appSockets.clients) ws.terminate();
        appSockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, mock, upgrades };
}

async function login(base: string, deviceName = 'BackOffice'): Promise<string> {
  const response = await fetch(`${base}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ UserName: '999', DeviceName: deviceName }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { tokenId: string }).tokenId;
}

/**
 * A started @microsoft/signalr client on `hubUrl`; `next` resolves with the first `OnEvent` that matches,
 * received before or within a second after the call.
 */
async function listen(hubUrl: string, token: string): Promise<{ next(match: (n: Notification) => boolean): Promise<Notification> }> {
  const connection: HubConnection = new HubConnectionBuilder()
    .withUrl(hubUrl, { accessTokenFactory: () => token, transport: HttpTransportType.WebSockets })
    .configureLogging(LogLevel.None)
    .build();
  const events: Notification[] = [];
  const waiting = new Set<() => void>();
  connection.on('OnEvent', (notification: Notification) => {
    events.push(notification);
    for (const wake of waiting) wake();
  });
  cleanups.push(() => connection.stop());
  await connection.start();
  return {
    next: (match) =>
      new Promise((resolve, reject) => {
        const look = () => {
          const found = events.find(match);
          if (found) resolve(found);
          return found !== undefined;
        };
        if (look()) return;
        const wake = () => {
          if (look()) waiting.delete(wake);
        };
        waiting.add(wake);
        setTimeout(() => {
          if (waiting.delete(wake)) reject(new Error(`No matching OnEvent within 1000 ms; received: ${JSON.stringify(events)}`));
        }, 1000);
      }),
  };
}

/** A raw WebSocket; resolves with its first message once open, or the HTTP status of a refused upgrade. */
function rawSocket(url: string, headers: Record<string, string> = {}, protocol?: string): Promise<{ message: string } | { open: true } | { status: number }> {
  const socket = new WebSocket(url, protocol === undefined ? [] : [protocol], { headers });
  cleanups.push(() => socket.terminate());
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      const quiet = setTimeout(() => resolve({ open: true }), 200);
      socket.once('message', (data) => {
        clearTimeout(quiet);
        resolve({ message: String(data) });
      });
    });
    socket.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode ?? 0 }));
    socket.once('error', reject);
  });
}

const sessionCreated = (n: Notification) => n.e === 'portos.resources.changed' && n.p.change === 'created' && n.p.resource.name === 'sessions';

describe('the SignalR hub through the middleware', () => {
  it('17.5 carries the hub: @microsoft/signalr receives the change event of a login made through the Express app', async () => {
    const { base, mock, upgrades } = await host();
    const client = await listen(`${base}${HUB}`, await login(base));
    const created = client.next(sessionCreated);
    await login(base, 'P01');
    const notification = await created;
    expect(mock.core.store.getSession(notification.p.resource.id)?.identity.deviceName).toBe('P01');
    expect(upgrades).toEqual([{ path: expect.stringMatching(/^\/signalr\/v1\/mainHub\?id=/), taken: true }]);
  });

  it('17.5 leaves every other upgrade to the host: the app’s own WebSocket opens beside the hub, its socket untouched', async () => {
    const { base, upgrades } = await host();
    const ws = base.replace('http', 'ws');
    expect(await rawSocket(`${ws}/app-socket`)).toEqual({ message: 'from the app' });
    // Vite's HMR client asks for the `vite-hmr` subprotocol: still the app's.
    expect(await rawSocket(`${ws}/app-socket`, {}, 'vite-hmr')).toEqual({ message: 'from the app' });
    expect(upgrades).toEqual([
      { path: '/app-socket', taken: false },
      { path: '/app-socket', taken: false },
    ]);
  });

  it('17.5 keeps the door policy on the hub: Host evil.example 403, a page on https://evil.example 403, no token 401', async () => {
    const { base } = await host();
    const token = await login(base);
    const hub = `${base.replace('http', 'ws')}${HUB}`;
    expect(await rawSocket(`${hub}?access_token=${token}`, { host: 'evil.example' })).toEqual({ status: 403 });
    expect(await rawSocket(`${hub}?access_token=${token}`, { origin: 'https://evil.example' })).toEqual({ status: 403 });
    expect(await rawSocket(hub)).toEqual({ status: 401 });
    expect(await rawSocket(`${hub}?access_token=${token}`, { origin: 'http://localhost:5173' })).not.toHaveProperty('status');
    const negotiate = await fetch(`${base}${HUB}/negotiate?negotiateVersion=1`, { method: 'POST' });
    expect(negotiate.status).toBe(401);
  });

  it('17.5 mounted under /portos with mountPath, the hub is /portos/signalr/v1/mainHub and /signalr/v1/mainHub stays the host’s', async () => {
    const { base, upgrades } = await host({ mountPath: '/portos' }, '/portos');
    const client = await listen(`${base}/portos${HUB}`, await login(`${base}/portos`));
    const created = client.next(sessionCreated);
    await login(`${base}/portos`, 'P01');
    await created;
    expect(upgrades.at(-1)).toMatchObject({ taken: true });
    // The same path outside the mount point is the host's, whose own listener answers it.
    const token = await login(`${base}/portos`, 'P02');
    expect(await rawSocket(`${base.replace('http', 'ws')}${HUB}?access_token=${token}`)).toEqual({ status: 418 });
    expect(upgrades.at(-1)).toEqual({ path: `${HUB}?access_token=${token}`, taken: false });
  });
});
