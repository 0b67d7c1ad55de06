import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { validateResponse } from '../spec/index.ts';
import { startServer, type RunningServer } from './serve.ts';

const CLOCK = '2023-08-04T21:30:00Z';
let running: RunningServer[] = [];

async function start(options: Parameters<typeof startServer>[0] = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, clock: CLOCK, ...options });
  running.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  running = [];
});

async function login(url: string, device = 'BackOffice'): Promise<string> {
  const response = await fetch(`${url}/api/auth`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: device }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { tokenId: string };
  return body.tokenId;
}

/** A raw request, for what fetch will not send (odd targets, huge bodies). */
function raw(url: string, method: string, path: string, body?: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest({ host: target.hostname, port: target.port, method, path }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the npm start server over real HTTP', () => {
  it('runs login → list → delete → 401 with the deleted session’s token', async () => {
    const { url } = await start();
    const token = await login(url);
    const auth = { Authorization: `Bearer ${token}` };

    const list = await fetch(`${url}/sessions?$sort=-startedAt&$take=5`, { headers: auth });
    expect(list.status).toBe(200);
    const page = (await list.json()) as { items: { sessionId: string; identity: { deviceName: string } }[]; count: number; totalCount: number };
    expect(validateResponse('getSessions', 200, list.headers.get('content-type'), page)).toEqual({ contract: [], body: [] });
    expect(page.count).toBe(5);
    expect(page.totalCount).toBeGreaterThanOrEqual(50);
    const mine = page.items[0]!;
    expect(mine.identity.deviceName).toBe('BackOffice');

    const deleted = await fetch(`${url}/sessions/${mine.sessionId}`, { method: 'DELETE', headers: auth });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');

    const after = await fetch(`${url}/sessions`, { headers: auth });
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toContain('application/problem+json');
    expect(await after.json()).toMatchObject({ status: 401, errorCode: 1 });
  });

  it('answers a CORS preflight and exposes headers to other origins', async () => {
    const { url } = await start();
    const preflight = await fetch(`${url}/sessions`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE');

    const token = await login(url);
    const list = await fetch(`${url}/sessions`, { headers: { Origin: 'http://localhost:5173', Authorization: `Bearer ${token}` } });
    expect(list.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(list.headers.get('access-control-expose-headers')).toContain('x-mock-warning');
  });

  it('answers unknown paths with a 404 problem and wrong methods with 405 and Allow', async () => {
    const { url } = await start();
    const unknown = await fetch(`${url}/nothing/here`, { headers: { 'Accept-Language': 'en-GB' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(await unknown.json()).toMatchObject({ status: 404, title: 'Resource not found', instance: '/nothing/here' });

    const wrong = await fetch(`${url}/sessions`, { method: 'PUT' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('GET');
  });

  it('refuses an unreadable request target and an oversized body with a problem, not a crash', async () => {
    const { url } = await start();
    const odd = await raw(url, 'GET', '*');
    expect(odd.status).toBe(400);
    expect(JSON.parse(odd.body)).toMatchObject({ status: 400 });

    const huge = await raw(url, 'POST', '/api/auth', Buffer.alloc(2 * 1024 * 1024, 'a'));
    expect(huge.status).toBe(413);

    const health = await fetch(`${url}/__mock/health`);
    expect(health.status).toBe(200);
  });

  it('serves no controls with controls: false', async () => {
    const { url } = await start({ controls: false });
    expect((await fetch(`${url}/__mock/health`)).status).toBe(404);
  });

  it('listens on loopback by default and reports the URL it got', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
