/**
 * Load: `npm start`'s server (a child process, so its memory is its own) under 100 connections for a
 * bounded time, twice. Every request must be answered: no socket errors or timeouts, and no status
 * other than 2xx or the one the load asks for on purpose (`x-mock-status: 418`). Resident memory after
 * the second run must be within 10 % of after the first: nothing grows per request.
 *
 * `npm test`: LOAD_SECONDS=2 per run; `npm run soak`: longer (LOAD_SECONDS=20).
 */
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, rssMiB, startListening, type Child } from '../bench/children.test-support.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 2);
const SEEDED_ID = 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA';

let mock: Child;
let token = '';

beforeAll(async () => {
  mock = await startListening([CLI, '--port', '0']);
  const response = await fetch(`${mock.url}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  token = ((await response.json()) as { tokenId: string }).tokenId;
});

afterAll(async () => {
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
    const rssAfterFirst = rssMiB(mock.child.pid!);
    const second = await run();
    const rssAfterSecond = rssMiB(mock.child.pid!);
    for (const result of [first, second]) {
      expect(result.errors, 'socket errors').toBe(0);
      expect(result.timeouts, 'timeouts').toBe(0);
      const counts = statuses(result);
      const unexpected = Object.keys(counts).filter((code) => !/^2\d\d$/.test(code) && code !== '418');
      expect(unexpected, JSON.stringify(counts)).toEqual([]);
      expect(counts['418'] ?? 0).toBeGreaterThan(0);
      expect(result.requests.total).toBeGreaterThan(100);
    }
    // The journal keeps 1000 entries and the sessions do not multiply, so memory must settle.
    if (rssAfterFirst !== undefined && rssAfterSecond !== undefined) {
      expect(rssAfterSecond, `RSS ${rssAfterFirst.toFixed(1)} → ${rssAfterSecond.toFixed(1)} MiB`).toBeLessThanOrEqual(rssAfterFirst * 1.1);
    }
    expect((await fetch(`${mock.url}/__mock/health`)).status).toBe(200);
    // Two runs of SECONDS each, plus autocannon's own 10 s request timeout and a margin: `npm run soak`
    // (LOAD_SECONDS=20) outgrew a fixed 30 s.
  }, (2 * SECONDS + 30) * 1000);
});
