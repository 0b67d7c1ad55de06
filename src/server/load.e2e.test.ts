/**
 * Load: `npm start`'s server (a child process, so its memory is its own) under 100 connections for a
 * bounded time, twice. Every request must be answered: no socket errors or timeouts, and no status
 * other than 2xx or the one the load asks for on purpose (`x-mock-status: 418`). The live heap after a
 * full GC (asked of the child through its inspector) must be within 10 % after the second run of after the
 * first: nothing grows per request. (Resident memory is not the measure: V8 keeps the heap it grew to,
 * so RSS after a second run read up to 12 % higher with no leak at all.)
 *
 * `npm test`: LOAD_SECONDS=2 per run; `npm run soak`: longer (LOAD_SECONDS=20).
 */
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, startListening, type Child } from '../bench/children.test-support.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 2);
const SEEDED_ID = 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA';

let mock: Child;
let token = '';

let inspector: WebSocket;
let nextId = 0;

/** Sends one inspector command to the child and resolves with its result. */
function inspect(method: string, params: Record<string, unknown> = {}): Promise<any> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id !== id) return;
      inspector.removeEventListener('message', onMessage);
      if (message.error) reject(new Error(message.error.message));
      else resolve(message.result);
    };
    inspector.addEventListener('message', onMessage);
    inspector.send(JSON.stringify({ id, method, params }));
  });
}

/** The child's live heap in MiB after a full garbage collection. */
async function heapAfterGcMiB(): Promise<number> {
  await inspect('HeapProfiler.collectGarbage');
  const result = await inspect('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed', returnByValue: true });
  return (result.result.value as number) / 2 ** 20;
}

beforeAll(async () => {
  // The inspector listens on loopback on a port of its own choosing, and only for this test.
  mock = await startListening([CLI, '--port', '0'], { nodeOptions: ['--inspect=127.0.0.1:0'] });
  const address = /Debugger listening on (ws:\/\/\S+)/.exec(mock.output)?.[1];
  if (!address) throw new Error(`Failed to find the child's inspector address in:\n${mock.output}`);
  inspector = new WebSocket(address);
  await new Promise((resolve, reject) => {
    inspector.addEventListener('open', resolve, { once: true });
    inspector.addEventListener('error', reject, { once: true });
  });
  const response = await fetch(`${mock.url}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  token = ((await response.json()) as { tokenId: string }).tokenId;
});

afterAll(async () => {
  inspector?.close();
  await mock?.close();
});

async function run(): Promise<autocannon.Result> {
  const authorization = `Bearer ${token}`;
  return autocannon({
    url: mock.url,
    connections: 100,
    duration: SECONDS,
    timeout: 10,
    requests: [
      { method: 'GET', path: '/sessions?$take=20&sessionId=gt:a', headers: { authorization } },
      { method: 'GET', path: `/sessions/${SEEDED_ID}`, headers: { authorization } },
      { method: 'GET', path: '/sessions?$sort=-lastAccessAt&$skip=10&$take=5&$count=false', headers: { authorization } },
      { method: 'GET', path: '/api/auth', headers: { authorization } },
      { method: 'GET', path: '/sessions', headers: { authorization, 'x-mock-status': '418' } },
    ],
  });
}

/** Status counts of a run, by status code. */
function statuses(result: autocannon.Result): Record<string, number> {
  return Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]));
}

describe('the server under load', () => {
  it('answers 100 connections with no errors, only 2xx and the asked-for 418, and does not grow', async () => {
    const first = await run();
    const heapAfterFirst = await heapAfterGcMiB();
    const second = await run();
    const heapAfterSecond = await heapAfterGcMiB();
    for (const result of [first, second]) {
      expect(result.errors, 'socket errors').toBe(0);
      expect(result.timeouts, 'timeouts').toBe(0);
      const counts = statuses(result);
      const unexpected = Object.keys(counts).filter((code) => !/^2\d\d$/.test(code) && code !== '418');
      expect(unexpected, JSON.stringify(counts)).toEqual([]);
      expect(counts['418'] ?? 0).toBeGreaterThan(0);
      expect(result.requests.total).toBeGreaterThan(100);
    }
    // The journal keeps 1000 entries and the sessions do not multiply, so the live heap must settle.
    expect(heapAfterSecond, `heap after GC ${heapAfterFirst.toFixed(1)} → ${heapAfterSecond.toFixed(1)} MiB`).toBeLessThanOrEqual(heapAfterFirst * 1.1);
    expect((await fetch(`${mock.url}/__mock/health`)).status).toBe(200);
    // Two runs of SECONDS each, plus autocannon's own 10 s request timeout and a margin: `npm run soak`
    // (LOAD_SECONDS=20) outgrew a fixed 30 s.
  }, (2 * SECONDS + 30) * 1000);
});
