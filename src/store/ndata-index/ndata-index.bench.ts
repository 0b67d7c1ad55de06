/**
 * NData engine benchmark: `npm run bench:ndata` (Node 24 runs this file directly by type stripping).
 * For each query shape it times the index (the fast path), `evaluate` (pure, array in) and a naive
 * baseline — filter, full sort with the same comparator, slice — over the same 100k deterministic
 * sessions in one process, and prints p50/p95 in ms and the baseline/index ratio. Also times a write
 * (the per-request bump of `lastAccessAt` and `_v`).
 */
import { evaluate, parse, type NDataQuery, type QueryPage, type ResourceDescription } from '../../ndata/index.ts';
import { createRandom } from '../seeded-random.ts';
import { formatTime, sampleSessions, type SampleSession } from '../../ndata/sample-sessions.test-support.ts';
import { sampleSessionsResource as sessionsResource } from '../../ndata/sample-sessions.test-support.ts';
import { byId } from './compare.ts';
import { createIndex } from './create-index.ts';
import { keyReaders } from './decorate.ts';
import type { Entry } from './entry.ts';
import { pageWindow } from './page.ts';
import { compileQuery } from './plan.ts';

const SIZE = Number(process.env['NDATA_BENCH_SIZE'] ?? 100_000);

/** Filter, decorate with keys, full sort with the engine's comparator, slice. */
function baseline<T>(records: readonly T[], query: NDataQuery, resource: ResourceDescription): QueryPage<T> {
  const plan = compileQuery<T>(query, resource, byId);
  const { fillSort, fillFilter } = keyReaders<T>(resource);
  const entries: Entry<T>[] = records.map((record, i) => ({ id: String(i), record, sortKeys: [], filterKeys: [] }));
  const matched = entries.filter((e) => {
    fillFilter(e);
    return plan.test ? plan.test(e) : true;
  });
  for (const e of matched) fillSort(e);
  matched.sort(plan.compare);
  const { start, end } = pageWindow(query.skip, query.take, matched.length);
  // `$count=true` answers no items (docs/ndata.md#ndata-count); the baseline still sorts, as a naive one would.
  const items = query.count ? [] : matched.slice(start, end).map((e) => e.record);
  return { items, count: end - start, totalCount: matched.length };
}

function time(run: () => unknown, iterations: number): { p50: number; p95: number } {
  for (let i = 0; i < Math.min(5, iterations); i++) run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

function main(): void {
  const t0 = performance.now();
  const sessions = sampleSessions(SIZE, 42);
  const index = createIndex<SampleSession>(sessionsResource, (s) => s.sessionId);
  index.upsertMany(sessions);
  const loadMs = performance.now() - t0;
  const pick = createRandom(7).next;
  const ids = Array.from({ length: 100 }, () => sessions[Math.floor(pick() * sessions.length)]!.sessionId);
  const shapes: [string, string][] = [
    ['default order, first page', '$take=20'],
    ['-lastAccessAt, deep page', '$sort=-lastAccessAt&$skip=50000&$take=50'],
    ['multi-key sort', '$sort=identity.envName,-startedAt&$take=20'],
    ['sessionId=in: 100 ids', `sessionId=in:${ids.join(':')}`],
    ['$count=true', '$count=true'],
  ];
  const fmt = (n: number): string => n.toFixed(3).padStart(9);
  console.log(`NData engine benchmark: ${SIZE} sessions (generated + indexed in ${loadMs.toFixed(0)} ms), Node ${process.version}`);
  console.log(`${'shape'.padEnd(28)} ${'index p50'.padStart(9)} ${'index p95'.padStart(9)} ${'eval p50'.padStart(9)} ${'eval p95'.padStart(9)} ${'base p50'.padStart(9)} ${'base p95'.padStart(9)} ${'base/index'.padStart(10)}`);
  for (const [label, text] of shapes) {
    const parsed = parse(new URLSearchParams(text), sessionsResource);
    if ('errors' in parsed) throw new Error(`${label}: ${JSON.stringify(parsed.errors)}`);
    const query = parsed.query;
    const fast = index.evaluate(query);
    const slow = baseline(sessions, query, sessionsResource);
    if (JSON.stringify(fast) !== JSON.stringify(slow)) throw new Error(`${label}: index and baseline disagree`);
    const ix = time(() => index.evaluate(query), 200);
    const ev = time(() => evaluate(sessions, query, sessionsResource), 20);
    const base = time(() => baseline(sessions, query, sessionsResource), 20);
    console.log(`${label.padEnd(28)} ${fmt(ix.p50)} ${fmt(ix.p95)} ${fmt(ev.p50)} ${fmt(ev.p95)} ${fmt(base.p50)} ${fmt(base.p95)} ${(base.p50 / ix.p50).toFixed(0).padStart(9)}×`);
  }
  // The write every authenticated request makes: bump lastAccessAt and _v of the caller's session.
  let now = Date.UTC(2023, 8, 1);
  const write = time(() => {
    const s = index.get(ids[Math.floor(pick() * ids.length)]!)!;
    now += 1;
    index.upsert({ ...s, lastAccessAt: formatTime(now), _v: s._v + 1 });
  }, 2000);
  console.log(`${'write: bump one session'.padEnd(28)} ${fmt(write.p50)} ${fmt(write.p95)}`);
}

if (import.meta.main) main();
