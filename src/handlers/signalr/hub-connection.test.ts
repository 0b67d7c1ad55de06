import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ResourceChanged } from '../../portos/index.ts';
import { createHubConnection, type HubConnection } from './hub-connection.ts';
import { createSubscription, subscriptionNames } from './subscription.ts';

const RS = '\u001e';
const HANDSHAKE = `{"protocol":"json","version":1}${RS}`;
const TIMINGS = { keepAliveMs: 15_000, clientTimeoutMs: 30_000, handshakeTimeoutMs: 15_000 };

function fakeConnection(): { connection: HubConnection; sent: string[]; closes: { code: number; reason: string }[]; ended: () => boolean } {
  const sent: string[] = [];
  const closes: { code: number; reason: string }[] = [];
  let ended = false;
  const connection = createHubConnection('c1', { send: (text) => sent.push(text), close: (code, reason) => closes.push({ code, reason }) }, TIMINGS, () => (ended = true));
  return { connection, sent, closes, ended: () => ended };
}

const change: ResourceChanged = { change: 'created', resource: { name: 'sessions', id: 's1', version: 1 } };
const envelope = (event: ResourceChanged) => ({ e: 'portos.resources.changed', p: event });

afterEach(() => {
  vi.useRealTimers();
});

describe('a hub connection (JSON hub protocol)', () => {
  it('answers the handshake with {} and reads messages split across frames or sharing one', () => {
    const { connection, sent } = fakeConnection();
    connection.receive('{"protocol":"json",');
    expect(sent).toEqual([]);
    connection.receive(`"version":1}${RS}{"type":1,"invocationId":"1","target":"Subscribe","arguments":["sessions"]}${RS}{"type":1,"invocationId":"2","target":"unsubscribe",`);
    connection.receive(`"arguments":[{"name":"devices"}]}${RS}`);
    expect(sent).toEqual([`{}${RS}`, `{"type":3,"invocationId":"1"}${RS}`, `{"type":3,"invocationId":"2"}${RS}`]);
  });

  it('sends no OnEvent before the handshake, and none after the socket closed', () => {
    const { connection, sent, ended } = fakeConnection();
    connection.notify(change, envelope);
    expect(sent).toEqual([]);
    connection.receive(HANDSHAKE);
    connection.notify(change, envelope);
    expect(sent[1]).toBe(`${JSON.stringify({ type: 1, target: 'OnEvent', arguments: [envelope(change)] })}${RS}`);
    connection.closed();
    expect(ended()).toBe(true);
    connection.notify(change, envelope);
    expect(sent).toHaveLength(2);
  });

  it('gives a streaming invocation an error completion and a non-blocking unknown method nothing', () => {
    const { connection, sent, closes } = fakeConnection();
    connection.receive(HANDSHAKE);
    connection.receive(`{"type":4,"invocationId":"7","target":"Watch","arguments":[]}${RS}{"type":1,"target":"Nope","arguments":[]}${RS}{"type":6}${RS}`);
    expect(sent.slice(1)).toEqual([`{"type":3,"invocationId":"7","error":"This hub has no streaming methods."}${RS}`]);
    expect(closes).toEqual([]);
  });

  it('closes with a Close message on an Invocation without arguments, and on a message over 32 K characters', () => {
    const broken = fakeConnection();
    broken.connection.receive(HANDSHAKE);
    broken.connection.receive(`{"type":1,"target":"Subscribe"}${RS}`);
    expect(broken.sent[1]).toBe(`{"type":7,"error":"Error parsing message: an Invocation needs an \\"arguments\\" array.","allowReconnect":false}${RS}`);
    expect(broken.closes).toEqual([{ code: 1000, reason: 'protocol error' }]);
    expect(broken.ended()).toBe(true);

    const flooding = fakeConnection();
    flooding.connection.receive(HANDSHAKE);
    flooding.connection.receive('x'.repeat(32 * 1024 + 1));
    expect(flooding.sent[1]).toMatch(/"type":7,"error":"The maximum message size of 32768 characters was exceeded\."/);
    expect(flooding.closes).toHaveLength(1);
  });

  it('ends quietly when the client sends Close', () => {
    const { connection, sent, closes } = fakeConnection();
    connection.receive(HANDSHAKE);
    connection.receive(`{"type":7}${RS}`);
    expect(sent.slice(1)).toEqual([`{"type":7,"allowReconnect":false}${RS}`]);
    expect(closes).toEqual([{ code: 1000, reason: '' }]);
  });

  it('pings an idle client every 15 s and drops one silent for 30 s', () => {
    vi.useFakeTimers();
    const { connection, sent, closes } = fakeConnection();
    connection.receive(HANDSHAKE);
    vi.advanceTimersByTime(15_000);
    expect(sent.slice(1)).toEqual([`{"type":6}${RS}`]);
    connection.receive(`{"type":6}${RS}`);
    vi.advanceTimersByTime(29_000);
    expect(closes).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(sent.at(-1)).toBe(`{"type":7,"error":"Server timeout elapsed without receiving a message from the client.","allowReconnect":false}${RS}`);
    expect(closes).toHaveLength(1);
  });

  it('drops a client that sends no handshake within 15 s', () => {
    vi.useFakeTimers();
    const { sent, closes } = fakeConnection();
    vi.advanceTimersByTime(15_000);
    expect(sent).toEqual([`{"error":"Handshake was canceled: no handshake request within the timeout."}${RS}`]);
    expect(closes).toHaveLength(1);
  });
});

describe('Subscribe / Unsubscribe (docs/behaviour.md#notification-subscribe)', () => {
  it('hears everything until Subscribe, then only what was subscribed, case-insensitively', () => {
    const subscription = createSubscription();
    expect(subscription.wants('sessions') && subscription.wants('devices')).toBe(true);
    subscription.unsubscribe(['devices']);
    expect([subscription.wants('sessions'), subscription.wants('devices')]).toEqual([true, false]);
    subscription.subscribe(['Devices']);
    expect([subscription.wants('sessions'), subscription.wants('devices')]).toEqual([false, true]);
    subscription.unsubscribe(['DEVICES']);
    expect(subscription.wants('devices')).toBe(false);
  });

  it('reads a name, a list, { resources } or { name }, and names anything else as a problem', () => {
    expect(subscriptionNames('sessions')).toEqual(['sessions']);
    expect(subscriptionNames(['sessions', 'devices'])).toEqual(['sessions', 'devices']);
    expect(subscriptionNames({ resources: 'sessions' })).toEqual(['sessions']);
    expect(subscriptionNames({ resources: ['sessions'] })).toEqual(['sessions']);
    expect(subscriptionNames({ name: 'sessions' })).toEqual(['sessions']);
    for (const bad of [42, '', [], [''], null, {}, { resources: [1] }, 'x'.repeat(101)]) expect(subscriptionNames(bad)).toMatch(/^The argument must name resources/);
  });
});
