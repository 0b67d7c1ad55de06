/**
 * Child process of http.bench.ts: seeds one mock with `N` generated sessions (0: the bundled fixtures),
 * then reports, as one JSON line on stdout, the resident memory after a full GC and the time of list
 * queries through the route core (`core.answer`, what the node door calls, with no msw loaded) against
 * the same queries answered by the store's NData index alone.
 *
 *   node --expose-gc src/bench/memory.bench.ts <N>
 */
import { createMockCore, defaultFixtures, type PlainRequest } from '../handlers/index.ts';
import { parse } from '../ndata/index.ts';
import { largeFixtures } from './large-fixtures.test-support.ts';

const count = Number(process.argv[2] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with --expose-gc.');
const MiB = 2 ** 20;

const started = performance.now();
const fixtures = count === 0 ? defaultFixtures : largeFixtures(count);
const generated = performance.now();
const api = createMockCore({ fixtures });
await api.ready;
const seeded = performance.now();
gc();
gc();
const memory = process.memoryUsage();

const origin = 'http://127.0.0.1';
/** A plain request as the node door builds one. */
function plain(method: string, target: string, headers: Record<string, string>, body = ''): PlainRequest {
  const url = new URL(origin + target);
  return { method, url, path: url.pathname, header: (name) => headers[name], headers: () => Object.entries(headers), text: async () => body };
}
const login = await api.answer(plain('POST', '/api/auth', { 'content-type': 'application/json' }, JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' })));
const { tokenId } = JSON.parse(login!.body!) as { tokenId: string };
const authorization = `Bearer ${tokenId}`;
const anyId = fixtures.sessions[Math.floor(fixtures.sessions.length / 2)]!.sessionId;

function p50(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeHandle(path: string, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const answer = await api.answer(plain('GET', path, { authorization }));
    samples.push(performance.now() - t);
    if (answer?.status !== 200) throw new Error(`${path} answered ${answer?.status}`);
  }
  return p50(samples);
}

const sessionTable = api.store.table('sessions')!;

function timeIndex(search: string, runs: number): number {
  const parsed = parse(new URLSearchParams(search), sessionTable.resource.ndata);
  if ('errors' in parsed) throw new Error(`bad query ${search}`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    sessionTable.query(parsed.query);
    samples.push(performance.now() - t);
  }
  return p50(samples);
}

const skip = Math.floor(count / 2);
const shapes = [
  { name: 'first page, filtered', search: '$take=20&sessionId=neq:x', runs: 300 },
  { name: 'deep page, descending', search: `$sort=-lastAccessAt&$skip=${skip}&$take=50`, runs: 300 },
  { name: 'multi-key sort', search: '$sort=identity.envName,-startedAt&$take=20', runs: 300 },
  { name: 'count only', search: '$count=true', runs: 30 },
];
const queries = [];
for (const shape of shapes) {
  // Warm-up, then measure: handlers first, index second, both on the same store.
  await timeHandle(`/sessions?${shape.search}`, 10);
  const handle = await timeHandle(`/sessions?${shape.search}`, shape.runs);
  const index = timeIndex(shape.search, shape.runs);
  queries.push({ name: shape.name, query: shape.search, handleMs: handle, indexMs: index });
}
await timeHandle(`/sessions/${anyId}`, 10);
queries.push({ name: 'one session', query: 'GET /sessions/{id}', handleMs: await timeHandle(`/sessions/${anyId}`, 300) });

console.log(
  JSON.stringify({
    count,
    sessions: sessionTable.query({ filters: [], sort: [], skip: 0, take: 0, count: true, ignored: [] }).totalCount,
    generateMs: generated - started,
    seedMs: seeded - generated,
    rssMiB: memory.rss / MiB,
    heapUsedMiB: memory.heapUsed / MiB,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    queries,
  }),
);
