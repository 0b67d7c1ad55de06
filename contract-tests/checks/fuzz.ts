/**
 * `--fuzz <n>`: n random valid NData queries; each answer must equal the reference engine applied to the
 * server's full list, read just before the query.
 */
import { diffStart, idList, type CheckContext } from '../context.ts';
import { SORT_KEYS, expectedPage } from '../oracle.ts';
import { createRandom, type Random } from '../../src/store/seeded-random.ts';
import { describeSequenceDiff, fetchPage, ids, readPage, type Session } from '../sessions.ts';
import type { Failure } from '../types.ts';
import type { Check } from './check.ts';

const ONE_ARG = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const;

function argument(random: Random, known: readonly string[]): string {
  if (known.length > 0 && random.chance(0.7)) {
    const id = random.pick(known);
    // A whole id, or a prefix of one (useful for range operators).
    return random.chance(0.6) ? id : id.slice(0, 1 + random.int(4));
  }
  return random.pick(['0', 'A', 'M', 'Z', 'a', 'm', 'z', 'Hq', 'so']);
}

function operation(random: Random, known: readonly string[]): string {
  if (random.chance(0.25)) {
    const op = random.pick(['in', 'nin']);
    const args = Array.from({ length: 1 + random.int(3) }, () => argument(random, known));
    return `${op}:${args.join(':')}`;
  }
  return `${random.pick(ONE_ARG)}:${argument(random, known)}`;
}

function sortTerm(random: Random): string {
  const key = random.pick(SORT_KEYS);
  const spelled = random.chance(0.15) ? key.toUpperCase() : key;
  return random.pick([spelled, `-${spelled}`, `${spelled}:asc`, `${spelled}:desc`]);
}

/** One random query that the reference engine accepts. */
function randomQuery(random: Random, known: readonly string[]): string {
  const parts: string[] = [];
  if (random.chance(0.5)) {
    const operations = Array.from({ length: 1 + random.int(2) }, () => operation(random, known));
    if (random.chance(0.5)) parts.push(`sessionId=${operations.join(';')}`);
    else for (const op of operations) parts.push(`sessionId=${op}`);
  }
  if (random.chance(0.7)) parts.push(`$sort=${Array.from({ length: 1 + random.int(3) }, () => sortTerm(random)).join(',')}`);
  if (random.chance(0.5)) parts.push(`$skip=${random.int(known.length + 3)}`);
  if (random.chance(0.6)) parts.push(`$take=${random.int(Math.max(2, Math.ceil(known.length / 2)))}`);
  if (random.chance(0.1)) parts.push('$count=true');
  return parts.join('&');
}

/**
 * The full list, adjusted for the request that is about to be made: the caller's own session is
 * touched by every request (`_v` goes up by one: inferred, docs/behaviour.md#every-request-bumps-session),
 * so the oracle sees it as the query will.
 */
function asOfNextRequest(list: readonly Session[], ownSessionId: string | undefined): Session[] {
  return list.map((session) => (session.sessionId === ownSessionId ? { ...session, _v: session._v + 1 } : session));
}

async function compareOne(ctx: CheckContext, query: string): Promise<Failure[]> {
  const full = await fetchPage(ctx, '');
  const expected = expectedPage(asOfNextRequest(full.items, ctx.state.ownSessionId), query);
  const exchange = await ctx.target.listSessions(query);
  const page = readPage(exchange);
  if (!page) return [{ message: `?${query}: expected 200, got ${exchange.response?.status}`, exchange, expected: 'status 200 with a QueryResult', actual: `status ${exchange.response?.status}` }];
  const problems: string[] = [];
  if (expected.items === undefined) {
    if (page.items !== undefined) problems.push('`items` present with $count=true');
  } else {
    const diff = describeSequenceDiff(ids(page.items ?? []), ids(expected.items));
    if (diff) problems.push(`items: ${diff}`);
  }
  if (page.count !== expected.count) problems.push(`count ${JSON.stringify(page.count)}, expected ${expected.count}`);
  if (page.totalCount !== expected.totalCount) problems.push(`totalCount ${JSON.stringify(page.totalCount)}, expected ${expected.totalCount}`);
  const at = diffStart(ids(page.items ?? []), ids(expected.items ?? []));
  const shape = (items: readonly Session[] | undefined, count: unknown, totalCount: unknown) =>
    `${items === undefined ? 'no items' : `ids ${idList(ids(items), 8, at)}`}, count ${JSON.stringify(count)}, totalCount ${JSON.stringify(totalCount)}`;
  return problems.length
    ? [{ message: `?${query} differs from the reference engine: ${problems.join('; ')}`, exchange, expected: shape(expected.items, expected.count, expected.totalCount), actual: shape(page.items, page.count, page.totalCount) }]
    : [];
}

export const fuzzMatchesReference: Check = {
  name: 'fuzz_matches_reference',
  group: 'fuzz',
  basis: 'inferred',
  requires: 'fuzz',
  summary: 'n random valid NData queries (filters, sorts, paging, $count) each answer exactly what the reference engine computes from the full list.',
  async run(ctx) {
    const random = createRandom(ctx.flags.seed);
    const known = ids((await fetchPage(ctx, '')).items);
    for (let i = 0; i < ctx.flags.fuzz; i++) {
      const query = randomQuery(random, known);
      await ctx.retryOnce(() => compareOne(ctx, query));
    }
    ctx.note = `${ctx.flags.fuzz} queries, seed ${ctx.flags.seed}`;
  },
};
