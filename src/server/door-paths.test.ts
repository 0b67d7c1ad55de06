/**
 * The node door (node:http ⇄ plain, no Fetch objects, no msw) and the msw door (Fetch ⇄ plain, through
 * msw's `getResponse`) put the same route core behind two very different front ends. This proves they
 * answer alike: two mocks with the same pinned clock and seed, one asked over real HTTP and one through
 * msw, request by request over every operation and every problem, compared on status, the headers the
 * core sets, and body (trace ids, tokens and the caller's session id, random per mock, are normalised).
 * Requests neither mock owns get undefined from msw and the door's 404 problem over HTTP. The node door's
 * other form, `createMiddleware` mounted in a host server (Express here), is asked every request too: it
 * answers as the msw door, and what msw does not own reaches the host's own handler.
 */
import express from 'express';
import { getResponse } from 'msw';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApi, type MockApi } from '../msw/index.ts';
import { createMiddleware, type PortosMiddleware } from './middleware.ts';
import { startServer, type RunningServer } from './serve.ts';

const SEEDED = 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA';
const CLOCK = '2023-08-04T21:30:00Z';
/** The headers the core and the door answer with, beyond the transport's own (date, length, CORS). */
const COMPARED_HEADERS = ['content-type', 'content-language', 'allow', 'x-mock-warning'];

interface Case {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  auth?: boolean;
}

