/**
 * `$count=true`: counts without items.
 */
import { fetchPage, ids, readPage } from '../sessions.ts';
import type { Failure } from '../types.ts';
import { liveCheck, type Check } from './check.ts';

export const countOnlyNoItems: Check = {
  name: 'count_only_no_items',
  group: 'count',
  basis: 'documented',
  summary: '`$count=true` answers 200 with `count` and `totalCount` and without `items`.',
  async run(ctx) {
    const exchange = await ctx.target.listSessions('$count=true');
    const page = readPage(exchange);
    if (!ctx.expect(page !== undefined, `$count=true: expected 200 with a QueryResult, got ${exchange.response?.status}`, exchange, { expected: 'status 200 with a QueryResult', actual: `status ${exchange.response?.status}` })) return;
    ctx.expect(page!.items === undefined, `$count=true returned \`items\` (${page!.items?.length} of them)`, exchange, { expected: 'no `items`', actual: `${page!.items?.length} items` });
    ctx.expect(Number.isInteger(page!.totalCount) && Number.isInteger(page!.count), '$count=true: `count` and `totalCount` must be integers', exchange, { expected: 'integer count and totalCount', actual: `count ${JSON.stringify(page!.count)}, totalCount ${JSON.stringify(page!.totalCount)}` });
  },
};

export const countOnlyTotals: Check = liveCheck(
  {
    name: 'count_only_totals',
    group: 'count',
    basis: 'inferred',
    summary: '`$count=true` reports the same `count` and `totalCount` as the same query without it, with and without a filter and paging.',
  },
  async (ctx) => {
    const all = await fetchPage(ctx, '');
    const failures: Failure[] = [];
    const picked = ids(all.items).slice(0, 3);
    const queries = ['', '$take=1', picked.length ? `sessionId=in:${picked.join(':')}` : ''];
    for (const query of new Set(queries)) {
      const plain = await fetchPage(ctx, query);
      const counted = await ctx.target.listSessions(query ? `${query}&$count=true` : '$count=true');
      const page = readPage(counted);
      if (!page) {
        failures.push({ message: `expected 200, got ${counted.response?.status}`, exchange: counted, expected: 'status 200', actual: `status ${counted.response?.status}` });
        continue;
      }
      if (page.totalCount !== plain.totalCount || page.count !== plain.count) {
        failures.push({
          message: `?${query}&$count=true gave count ${JSON.stringify(page.count)}, totalCount ${JSON.stringify(page.totalCount)}; without $count: ${JSON.stringify(plain.count)}, ${JSON.stringify(plain.totalCount)}`,
          exchange: counted,
          expected: `count ${JSON.stringify(plain.count)}, totalCount ${JSON.stringify(plain.totalCount)}`,
          actual: `count ${JSON.stringify(page.count)}, totalCount ${JSON.stringify(page.totalCount)}`,
        });
      }
    }
    return failures;
  },
);
