/**
 * The node door's policy over real HTTP (docs/behaviour.md#door-policy), Vite's dev-server model
 * (CVE-2025-24010): a `Host` allow-list against DNS rebinding, CORS for localhost origins only, the
 * /__mock controls for JSON bodies and trusted pages only; and the 404 that names the nearest route.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './serve.ts';

let mock: RunningServer;
let widened: RunningServer;
const lines: string[] = [];

beforeAll(async () => {
  mock = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z', log: (line) => lines.push(line) });
  widened = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z', allowedHosts: ['my-pc.local', '.example.test'], corsOrigins: ['http://my-app.test:8080'] });
});

afterAll(async () => {
  await mock?.close();
  await widened?.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, not fetch: fetch may not set `Host`. */
function send(server: RunningServer, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const { hostname, port } = new URL(server.url);
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

describe('the Host allow-list (DNS rebinding)', () => {
  it('16.9 a request with Host evil.example is a 403 naming the host and --allowed-hosts, on PORTOS paths and controls alike', async () => {
    for (const path of ['/sessions', '/__mock/state', '/api/auth']) {
      const reply = await send(mock, 'GET', path, { host: 'evil.example:4010' });
      expect(reply.status, path).toBe(403);
      expect(reply.headers['content-type']).toContain('application/problem+json');
      const problem = JSON.parse(reply.body);
      expect(problem.detail).toContain('"evil.example"');
      expect(problem.detail).toContain('--allowed-hosts evil.example');
      expect(reply.body).not.toContain('signing');
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('16.9 answers IP addresses, localhost and *.localhost always, and other names only when allowed', async () => {
    for (const host of ['127.0.0.1:1', 'localhost', 'LOCALHOST:4010', 'app.localhost:4010', '[::1]:4010', '10.0.0.7']) {
      expect((await send(mock, 'GET', '/__mock/health', { host })).status, host).toBe(200);
    }
    for (const host of ['my-pc.local', 'example.test', 'a.b.example.test:80']) {
      expect((await send(mock, 'GET', '/__mock/health', { host })).status, `${host} on the default mock`).toBe(403);
      expect((await send(widened, 'GET', '/__mock/health', { host })).status, `${host} when allowed`).toBe(200);
    }
    expect((await send(widened, 'GET', '/__mock/health', { host: 'notexample.test' })).status).toBe(403);
  });
});

describe('CORS', () => {
  it('16.9 sends no Access-Control-Allow-Origin to https://evil.example nor to null, and echoes localhost origins', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example', 'http://127.0.0.1.evil.example']) {
      const reply = await send(mock, 'GET', '/api/auth', { origin });
      expect(reply.headers['access-control-allow-origin'], origin).toBeUndefined();
      const preflight = await send(mock, 'OPTIONS', '/sessions', { origin, 'access-control-request-method': 'DELETE' });
      expect(preflight.headers['access-control-allow-origin'], origin).toBeUndefined();
      expect(preflight.headers['access-control-allow-methods'], origin).toBeUndefined();
    }
    for (const origin of ['http://localhost:5173', 'https://localhost', 'http://app.localhost:3000', 'http://127.0.0.1:5173', 'http://[::1]:5173']) {
      const reply = await send(mock, 'GET', '/api/auth', { origin });
      expect(reply.headers['access-control-allow-origin'], origin).toBe(origin);
      expect(reply.headers['access-control-allow-credentials'], origin).toBe('true');
    }
  });

  it('16.9 --cors-origin widens the allowed origins', async () => {
    expect((await send(widened, 'GET', '/api/auth', { origin: 'http://my-app.test:8080' })).headers['access-control-allow-origin']).toBe('http://my-app.test:8080');
    expect((await send(widened, 'GET', '/api/auth', { origin: 'http://my-app.test:9090' })).headers['access-control-allow-origin']).toBeUndefined();
    const any = await startServer({ port: 0, corsOrigins: ['*'] });
    try {
      expect((await send(any, 'GET', '/api/auth', { origin: 'https://anything.example' })).headers['access-control-allow-origin']).toBe('https://anything.example');
    } finally {
      await any.close();
    }
  });

  it('16.9 the preflight allows the methods the routes have, PUT (of /__mock/state) included', async () => {
    const preflight = await send(mock, 'OPTIONS', '/__mock/state', { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' });
    expect(preflight.status).toBe(204);
    expect(String(preflight.headers['access-control-allow-methods']).split(', ').sort()).toEqual(['DELETE', 'GET', 'OPTIONS', 'POST', 'PUT']);
  });
});

describe('the /__mock controls', () => {
  it('16.9 take JSON bodies only: a text/plain body is a 415 naming Content-Type, and the clock does not move', async () => {
    const before = JSON.parse((await send(mock, 'GET', '/__mock/clock', {})).body);
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await send(mock, 'POST', '/__mock/clock', { 'content-type': contentType }, '{"advance":"PT13H"}');
      expect(reply.status, contentType).toBe(415);
      expect(JSON.parse(reply.body).detail).toContain('Content-Type');
    }
    expect(JSON.parse((await send(mock, 'GET', '/__mock/clock', {})).body)).toEqual(before);
    expect((await send(mock, 'POST', '/__mock/clock', { 'content-type': 'application/json' }, '{"advance":"PT0S"}')).status).toBe(200);
    expect((await send(mock, 'POST', '/__mock/reset', {})).status).toBe(204);
  });

  it('16.9 refuse a page on another origin with a 403 naming --cors-origin, and serve localhost pages', async () => {
    for (const [method, path] of [['GET', '/__mock/state'], ['POST', '/__mock/reset']] as const) {
      const reply = await send(mock, method, path, { origin: 'https://evil.example' });
      expect(reply.status, path).toBe(403);
      expect(JSON.parse(reply.body).detail).toContain('--cors-origin https://evil.example');
    }
    expect((await send(mock, 'GET', '/__mock/health', { origin: 'http://localhost:5173' })).status).toBe(200);
  });
});

describe('a path the mock does not own', () => {
  it.each([
    ['/sessions/', '/sessions'],
    ['/api/sessions', '/sessions'],
    ['/Sessions', '/sessions'],
    ['//api//auth', '/api/auth'],
    ['/api/auth/refresh/', '/api/auth/refresh'],
    ['/v1/sessions/abc', '/sessions/{id}'],
    ['/__mock/clok', '/__mock/clock'],
    ['/sesions', '/sessions'],
  ])('16.16 %s is a 404 whose detail names the path and the nearest route (%s)', async (path, nearest) => {
    const reply = await send(mock, 'GET', path, {});
    expect(reply.status).toBe(404);
    const problem = JSON.parse(reply.body);
    expect(problem.detail).toContain(`did you mean ${nearest}?`);
    expect(problem.detail).toContain('No route for /');
  });

  it('16.16 an unknown session id keeps its plain 404 (it is a route)', async () => {
    const reply = await send(mock, 'GET', '/sessions/unknown', { authorization: 'Bearer x' });
    expect([401, 404]).toContain(reply.status);
    expect(JSON.parse(reply.body).detail ?? '').not.toContain('did you mean');
  });
});

describe('the request log', () => {
  it('16.16 has one line per request: method, path, status, time in ms, and the ignored query parameters', async () => {
    const login = await send(mock, 'POST', '/api/auth', { 'content-type': 'application/json' }, '{"UserName":"999","DeviceName":"BackOffice"}');
    const { tokenId } = JSON.parse(login.body) as { tokenId: string };
    lines.length = 0;
    await send(mock, 'GET', '/sessions?$sotr=-lastAccessAt&sesionId=in:a:b', { authorization: `Bearer ${tokenId}` });
    await send(mock, 'GET', '/nope%1b[2J', {});
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/sessions\?\$sotr=-lastAccessAt&sesionId=in:a:b 200 \d+ ms \(ignored query parameters: \$sotr, sesionId\)$/);
    expect(lines[1]).toMatch(/^GET \/nope%1b\[2J 404 \d+ ms$/);
    // oxlint-disable-next-line no-control-regex -- no control character may reach the terminal
    for (const line of lines) expect(line).not.toMatch(/[\x00-\x1f]/);
  });
});
