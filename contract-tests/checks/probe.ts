/**
 * `--probe`: which NData operators and sort keys the server honours. Informational: it never fails.
 */
import { WELL_KNOWN_OPERATORS } from '../../src/ndata/index.ts';
import { SORT_KEYS, expectedPage } from '../oracle.ts';
import { describeSetDiff, fetchPage, ids, readPage } from '../sessions.ts';
import type { ProbeRow } from '../types.ts';
import type { Check } from './check.ts';
import { firstOutOfOrder } from './ndata-sorting.ts';

export const probe: Check = {
  name: 'probe',
  group: 'probe',
  basis: 'inferred',
  requires: 'probe',
  summary: 'A table of which NData operators and sort keys the server honours (informational).',
  async run(ctx) {
    const rows: ProbeRow[] = [];
    const all = await fetchPage(ctx, '$sort=sessionId');
    const known = ids(all.items);
    const a = known[Math.floor(known.length / 3)] ?? 'a';
    const b = known[Math.floor((known.length * 2) / 3)] ?? 'b';
    for (const operator of WELL_KNOWN_OPERATORS) {
      const query = `sessionId=${operator}:${operator === 'in' || operator === 'nin' ? `${a}:${b}` : a}`;
      const exchange = await ctx.target.listSessions(query);
      const status = exchange.response?.status;
      const page = readPage(exchange);
      let verdict: ProbeRow['verdict'] = 'error';
      if (status !== undefined && status >= 400 && status < 500) verdict = 'rejected';
      else if (page?.items) {
        const fresh = (await fetchPage(ctx, '')).items;
        const expected = expectedPage(fresh, query).items ?? [];
        verdict = describeSetDiff(ids(page.items), ids(expected)) ? 'differs' : 'honoured';
      }
      rows.push({ kind: 'operator', name: operator, query, verdict, ...(status !== undefined ? { status } : {}) });
    }
    for (const key of SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        const term = direction === 'asc' ? key : `${key}:desc`;
        const query = `$sort=${term}`;
        const exchange = await ctx.target.listSessions(query);
        const status = exchange.response?.status;
        const page = readPage(exchange);
        let verdict: ProbeRow['verdict'] = 'error';
        if (status !== undefined && status >= 400 && status < 500) verdict = 'rejected';
        else if (page?.items) verdict = firstOutOfOrder(page.items, key, direction) ? 'differs' : 'honoured';
        rows.push({ kind: 'sort', name: term, query, verdict, ...(status !== undefined ? { status } : {}) });
      }
    }
    ctx.state.probe = rows;
    ctx.note = `${rows.filter((r) => r.verdict === 'honoured').length} of ${rows.length} honoured`;
  },
};
