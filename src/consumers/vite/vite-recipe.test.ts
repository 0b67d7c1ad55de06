/**
 * The Vite recipe (vite.config.ts beside this file, shown in docs/consumers.md#inside-your-vite-dev-server)
 * in a real Vite dev server on a free loopback port, with an app of two files in a temp dir: the mock
 * answers its paths through Vite's own origin, and Vite still serves the app (the middleware called next()).
 * The SignalR hub's WebSocket opens on Vite's server beside Vite's own HMR socket.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpTransportType, HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { createServer, mergeConfig, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import recipe from './vite.config.ts';

let root: string;
let vite: ViteDevServer;
let base: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'portos-vite-'));
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>my app</title><script type="module" src="/src/app.ts"></script>\n');
  await writeFile(join(root, 'src/app.ts'), "export const greeting: string = 'served by Vite';\n");
  // The recipe as written; the test only picks the folder, a free loopback port, and no file watcher
  // (HMR's WebSocket stays on: the hub must leave it to Vite).
  const config = mergeConfig(recipe, { root, configFile: false, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', watch: null } });
  vite = await createServer(config);
  await vite.listen();
  base = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await vite?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe("the mock inside Vite's dev server", () => {
  it('logs in as 999 and lists the sessions on the app’s own origin', async () => {
    const login = await fetch(`${base}/api/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
    });
    expect(login.status).toBe(200);
    const { tokenId } = (await login.json()) as { tokenId: string };
    const list = await fetch(`${base}/sessions?$take=5`, { headers: { authorization: `Bearer ${tokenId}` } });
    const page = (await list.json()) as { count: number; totalCount: number };
    expect(page).toMatchObject({ count: 5, totalCount: 60 });
  });

  it('leaves the app’s own paths to Vite: /index.html, /src/app.ts, and an unknown path gets the SPA fallback, not the mock’s 404', async () => {
    const html = await fetch(`${base}/index.html`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('/@vite/client'); // Vite transformed it
    const module = await fetch(`${base}/src/app.ts`);
    expect(module.status).toBe(200);
    expect(await module.text()).toContain('served by Vite');
    const unknown = await fetch(`${base}/some/route/of/the/app`, { headers: { accept: 'text/html' } });
    expect(unknown.status).toBe(200);
    expect(unknown.headers.get('content-type')).toContain('text/html');
  });

  it('answers the preflight of a page on http://localhost:5173 for PUT /__mock/state with the methods the mock has', async () => {
    const preflight = await fetch(`${base}/__mock/state`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')?.split(', ').sort()).toEqual(['DELETE', 'GET', 'OPTIONS', 'POST', 'PUT']);
    const state = await (await fetch(`${base}/__mock/state`)).text();
    const put = await fetch(`${base}/__mock/state`, { method: 'PUT', headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' }, body: state });
    expect(put.status).toBe(204);
    expect(put.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('opens the SignalR hub on Vite’s own server, and Vite’s HMR WebSocket still connects', async () => {
    const login = await fetch(`${base}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }) });
    const { tokenId } = (await login.json()) as { tokenId: string };
    const hub = new HubConnectionBuilder()
      .withUrl(`${base}/signalr/v1/mainHub`, { accessTokenFactory: () => tokenId, transport: HttpTransportType.WebSockets })
      .configureLogging(LogLevel.None)
      .build();
    // The login on P01 ends the seeded session there (deleted) and starts its own (created).
    const changed = new Promise<{ p: { change: string; resource: { name: string } } }>((resolve) =>
      hub.on('OnEvent', (event: { p: { change: string; resource: { name: string } } }) => {
        if (event.p.change === 'created') resolve(event);
      }),
    );
    await hub.start();
    try {
      await fetch(`${base}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ UserName: '999', DeviceName: 'P01' }) });
      expect((await changed).p).toMatchObject({ change: 'created', resource: { name: 'sessions' } });
    } finally {
      await hub.stop();
    }
    // What Vite's client does: its token, the vite-hmr subprotocol, and Vite greets it with `connected`.
    const hmr = new WebSocket(`${base.replace('http', 'ws')}/?token=${vite.config.webSocketToken}`, 'vite-hmr', { headers: { origin: base } });
    try {
      const greeting = await new Promise<string>((resolve, reject) => {
        hmr.once('message', (data) => resolve(String(data)));
        hmr.once('error', reject);
      });
      expect(JSON.parse(greeting)).toMatchObject({ type: 'connected' });
    } finally {
      hmr.terminate();
    }
  });
});