const CASES: Case[] = [
  { path: '/sessions' },
  { path: '/sessions', auth: false },
  // `{own}`: the caller's session, whose random id would otherwise match the filter in one mock only.
  { path: '/sessions?$take=20&sessionId=gt:a;neq:{own}' },
  { path: '/sessions?$sort=-lastAccessAt,identity.userName&$skip=3&$take=7' },
  { path: `/sessions?$count=true&sessionId=in:a:b:${SEEDED}` },
  { path: '/sessions?$take=-1&$sort=nope&sessionId=zz:1&$count=maybe' },
  { path: '/sessions?$include=x&foo=1&%C5%BE=2' },
  { path: '/sessions?sessionId=%E0%A4%A' },
  { path: `/sessions/${SEEDED}` },
  { path: '/sessions/unknown', headers: { 'accept-language': 'en-GB' } },
  { path: '/sessions/%E0%A4%A' },
  { path: '/sessions/a%2Fb' },
  { path: '/sessions/' },
  { path: '/sessions/a/b' },
  { path: '/Sessions' },
  { path: '//sessions' },
  { path: '/sessions/../sessions' },
  { method: 'PUT', path: '/sessions' },
  { method: 'HEAD', path: '/sessions' },
  { method: 'OPTIONS', path: '/sessions' },
  { method: 'PATCH', path: `/sessions/${SEEDED}` },
  { path: '/api/auth' },
  { path: '/api/auth', auth: false, headers: { 'accept-language': 'en;q=0.5, sk;q=0.9' } },
  { method: 'POST', path: '/api/auth', body: '{"UserName":"999"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth', body: 'not json', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth', body: '{"UserName":"nobody","DeviceName":"P01"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth/refresh', body: '{"tokenId":"x","refreshToken":"y"}', headers: { 'content-type': 'application/json' }, auth: false },
  { path: '/sessions', headers: { 'x-mock-status': '503' } },
  { path: '/sessions', headers: { 'x-mock-status': '405' } },
  { path: '/sessions', headers: { 'x-mock-status': 'abc', 'x-mock-delay': '-1' } },
  { path: '/sessions', headers: { 'x-mock-delay': '1' } },
  { path: '/__mock/health' },
  { method: 'POST', path: '/__mock/health' },
  { path: '/__mock/requests' },
  { path: '/nothing-here' },
  { path: '/api/authx' },
  { method: 'DELETE', path: `/sessions/${SEEDED}` },
  { method: 'DELETE', path: `/sessions/${SEEDED}` },
  { path: `/sessions/${SEEDED}` },
  { path: '/sessions?$sort=-_v&$take=3' },
  // Every operation, with the caller's own pair (`{token}`, `{refresh}`) where one is needed.
  { path: '/api/auth', headers: { 'accept-language': 'en-GB' } },
  { method: 'POST', path: '/api/auth', body: '{"UserName":"100","DeviceName":"BackOffice"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth', body: '{"UserName":"100","Password":"nope","DeviceName":"BackOffice"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth', body: '{"UserName":"999","DeviceName":"nowhere"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth', body: '[]', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth/refresh', body: '{"tokenId":"{token}"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth/refresh', body: '{"tokenId":"{token}","refreshToken":"wrong"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth/refresh', body: '{"tokenId":"{token}","refreshToken":"{refresh}"}', headers: { 'content-type': 'application/json' }, auth: false },
  // The refresh rotated the pair: the old token is refused from now on, everywhere.
  { path: '/sessions?$take=1' },
  { path: '/api/auth', headers: { authorization: 'Basic abc' }, auth: false },
  { path: '/api/auth', headers: { authorization: 'Bearer not-a-jwt' }, auth: false },
  { method: 'PUT', path: '/api/auth/refresh' },
  { method: 'GET', path: '/api/auth/refresh' },
  { method: 'POST', path: '/__mock/requests' },
  // Issue 16: clock moves out of range, non-JSON control bodies, bodies nested too deep.
  { method: 'POST', path: '/__mock/clock', body: '{"advance":"P100000000D"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/__mock/clock', body: '{"set":"9999-12-31T23:59:59Z"}', headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/__mock/clock', body: '{"advance":"PT1S"}', headers: { 'content-type': 'text/plain' }, auth: false },
  { method: 'POST', path: '/api/auth', body: `${'['.repeat(5000)}${']'.repeat(5000)}`, headers: { 'content-type': 'application/json' }, auth: false },
  { method: 'POST', path: '/api/auth', body: 'UserName=999&Password=x&DeviceName=Tool', headers: { 'content-type': 'application/x-www-form-urlencoded' }, auth: false },
  { path: '/sessions', headers: { 'x-mock-status': '204' } },
  { path: '/sessions', headers: { 'x-mock-status': '400', 'accept-language': 'en-GB' } },
  // The resources served from the catalogue: lists, items and the device writes.
  { path: '/users?isActive=true&$sort=-name&$skip=1&$take=3' },
  { path: '/users/635f7ae3072edfeae7c26a1e' },
  { path: '/users/nobody', headers: { 'accept-language': 'en-GB' } },
  { path: '/devices?envName=in:PDA:Tool&$sort=envName,-name&$take=5' },
  { path: '/devices?$count=true&isActive=false' },
  { path: '/devices?isActive=perhaps' },
  { path: '/devices/P01' },
  { path: '/apikeys?$sort=-createdAt' },
  { path: '/apikeys/64c8f1a2b3c4d5e6f7a8b901' },
  { method: 'POST', path: '/devices', body: '{"name":"Z1","envName":"Tool","description":null,"preferences":{},"settings":{}}', headers: { 'content-type': 'application/json' } },
  { method: 'POST', path: '/devices', body: '{"name":"Z1","envName":"Tool","description":null,"preferences":{},"settings":{}}', headers: { 'content-type': 'application/json' } },
  { method: 'PUT', path: '/devices/Z1', body: '{"name":"Z1","envName":"Tool","description":"x","preferences":{},"settings":{},"_v":1}', headers: { 'content-type': 'application/json' } },
  { method: 'PUT', path: '/devices/Z1', body: '{"name":"Z1","envName":"Tool","description":"y","preferences":{},"settings":{},"_v":1}', headers: { 'content-type': 'application/json' } },
  { method: 'PUT', path: '/devices/Z1', body: '{"name":"Z2","envName":"Kiosk","description":"y","preferences":{},"settings":{}}', headers: { 'content-type': 'application/json' } },
  { method: 'DELETE', path: '/devices/Z1' },
  { method: 'DELETE', path: '/devices/Tool' },
  { method: 'PATCH', path: '/devices/P01' },
];

interface Caller {
  token: string;
  refreshToken: string;
  sessionId: string;
}

interface Answer {
  status: number;
  headers: Record<string, string | null>;
  body: string;
}

let server: RunningServer;
let msw: MockApi;
let mounted: PortosMiddleware;
let host: Server;
let hostUrl: string;
/** What the host server answers for every path the middleware passed on. */
const HOST_ANSWER = { status: 418, body: { host: true } };

beforeAll(async () => {
  server = await startServer({ port: 0, clock: CLOCK });
  msw = createMockApi({ clock: CLOCK });
  await msw.ready;
  mounted = createMiddleware({ clock: CLOCK });
  await mounted.core.ready;
  const app = express();
  app.use(mounted);
  app.use((_req, res) => {
    res.status(HOST_ANSWER.status).json(HOST_ANSWER.body);
  });
  host = app.listen(0, '127.0.0.1');
  if (!host.listening) await once(host, 'listening');
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await server?.close();
  host?.closeAllConnections();
  await new Promise((resolve) => host?.close(resolve));
});

/** Logs in on Tool through one door; `send` is that door. */
async function login(base: string, send: (request: Request) => Promise<Response | undefined>, sessions: () => { sessionId: string; startedAt: string }[]): Promise<Caller> {
  const response = await send(new Request(`${base}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"UserName":"999","DeviceName":"Tool"}' }));
  const { tokenId, refreshToken } = (await response!.json()) as { tokenId: string; refreshToken: string };
  const sessionId = sessions().find((s) => s.startedAt === CLOCK)!.sessionId;
  return { token: tokenId, refreshToken, sessionId };
}

async function ask(base: string, send: (request: Request) => Promise<Response | undefined>, c: Case, caller: Caller): Promise<Answer | undefined> {
  const fill = (text: string) => text.replace('{own}', caller.sessionId).replace('{token}', caller.token).replace('{refresh}', caller.refreshToken);
  const headers = new Headers(c.headers);
  if (c.auth !== false) headers.set('authorization', `Bearer ${caller.token}`);
  const request = new Request(`${base}${fill(c.path)}`, { method: c.method ?? 'GET', headers, ...(c.body !== undefined && { body: fill(c.body) }) });
  const response = await send(request);
  if (!response) return undefined;
  let body = await response.text();
  // A refresh hands out the next pair: follow it, so later cases use the caller's current token.
  if (response.status === 200 && c.path === '/api/auth/refresh') Object.assign(caller, { token: JSON.parse(body).tokenId, refreshToken: JSON.parse(body).refreshToken });
  // The origin asked (the journal's URLs hold it) differs between the standalone server and the host server.
  for (const secret of [caller.token, caller.refreshToken, caller.sessionId, base]) body = body.replaceAll(secret, '<random>');
  body = body.replace(/00-[0-9a-f]{32}-[0-9a-f]{16}-00/g, '<traceId>').replace(/"tokenId":"[^"]+","refreshToken":"[^"]+"/g, '"tokenId":"<new>","refreshToken":"<new>"');
  return { status: response.status, headers: Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)])), body };
}

describe('the node door, the msw door and the middleware answer alike', () => {
  it(`give the same answer to ${CASES.length} requests over every operation and problem, and keep the same journal`, async () => {
    const overHttp = (request: Request) => fetch(request);
    const throughMsw = (request: Request) => getResponse(msw.handlers, request);
    const httpCaller = await login(server.url, overHttp, () => server.core.store.sessionsOnDevice('Tool'));
    const mswCaller = await login(server.url, throughMsw, () => msw.store.sessionsOnDevice('Tool'));
    const mountedCaller = await login(hostUrl, overHttp, () => mounted.core.store.sessionsOnDevice('Tool'));
    for (const c of CASES) {
      const where = `${c.method ?? 'GET'} ${c.path}`;
      const viaHttp = await ask(server.url, overHttp, c, httpCaller);
      const viaMsw = await ask(server.url, throughMsw, c, mswCaller);
      const viaMiddleware = await ask(hostUrl, overHttp, c, mountedCaller);
      if (viaMsw === undefined) {
        // Not the mock's: msw lets it pass, the node door owns the origin and answers its 404 problem, the
        // middleware calls next() and the host answers.
        expect(viaHttp?.status, where).toBe(404);
        expect(JSON.parse(viaHttp!.body).title, where).toBe('Zdroj nebol nájdený');
        expect({ status: viaMiddleware?.status, body: c.method === 'HEAD' ? undefined : JSON.parse(viaMiddleware!.body) }, where).toEqual({ status: HOST_ANSWER.status, body: c.method === 'HEAD' ? undefined : HOST_ANSWER.body });
        continue;
      }
      // HTTP carries no body in an answer to HEAD; everything else must match.
      const expected = c.method === 'HEAD' ? { ...viaMsw, body: '' } : viaMsw;
      expect(viaHttp, where).toEqual(expected);
      expect(viaMiddleware, `${where} (middleware)`).toEqual(expected);
    }
    const journal = (entries: readonly { method: string; url: string; status: number }[], caller: Caller, origin: string) =>
      entries.map((e) => [e.method, e.url.replace(origin, '').replace(caller.sessionId, '<random>').replace(caller.token, '<random>'), e.status]);
    expect(journal(server.core.journal.entries, httpCaller, server.url)).toEqual(journal(msw.journal.entries, mswCaller, server.url));
    expect(journal(mounted.core.journal.entries, mountedCaller, hostUrl)).toEqual(journal(msw.journal.entries, mswCaller, server.url));
    expect(server.core.journal.entries.length).toBeGreaterThan(CASES.length / 2);
  });
});
