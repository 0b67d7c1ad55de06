import { request } from 'node:http';
import { HttpTransportType, HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../index.ts';

const CLOCK = '2023-08-04T21:30:00Z';
const HUB = '/signalr/v1/mainHub';

interface Notification {
  e: string;
  s: { c: string | null };
  r?: string | null;
  ca: string;
  ea: string | null;
  p: { change: 'created' | 'updated' | 'deleted'; resource: { name: string; id: string; version?: number } };
}

let server: RunningServer;
const open: HubConnection[] = [];
const sockets: WebSocket[] = [];

beforeEach(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', clock: CLOCK });
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((connection) => connection.stop()));
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.close();
});

async function login(userName = '999', deviceName = 'BackOffice'): Promise<{ tokenId: string; refreshToken: string }> {
  const response = await fetch(`${server.url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ UserName: userName, DeviceName: deviceName }) });
  expect(response.status).toBe(200);
  return (await response.json()) as { tokenId: string; refreshToken: string };
}

/** A started client with every `OnEvent` it receives, and a way to wait for the next one that matches. */
async function listen(token: string): Promise<{ connection: HubConnection; events: Notification[]; next(match: (n: Notification) => boolean, withinMs?: number): Promise<Notification> }> {
  const connection = new HubConnectionBuilder()
    .withUrl(`${server.url}${HUB}`, { accessTokenFactory: () => token, skipNegotiation: false, transport: HttpTransportType.WebSockets })
    .configureLogging(LogLevel.None)
    .build();
  const events: Notification[] = [];
  // `next` reads the events in order: each one it returns is consumed, so an event that came before the
  // call is still found, and none is found twice.
  let consumed = 0;
  const waiting = new Set<() => void>();
  connection.on('OnEvent', (notification: Notification) => {
    events.push(notification);
    for (const wake of waiting) wake();
  });
  open.push(connection);
  await connection.start();
  return {
    connection,
    events,
    next(match, withinMs = 1000) {
      return new Promise((resolve, reject) => {
        const look = (): boolean => {
          const index = events.findIndex((event, at) => at >= consumed && match(event));
          if (index < 0) return false;
          consumed = index + 1;
          resolve(events[index]!);
          return true;
        };
        if (look()) return;
        const wake = () => {
          if (look()) waiting.delete(wake);
        };
        waiting.add(wake);
        setTimeout(() => {
          if (waiting.delete(wake)) reject(new Error(`No matching OnEvent within ${withinMs} ms; received: ${JSON.stringify(events)}`));
        }, withinMs);
      });
    },
  };
}

const sessionEvent = (change: Notification['p']['change'], id?: string) => (n: Notification) =>
  n.p.change === change && n.p.resource.name === 'sessions' && (id === undefined || n.p.resource.id === id);

describe('SignalR hub /signalr/v1/mainHub on the node door', () => {
  it('pushes portos.resources.changed to @microsoft/signalr within a second of a login made over HTTP', async () => {
    const client = await listen((await login()).tokenId);
    const created = client.next(sessionEvent('created'));
    const { tokenId } = await login('999', 'P01');
    const notification = await created;
    expect(notification).toEqual({
      e: 'portos.resources.changed',
      s: { c: null },
      ca: '2023-08-04T21:30:00Z',
      ea: null,
      p: { change: 'created', resource: { name: 'sessions', id: expect.any(String), version: 1 } },
    });
    // The id is the new session's: it is the one behind the new token.
    const session = await fetch(`${server.url}/sessions/${notification.p.resource.id}`, { headers: { authorization: `Bearer ${tokenId}` } });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ identity: { userName: '999', deviceName: 'P01' } });
  });

  it('announces a session deleted by DELETE /sessions/{id} and one ended by logout', async () => {
    const listener = await login();
    const client = await listen(listener.tokenId);
    const doomed = await login('999', 'P01');
    const { p } = await client.next(sessionEvent('created'));
    const deleted = client.next(sessionEvent('deleted', p.resource.id));
    expect((await fetch(`${server.url}/sessions/${p.resource.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${listener.tokenId}` } })).status).toBe(204);
    expect((await deleted).p.resource).toMatchObject({ name: 'sessions', id: p.resource.id });
    expect((await fetch(`${server.url}/api/auth`, { headers: { authorization: `Bearer ${doomed.tokenId}` } })).status).toBe(401);

    const leaving = await login('999', 'P02');
    const second = await client.next(sessionEvent('created'));
    const loggedOut = client.next(sessionEvent('deleted', second.p.resource.id));
    expect((await fetch(`${server.url}/api/auth`, { method: 'DELETE', headers: { authorization: `Bearer ${leaving.tokenId}` } })).status).toBe(204);
    await loggedOut;
  });

  it('announces a session expired by POST /__mock/clock {"advance":"PT13H"}, with no other request', async () => {
    const listener = await login();
    const client = await listen(listener.tokenId);
    const expired = client.next(sessionEvent('deleted'));
    const moved = await fetch(`${server.url}/__mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advance":"PT13H"}' });
    expect(moved.status).toBe(200);
    const notification = await expired;
    expect(notification.ca).toBe('2023-08-05T10:30:00Z');
    expect(server.core.store.getSession(notification.p.resource.id)).toBeUndefined();
  });

  it('announces a refresh as an update, and not the bump of an accepted token', async () => {
    const listener = await login();
    const client = await listen(listener.tokenId);
    const other = await login('999', 'P01');
    const { p } = await client.next(sessionEvent('created'));
    // The bump (lastAccessAt, _v) of a GET: no event. A Subscribe round trip proves nothing was queued before it.
    expect((await fetch(`${server.url}/api/auth`, { headers: { authorization: `Bearer ${other.tokenId}` } })).status).toBe(200);
    await client.connection.invoke('Subscribe', 'sessions');
    expect(client.events.filter(sessionEvent('updated'))).toEqual([]);
    // A minute later, the refresh moves expiresAt: a change beyond the bump.
    await fetch(`${server.url}/__mock/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advance":"PT1M"}' });
    const updated = client.next(sessionEvent('updated', p.resource.id));
    const refreshed = await fetch(`${server.url}/api/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(other) });
    expect(refreshed.status).toBe(200);
    expect((await updated).p.resource.version).toBe(server.core.store.getSession(p.resource.id)?._v);
  });

  it('narrows a client to the resources it subscribed to, and Unsubscribe narrows it further', async () => {
    const token = (await login()).tokenId;
    const narrow = await listen(token);
    const everything = await listen(token);
    await narrow.connection.invoke('Subscribe', { resources: ['devices'] });
    const seenByAll = everything.next(sessionEvent('created'));
    await login('999', 'P01');
    await seenByAll;
    // Pushes and completions keep their order on a connection: after this round trip, nothing is in flight.
    await narrow.connection.invoke('Unsubscribe', 'devices');
    expect(narrow.events).toEqual([]);
    await narrow.connection.invoke('Subscribe', ['Sessions']);
    const now = narrow.next(sessionEvent('created'));
    await login('999', 'P02');
    await now;
  });

  it('answers a Subscribe it cannot read with an error completion', async () => {
    const client = await listen((await login()).tokenId);
    await expect(client.connection.invoke('Subscribe', 42)).rejects.toThrow(/must name resources/);
    await expect(client.connection.invoke('Publish', 'sessions')).rejects.toThrow(/Subscribe and Unsubscribe/);
  });

  it('refuses negotiate without a token, or with a bad one, with 401 ProblemDetails errorCode 1', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-a-token' }]) {
      const response = await fetch(`${server.url}${HUB}/negotiate?negotiateVersion=1`, { method: 'POST', headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status: 401, errorCode: 1, instance: `${HUB}/negotiate` });
    }
    const refused = new HubConnectionBuilder().withUrl(`${server.url}${HUB}`, { accessTokenFactory: () => 'not-a-token', transport: HttpTransportType.WebSockets }).configureLogging(LogLevel.None).build();
    await expect(refused.start()).rejects.toThrow(/401/);
  });

  it('lets a page on another loopback port negotiate: the preflight allows the headers @microsoft/signalr sends', async () => {
    const preflight = await fetch(`${server.url}${HUB}/negotiate?negotiateVersion=1`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-requested-with,x-signalr-user-agent' },
    });
    expect(preflight.status).toBe(204);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'x-requested-with', 'x-signalr-user-agent']));
  });

  it('serves a request that asks to upgrade to anything but the hub\'s WebSocket as plain HTTP', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${server.url}/__mock/health`, { headers: { connection: 'Upgrade', upgrade: 'h2c' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(200);
  });

  it('negotiates version 1: a connection id, a separate connection token, WebSockets with Text', async () => {
    const token = (await login()).tokenId;
    const response = await fetch(`${server.url}${HUB}/negotiate?negotiateVersion=1`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ connectionId: expect.any(String), connectionToken: expect.any(String), negotiateVersion: 1, availableTransports: [{ transport: 'WebSockets', transferFormats: ['Text'] }] });
    expect(body.connectionToken).not.toBe(body.connectionId);
  });

  /** A raw WebSocket to the hub; resolves with the HTTP status when the upgrade is refused. */
  function rawSocket(path: string, headers: Record<string, string> = {}): Promise<{ socket: WebSocket } | { status: number }> {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}${path}`, { headers });
    sockets.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve({ socket }));
      socket.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode ?? 0 }));
      socket.once('error', reject);
    });
  }

  it('refuses a WebSocket without a valid token (401), with an unknown connection id (404), from a page not on this machine (403)', async () => {
    const token = (await login()).tokenId;
    expect(await rawSocket(HUB)).toEqual({ status: 401 });
    expect(await rawSocket(`${HUB}?access_token=nope`)).toEqual({ status: 401 });
    expect(await rawSocket(`${HUB}?id=unknown&access_token=${token}`)).toEqual({ status: 404 });
    expect(await rawSocket(`${HUB}?access_token=${token}`, { origin: 'https://evil.example' })).toEqual({ status: 403 });
    expect(await rawSocket(`/elsewhere?access_token=${token}`)).toEqual({ status: 404 });
    expect(await rawSocket(`${HUB}?access_token=${token}`, { origin: 'http://localhost:5173' })).toHaveProperty('socket');
  });

  it('answers the handshake with {} and closes with a Close message on a protocol error', async () => {
    const token = (await login()).tokenId;
    const opened = await rawSocket(`${HUB}?access_token=${token}`);
    if (!('socket' in opened)) throw new Error('not opened');
    const { socket } = opened;
    const received: string[] = [];
    socket.on('message', (data) => received.push(String(data)));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send('{"protocol":"json","version":1}\u001e');
    await new Promise<void>((resolve) => socket.once('message', () => resolve()));
    expect(received).toEqual(['{}\u001e']);
    socket.send('this is not json\u001e');
    expect(await closed).toBe(1000);
    expect(received[1]).toBe(`${JSON.stringify({ type: 7, error: 'Error parsing message: not JSON.', allowReconnect: false })}\u001e`);
  });

  it('refuses a handshake for another protocol with an error and closes', async () => {
    const token = (await login()).tokenId;
    const opened = await rawSocket(`${HUB}?access_token=${token}`);
    if (!('socket' in opened)) throw new Error('not opened');
    const received: string[] = [];
    opened.socket.on('message', (data) => received.push(String(data)));
    const closed = new Promise<void>((resolve) => opened.socket.once('close', () => resolve()));
    opened.socket.send('{"protocol":"messagepack","version":1}\u001e');
    await closed;
    expect(received).toEqual([`${JSON.stringify({ error: 'The protocol "messagepack" is not supported; this hub speaks "json".' })}\u001e`]);
  });
});
