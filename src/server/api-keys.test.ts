/**
 * Issue 19.2: the mock accepts requests signed with an API key (NWS4-HMAC-SHA256), through both doors
 * alike (the node door over real HTTP, the msw door through `getResponse`), checked with the mock's own
 * clock (docs/behaviour.md#api-key-session, #nws4-verification, #nws4-challenge).
 */
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultApiKeys from '../../fixtures/apikeys.json' with { type: 'json' };
import { createMockApi, type MockApi } from '../msw/index.ts';
import { signRequest } from '../portos/nws4/index.ts';
import { startServer, type RunningServer } from './serve.ts';

const CLOCK = '2023-08-04T21:30:00Z';
interface Key {
  clientId: string;
  clientSecret: string;
}
const [eshop, , inactive] = defaultApiKeys as unknown as [Key & { userName: string; deviceName: string }, Key, Key];
const CHALLENGE = 'NWS4-HMAC-SHA256 realm="PORTOS", charset="UTF-8"';

type Send = (request: Request) => Promise<Response>;
interface SessionItem {
  sessionId: string;
  identity: { userName: string; deviceName: string; envName: string; authenticationType: string };
  _v: number;
  startedAt: string;
}

let server: RunningServer;
let msw: MockApi;

beforeAll(async () => {
  server = await startServer({ port: 0, clock: CLOCK });
  msw = createMockApi({ clock: CLOCK });
  await msw.ready;
});

afterAll(async () => {
  await server?.close();
});

const doors: [string, () => Send][] = [
  ['the node door', () => (request) => fetch(request)],
  ['the msw door', () => async (request) => (await getResponse(msw.handlers, request))!],
];

/** The clock of the mock behind `send`, as `GET /__mock/clock` answers it. */
async function mockNow(send: Send): Promise<Date> {
  const { now } = (await (await send(new Request(`${server.url}/__mock/clock`))).json()) as { now: string };
  return new Date(now);
}

async function signed(send: Send, url: string, init: RequestInit = {}, key: Key = eshop, now?: Date): Promise<Request> {
  return signRequest(new Request(`${server.url}${url}`, init), { clientId: key.clientId, clientSecret: key.clientSecret, now: now ?? (await mockNow(send)) });
}

async function expectRefused(response: Response, detail: RegExp): Promise<void> {
  const body = (await response.json()) as { status: number; errorCode: number; detail: string };
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe(CHALLENGE);
  expect(body).toMatchObject({ status: 401, errorCode: 1 });
  expect(body.detail).toMatch(detail);
}

describe.each(doors)('a request signed with an API key, through %s', (_door, door) => {
  it('answers GET /sessions 200 and runs in one NWS4 session of the key, listed and bumped by each signed request', async () => {
    const send = door();
    const first = await send(await signed(send, '/sessions?$take=100'));
    expect(first.status).toBe(200);
    const own = (items: SessionItem[]) => items.filter((s) => s.identity.authenticationType === 'NWS4');
    const [session] = own(((await first.json()) as { items: SessionItem[] }).items);
    expect(session).toMatchObject({ identity: { userName: eshop.userName, deviceName: eshop.deviceName, envName: 'BackOffice', authenticationType: 'NWS4' }, _v: 1 });

    const second = await send(await signed(send, '/sessions?$take=100'));
    const again = own(((await second.json()) as { items: SessionItem[] }).items);
    expect(again).toEqual([{ ...session, _v: 2 }]);

    const profile = await send(await signed(send, '/api/auth'));
    expect(profile.status).toBe(200);
    expect(await profile.json()).toMatchObject({ userName: 'eshop', device: { name: 'BackOffice' } });
  });

  it('answers a signed write, the body read once for the signature and again by the operation', async () => {
    const send = door();
    const body = JSON.stringify({ name: 'NWS4-1', envName: 'Tool', description: null, preferences: {}, settings: {} });
    const created = await send(await signed(send, '/devices', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ name: 'NWS4-1', _v: 1 });
  });

  it('refuses a tampered request: 401 with the challenge and a detail that says the signature is invalid', async () => {
    const send = door();
    const original = await signed(send, '/sessions?$take=5');
    await expectRefused(await send(new Request(`${server.url}/sessions?$take=6`, { headers: original.headers })), /Invalid signature/);
  });

  it('refuses a tampered body: 401 naming the body hash', async () => {
    const send = door();
    const original = await signed(send, '/devices', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"NWS4-2"}' });
    const tampered = new Request(original.url, { method: 'POST', headers: original.headers, body: '{"name":"NWS4-3"}' });
    await expectRefused(await send(tampered), /body does not match its x-nd-content-sha256/);
  });

  it('refuses an inactive key and an unknown key, each saying which', async () => {
    const send = door();
    await expectRefused(await send(await signed(send, '/sessions', {}, inactive)), /not active/);
    await expectRefused(await send(await signed(send, '/sessions', {}, { clientId: 'nobody000000000000000000', clientSecret: 'x' })), /No API key has the Credential/);
  });

  it('refuses a request signed before the mock clock moved 10 minutes on (the window follows the clock), and takes one signed at the new time', async () => {
    const send = door();
    const before = await mockNow(send);
    const stale = await signed(send, '/sessions', {}, eshop, before);
    const moved = await send(new Request(`${server.url}/__mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advance":"PT10M"}' }));
    expect(moved.status).toBe(200);
    await expectRefused(await send(stale), /signed 600 s before the server's clock/);
    expect((await send(await signed(send, '/sessions'))).status).toBe(200);
  });

  it('keeps the bearer failures as they were: no NWS4 challenge on a refused bearer token', async () => {
    const send = door();
    const response = await send(new Request(`${server.url}/sessions`, { headers: { authorization: 'Bearer nope' } }));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
  });
});

