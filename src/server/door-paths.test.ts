/**
 * The node door calls the route core (`api.handle`) directly; browsers and tests reach the same core
 * through msw (`getResponse(api.handlers, …)`). This proves both paths answer a table of requests
 * identically: two mocks with the same pinned clock and seed, one asked through each path, request by
 * request, compared on status, headers and body (trace ids, tokens and the caller's new session id,
 * which are random per mock, are normalised).
 */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockApi, type MockApi } from '../handlers/index.ts';

const ORIGIN = 'http://127.0.0.1:4010';
const SEEDED = 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA';

type Dispatch = (request: Request) => Promise<Response | undefined>;

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
];

async function setup(): Promise<{ api: MockApi; token: string; sessionId: string }> {
  const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
  const response = await api.handle(
    new Request(`${ORIGIN}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"UserName":"999","DeviceName":"Tool"}' }),
  );
  const { tokenId } = (await response!.json()) as { tokenId: string };
  const sessionId = api.store.sessionsOnDevice('Tool').find((s) => s.startedAt === '2023-08-04T21:30:00Z')!.sessionId;
  return { api, token: tokenId, sessionId };
}

async function answer(dispatch: Dispatch, c: Case, token: string, secrets: string[]) {
  const headers = new Headers(c.headers);
  if (c.auth !== false) headers.set('authorization', `Bearer ${token}`);
  const request = new Request(`${ORIGIN}${c.path.replace('{own}', secrets[1]!)}`, { method: c.method ?? 'GET', headers, ...(c.body !== undefined && { body: c.body }) });
  const response = await dispatch(request);
  if (!response) return undefined;
  let body = await response.text();
  for (const secret of secrets) body = body.replaceAll(secret, '<random>');
  body = body.replace(/00-[0-9a-f]{32}-[0-9a-f]{16}-00/g, '<traceId>');
  return { status: response.status, headers: [...response.headers], body };
}

describe('the node door (route core) and msw answer alike', () => {
  it(`gives the same answer to ${CASES.length} requests through api.handle and through msw getResponse`, async () => {
    const core = await setup();
    const msw = await setup();
    const viaCore: Dispatch = (request) => core.api.handle(request);
    const viaMsw: Dispatch = (request) => getResponse(msw.api.handlers, request, { baseUrl: ORIGIN });
    for (const c of CASES) {
      const a = await answer(viaCore, c, core.token, [core.token, core.sessionId]);
      const b = await answer(viaMsw, c, msw.token, [msw.token, msw.sessionId]);
      expect(b, `${c.method ?? 'GET'} ${c.path}`).toEqual(a);
    }
    const journal = (mock: { api: MockApi; sessionId: string }) => mock.api.journal.map((e) => [e.method, e.url.replace(mock.sessionId, '<random>'), e.status]);
    expect(journal(msw)).toEqual(journal(core));
  });
});
