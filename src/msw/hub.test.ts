import { HttpTransportType, HubConnectionBuilder, LogLevel, type HubConnection, type IHttpConnectionOptions } from '@microsoft/signalr';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockApi } from './index.ts';

const ORIGIN = 'http://portos.test';
const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
const server = setupServer(...api.handlers, ...api.hubHandlers);
const open: HubConnection[] = [];

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(async () => {
  await Promise.all(open.splice(0).map((connection) => connection.stop()));
  await api.reset();
});
afterAll(() => server.close());

/**
 * The WebSocket msw intercepts (the global one), opened as @microsoft/signalr's browser build opens it:
 * the token as `access_token` in the URL. (In Node the client passes it as a header in a third argument,
 * which only the `ws` package reads; browsers cannot send headers on a WebSocket.)
 */
function browserLikeWebSocket(token: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string | URL) {
      const withToken = new URL(url);
      withToken.searchParams.set('access_token', token);
      super(withToken);
    }
  };
}

async function login(deviceName: string): Promise<string> {
  const response = await fetch(`${ORIGIN}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ UserName: '999', DeviceName: deviceName }) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { tokenId: string }).tokenId;
}

async function connect(token: string): Promise<{ connection: HubConnection; received: Promise<unknown> }> {
  const connection = new HubConnectionBuilder()
    // `WebSocket` is an option the client reads (HttpConnection.ts) but its typings leave out.
    .withUrl(`${ORIGIN}/signalr/v1/mainHub`, { accessTokenFactory: () => token, transport: HttpTransportType.WebSockets, WebSocket: browserLikeWebSocket(token) } as IHttpConnectionOptions)
    .configureLogging(LogLevel.None)
    .build();
  // The first session created after the connection (a login on a sale device first ends its earlier session).
  const received = new Promise((resolve) => connection.on('OnEvent', (notification: { p: { change: string } }) => notification.p.change === 'created' && resolve(notification)));
  open.push(connection);
  await connection.start();
  return { connection, received };
}

describe('SignalR hub through the msw door (api.hubHandlers, setupServer)', () => {
  it('delivers portos.resources.changed for a login to @microsoft/signalr, in-process, within a second', async () => {
    const { received } = await connect(await login('BackOffice'));
    const started = Date.now();
    await login('P02');
    const notification = await received;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(notification).toEqual({ e: 'portos.resources.changed', s: { c: null }, ca: '2023-08-04T21:30:00Z', ea: null, p: { change: 'created', resource: { name: 'sessions', id: expect.any(String), version: 1 } } });
  });

  it('answers negotiate without a token with the 401 problem', async () => {
    const response = await fetch(`${ORIGIN}/signalr/v1/mainHub/negotiate?negotiateVersion=1`, { method: 'POST' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ status: 401, errorCode: 1 });
  });

  it('closes a WebSocket with a bad token at once, with code 4401', async () => {
    const socket = new WebSocket(`ws://portos.test/signalr/v1/mainHub?access_token=nope`);
    const closed = await new Promise<CloseEvent>((resolve) => socket.addEventListener('close', resolve));
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/malformed|not signed/);
  });
});
