/**
 * NData paging: `$take` bounds a page, `$skip` pages join up into the unpaged order, `count` counts the
 * page and `totalCount` the whole filtered list.
 */
import { diffStart, idList, type CheckContext } from '../context.ts';
import { describeSequenceDiff, fetchPage, ids, mismatch, readPage } from '../sessions.ts';
import type { Failure } from '../types.ts';
import { liveCheck, type Check } from './check.ts';

/** Pages through at most this many sessions of a large server. */
const MAX_COVERED = 120;

function requireSessions(ctx: CheckContext, n: number, have: number): void {
  if (have < n) ctx.skip(`needs at least ${n} sessions on the server, found ${have}`);
}

export const takeBoundsPage: Check = liveCheck(
  {
    name: 'take_bounds_page',
    group: 'ndata-paging',
    basis: 'documented',
    summary: '`$take=n` returns at most n items, and exactly min(n, total) from the start of the list.',
  },
  async (ctx) => {
    const all = await fetchPage(ctx, '$sort=sessionId');
    requireSessions(ctx, 2, all.items.length);
    const failures: Failure[] = [];
    for (const take of [0, 1, 2, Math.max(3, Math.floor(all.items.length / 2))]) {
      const page = await fetchPage(ctx, `$sort=sessionId&$take=${take}`);
      if (page.items.length > take) failures.push({ message: `$take=${take} returned ${page.items.length} items`, exchange: page.exchange, expected: `at most ${take} items`, actual: `${page.items.length} items` });
      else {
        const expected = Math.min(take, all.items.length);
        failures.push(...mismatch(page.items.length === expected ? undefined : `$take=${take} returned ${page.items.length} items, expected ${expected} (the list has ${all.items.length})`, page.exchange, { expected: `${expected} items`, actual: `${page.items.length} items` }));
      }
    }
    return failures;
  },
);

export const skipPagesJoin: Check = liveCheck(
  {
    name: 'skip_pages_join',
    group: 'ndata-paging',
    basis: 'documented',
    summary: 'Pages read with `$skip`/`$take` join up into the unpaged list in the same order, and a `$skip` past the end is empty.',
  },
  async (ctx) => {
    const all = await fetchPage(ctx, '$sort=sessionId');
    requireSessions(ctx, 3, all.items.length);
    const expected = ids(all.items).slice(0, MAX_COVERED);
    const size = Math.max(2, Math.ceil(expected.length / 6));
    const joined: string[] = [];
    let last = all.exchange;
    for (let skip = 0; skip < expected.length; skip += size) {
      const page = await fetchPage(ctx, `$sort=sessionId&$skip=${skip}&$take=${size}`);
      joined.push(...ids(page.items));
      last = page.exchange;
    }
    const diff = describeSequenceDiff(joined.slice(0, expected.length), expected);
    const failures = mismatch(diff && `pages of ${size} with $skip do not join into the unpaged order: ${diff}`, last, { expected: `ids ${idList(expected, 8, diffStart(joined, expected))}`, actual: `ids ${idList(joined.slice(0, expected.length), 8, diffStart(joined, expected))}` });
    const past = await fetchPage(ctx, `$sort=sessionId&$skip=${all.items.length + 5}&$take=5`);
    failures.push(...mismatch(past.items.length === 0 ? undefined : `$skip past the end returned ${past.items.length} items`, past.exchange, { expected: '0 items', actual: `${past.items.length} items` }));
    return failures;
  },
);

export const countMatchesItems: Check = {
  name: 'count_matches_items',
  group: 'ndata-paging',
  basis: 'documented',
  phase: 'final',
  summary: 'In every list response of the run, `count` equals the number of `items`.',
  async run(ctx) {
    let pages = 0;
    for (const exchange of ctx.target.journal) {
      // Every list of the run (any resource): a GET that answered a page with `items`.
      if (exchange.request.method !== 'GET') continue;
      const page = readPage(exchange);
      if (!page?.items) continue;
      pages++;
      ctx.expect(page.count === page.items.length, `count is ${JSON.stringify(page.count)} but the page has ${page.items.length} items`, exchange, { expected: `count ${page.items.length}`, actual: `count ${JSON.stringify(page.count)}` });
    }
    // A run that saw no page proved nothing here; say so rather than pass.
    if (pages === 0) ctx.skip('no list response with items was seen in this run, so there was no count to compare');
    ctx.note = `${pages} pages`;
  },
};

export const totalCountExact: Check = liveCheck(
  {
    name: 'total_count_exact',
    group: 'ndata-paging',
    basis: 'inferred',
    summary: '`totalCount` equals the length of the unpaged filtered list, on every page and with a filter.',
  },
  async (ctx) => {
    const all = await fetchPage(ctx, '');
    const n = all.items.length;
    const failures = mismatch(all.totalCount === n ? undefined : `unpaged: totalCount ${JSON.stringify(all.totalCount)}, but ${n} items`, all.exchange, { expected: `totalCount ${n}`, actual: `totalCount ${JSON.stringify(all.totalCount)}` });
    for (const query of ['$take=1', `$skip=${Math.floor(n / 2)}&$take=2`, `$skip=${n + 1}`]) {
      const page = await fetchPage(ctx, query);
      failures.push(...mismatch(page.totalCount === n ? undefined : `?${query}: totalCount ${JSON.stringify(page.totalCount)}, expected ${n}`, page.exchange, { expected: `totalCount ${n}`, actual: `totalCount ${JSON.stringify(page.totalCount)}` }));
    }
    const picked = ids(all.items).slice(0, 2);
    if (picked.length === 2) {
      const page = await fetchPage(ctx, `sessionId=in:${picked.join(':')}&$take=1`);
      failures.push(...mismatch(page.totalCount === 2 ? undefined : `filtered to 2 sessions: totalCount ${JSON.stringify(page.totalCount)}, expected 2`, page.exchange, { expected: 'totalCount 2', actual: `totalCount ${JSON.stringify(page.totalCount)}` }));
    }
    return failures;
  },
);
