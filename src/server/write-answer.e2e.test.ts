/**
 * The node door writes an answer as a bare node:http server does (issue 18: one `writeHead`, the body as
 * UTF-8 bytes with its length): these hold it to what `setHeader` per header and a string body sent
 * before, and the door's Host check to every request even though an allowed Host is remembered.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './serve.ts';

let mock: RunningServer;

beforeAll(async () => {
  mock = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z' });
});

afterAll(async () => {
  await mock?.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http, not fetch: it sets `Host` as given and shows every header as sent. */
function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  const { hostname, port } = new URL(mock.url);
  return new Promise((resolve, reject) => {
    const framed = body === undefined ? headers : { 'content-type': 'application/json', ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = httpRequest({ host: hostname, port, method, path, headers: framed }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function token(): Promise<string> {
  const login = await send('POST', '/api/auth', {}, JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }));
  return (JSON.parse(login.body.toString('utf8')) as { tokenId: string }).tokenId;
}

describe('18 the node door writes answers with one writeHead and a byte body', () => {
  it('sends Content-Length as the UTF-8 byte length of a body with non-ASCII letters, and the body intact', async () => {
    const reply = await send('GET', '/nosuch');
    const text = reply.body.toString('utf8');
    expect(reply.status).toBe(404);
    expect(text).toContain('Zdroj nebol nájdený');
    expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
    expect(reply.headers['content-length']).toBe(String(reply.body.length));
    expect(reply.headers['transfer-encoding']).toBeUndefined();
    expect(reply.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(reply.headers['access-control-allow-origin']).toBe('*');
  });

  it.each([3, 20])('sends a list of %i devices (short text, long bytes) as the bytes JSON.parse reads back, with the CORS headers of an allowed origin', async (take) => {
    const reply = await send('GET', `/devices?$take=${take}`, { authorization: `Bearer ${await token()}`, origin: 'http://localhost:5173' });
    const text = reply.body.toString('utf8');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(reply.body.length));
    if (take === 20) expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
    expect((JSON.parse(text) as { count: number }).count).toBe(take);
    expect(reply.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(reply.headers.vary).toBe('Origin');
  });

  it('sends no Content-Length and no body on a 204, nor on a HEAD answer', async () => {
    const bearer = { authorization: `Bearer ${await token()}` };
    const deleted = await send('DELETE', '/sessions/soZIt6uj62fzs8ep4UvnNSxRXFryUiq3', bearer);
    expect(deleted.status).toBe(204);
    expect(deleted.headers['content-length']).toBeUndefined();
    expect(deleted.body.length).toBe(0);
    const head = await send('HEAD', '/devices/P01', bearer);
    expect(head.status).toBe(405);
    expect(head.headers['content-length']).toBeUndefined();
    expect(head.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(head.body.length).toBe(0);
  });

  it('refuses a Host off the allow-list between two requests whose Host it allowed', async () => {
    const { host } = new URL(mock.url);
    expect((await send('GET', '/__mock/health', { host })).status).toBe(200);
    const refused = await send('GET', '/__mock/health', { host: 'rebound.example' });
    expect(refused.status).toBe(403);
    expect(refused.body.toString('utf8')).toContain('rebound.example');
    expect((await send('GET', '/__mock/health', { host })).status).toBe(200);
    expect((await send('GET', '/__mock/health', { host: 'rebound.example' })).status).toBe(403);
  });
});
