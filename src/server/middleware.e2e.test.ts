/**
 * `createMiddleware` mounted in Express (docs/behaviour.md#door-policy, docs/consumers.md#inside-express):
 * what the mock serves and what it passes on with `next()`, under a mount path, with the door policy on,
 * before and after body parsers. The recipes (express-recipe.test.ts, vite/) show the common case.
 */
import express, { type Express } from 'express';
import { once } from 'node:events';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createMiddleware, type MiddlewareOptions } from './middleware.ts';

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** An Express app: `mount` puts the mock in, then the app's own routes answer what the mock passed on. */
async function app(mount: (app: Express) => void): Promise<string> {
  const host = express();
  mount(host);
  host.all('/{*rest}', (req, res) => {
    res.json({ app: true, path: req.path, body: req.body ?? null });
  });
  const server = host.listen(0, '127.0.0.1');
  servers.push(server);
  if (!server.listening) await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, not fetch: fetch may not set `Host`. */
function send(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const framed = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = httpRequest({ host: hostname, port, method, path, headers: framed }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const LOGIN = JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' });
const JSON_TYPE = { 'content-type': 'application/json' };

async function login(base: string, prefix = ''): Promise<string> {
  const reply = await send(base, 'POST', `${prefix}/api/auth`, JSON_TYPE, LOGIN);
  expect(reply.status, reply.body).toBe(200);
  return (JSON.parse(reply.body) as { tokenId: string }).tokenId;
}

describe('what the middleware serves and what it passes on', () => {
  it('17.5 serves PORTOS paths and /__mock, and calls next() for every other path, its body unread', async () => {
    const base = await app((host) => {
      host.use(createMiddleware({ clock: '2023-08-04T21:30:00Z' }));
      host.use(express.json());
    });
    const token = await login(base);
    expect((await send(base, 'GET', '/sessions?$count=true', { authorization: `Bearer ${token}` })).body).toBe('{"count":60,"totalCount":60}');
    expect((await send(base, 'GET', '/__mock/health')).status).toBe(200);
    for (const path of ['/', '/index.html', '/api/sessions', '/sessions/', '/__mock/nope']) {
      const reply = await send(base, 'GET', path);
      expect(reply.status, path).toBe(200);
      expect(JSON.parse(reply.body), path).toMatchObject({ app: true });
    }
    // A body for the app reaches its own parser untouched.
    const posted = await send(base, 'POST', '/api/orders', JSON_TYPE, '{"item":1}');
    expect(JSON.parse(posted.body)).toEqual({ app: true, path: '/api/orders', body: { item: 1 } });
  });

  it('17.5 passes a preflight for the app’s paths on, and answers those for its own', async () => {
    const base = await app((host) => host.use(createMiddleware()));
    const preflight = { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' };
    const own = await send(base, 'OPTIONS', '/__mock/state', preflight);
    expect(own.status).toBe(204);
    expect(String(own.headers['access-control-allow-methods']).split(', ')).toContain('PUT');
    const theirs = await send(base, 'OPTIONS', '/api/orders', preflight);
    expect(JSON.parse(theirs.body)).toMatchObject({ app: true });
    expect(theirs.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('17.5 with controls off, /__mock paths are the app’s', async () => {
    const base = await app((host) => host.use(createMiddleware({ controls: false })));
    expect(JSON.parse((await send(base, 'GET', '/__mock/state')).body)).toMatchObject({ app: true, path: '/__mock/state' });
  });

  it('17.5 under a mount path serves /portos/sessions as /sessions and leaves /sessions to the app', async () => {
    const middleware = createMiddleware({ clock: '2023-08-04T21:30:00Z' });
    const base = await app((host) => host.use('/portos', middleware));
    const token = await login(base, '/portos');
    const list = await send(base, 'GET', '/portos/sessions?$take=1', { authorization: `Bearer ${token}` });
    expect(JSON.parse(list.body)).toMatchObject({ count: 1, totalCount: 60 });
    expect(JSON.parse((await send(base, 'GET', '/sessions')).body)).toMatchObject({ app: true, path: '/sessions' });
    // The journal and a problem's instance name the path as the browser sent it.
    expect(middleware.core.journal.entries.at(-1)).toMatchObject({ path: '/portos/sessions', status: 200 });
    const missing = await send(base, 'GET', '/portos/sessions/unknown', { authorization: `Bearer ${token}` });
    expect(JSON.parse(missing.body)).toMatchObject({ status: 404, instance: '/portos/sessions/unknown' });
  });
});

describe('the door policy, mounted', () => {
  const mounted = (options: MiddlewareOptions = {}) => app((host) => host.use(createMiddleware(options)));

  it('17.5 refuses Host evil.example on the mock’s paths only: the app’s paths are the app’s to guard', async () => {
    const base = await mounted();
    const refused = await send(base, 'GET', '/__mock/state', { host: 'evil.example:5173' });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).detail).toContain('"evil.example"');
    expect(refused.body).not.toContain('signing');
    expect((await send(base, 'GET', '/api/auth', { host: 'evil.example' })).status).toBe(403);
    expect(JSON.parse((await send(base, 'GET', '/hello', { host: 'evil.example' })).body)).toMatchObject({ app: true });
    expect((await send(base, 'GET', '/__mock/health', { host: 'localhost:5173' })).status).toBe(200);
  });

  it('17.5 allowedHosts and corsOrigins widen it as in startServer', async () => {
    const base = await mounted({ allowedHosts: ['.example.test'], corsOrigins: ['http://my-app.test:8080'] });
    expect((await send(base, 'GET', '/__mock/health', { host: 'dev.example.test' })).status).toBe(200);
    expect((await send(base, 'GET', '/__mock/health', { host: 'example.other' })).status).toBe(403);
    const widened = await send(base, 'GET', '/__mock/health', { origin: 'http://my-app.test:8080' });
    expect(widened.headers['access-control-allow-origin']).toBe('http://my-app.test:8080');
  });

  it('17.5 sends no Access-Control-Allow-Origin to https://evil.example and refuses it the controls', async () => {
    const base = await mounted();
    const operation = await send(base, 'POST', '/api/auth', { ...JSON_TYPE, origin: 'https://evil.example' }, LOGIN);
    expect(operation.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send(base, 'OPTIONS', '/__mock/state', { origin: 'https://evil.example', 'access-control-request-method': 'PUT' });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const control = await send(base, 'GET', '/__mock/state', { origin: 'https://evil.example' });
    expect(control.status).toBe(403);
    expect(JSON.parse(control.body).detail).toContain('corsOrigins');
  });

  it('17.5 logs the path as sent, mount point included', async () => {
    const lines: string[] = [];
    const base = await app((host) => host.use('/portos', createMiddleware({ log: (line) => lines.push(line) })));
    await send(base, 'GET', '/portos/__mock/health');
    await send(base, 'GET', '/portos/elsewhere');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/portos\/__mock\/health 200 \d+ ms$/);
  });
});

describe('bodies, before and after body parsers', () => {
  it('17.5 mounted first, it reads the body itself: its own 400 for bad JSON and 413 over 1 MiB', async () => {
    const base = await app((host) => {
      host.use(createMiddleware());
      host.use(express.json());
    });
    const bad = await send(base, 'POST', '/api/auth', JSON_TYPE, '{"UserName": "999",');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).errors[0].memberName).toBe('$');
    const big = await send(base, 'POST', '/api/auth', JSON_TYPE, `{"UserName":"${'x'.repeat(1024 * 1024)}"}`);
    expect(big.status).toBe(413);
  });

  it.each([
    ['express.json()', () => express.json()],
    ['express.text()', () => express.text({ type: 'application/json' })],
    ['express.raw()', () => express.raw({ type: 'application/json' })],
  ])('17.5 mounted after %s, it reads the req.body the parser left', async (_name, parser) => {
    const base = await app((host) => {
      host.use(parser());
      host.use(createMiddleware());
    });
    const token = await login(base);
    const state = await send(base, 'GET', '/__mock/state');
    const put = await send(base, 'PUT', '/__mock/state', JSON_TYPE, state.body);
    expect(put.status, put.body).toBe(204);
    expect((await send(base, 'GET', '/api/auth', { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('17.5 after a middleware that drained the body and left no req.body, a 400 says to mount the mock before body parsers', async () => {
    const base = await app((host) => {
      host.use((req, _res, next) => {
        req.resume();
        req.once('end', () => next());
      });
      host.use(createMiddleware());
    });
    const reply = await send(base, 'POST', '/api/auth', JSON_TYPE, LOGIN);
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('mount the mock before body parsers');
    // A bodiless control is still fine after it.
    expect((await send(base, 'POST', '/__mock/reset')).status).toBe(204);
  });
});
