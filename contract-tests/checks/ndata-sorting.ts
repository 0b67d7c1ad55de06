/**
 * NData sorting: every sort key, both directions, both syntaxes (`-key` / `key:desc`, `key` / `key:asc`).
 * Each response is judged on its own items (a snapshot), so sessions that change between requests
 * cannot make it flake.
 */
import { diffStart, idList, type CheckContext } from '../context.ts';
import { caseFolded, DOTTED_SORT_KEYS, expectedPage, orderBy, TOP_LEVEL_SORT_KEYS } from '../oracle.ts';
import { describeSequenceDiff, describeSetDiff, fetchPage, ids, type Session } from '../sessions.ts';
import type { Exchange, Failure } from '../types.ts';
import type { Check } from './check.ts';

type Direction = 'asc' | 'desc';

/** The spellings of one sort term: both syntaxes of the direction. */
function spellings(key: string, direction: Direction): string[] {
  return direction === 'asc' ? [key, `${key}:asc`] : [`-${key}`, `${key}:desc`];
}

/**
 * The first adjacent pair out of order, or undefined. Strings may be ordered ordinally or
 * case-insensitively (which one PORTOS uses is not documented); either passes, a mixture does not.
 */
export function firstOutOfOrder(items: readonly Session[], key: string, direction: Direction): string | undefined {
  const inOrder = orderBy(key, direction);
  const firstBreak = (list: readonly Session[]): number => list.findIndex((item, i) => i > 0 && inOrder(list[i - 1], item) > 0);
  const broken = firstBreak(items);
  if (broken < 0 || firstBreak(items.map(caseFolded)) < 0) return undefined;
  const value = (item: Session | undefined) => JSON.stringify(key.split('.').reduce<unknown>((node, step) => (node as Record<string, unknown> | undefined)?.[step], item));
  return `item ${broken - 1} has ${key}=${value(items[broken - 1])} before item ${broken} with ${value(items[broken])}`;
}

async function checkKeys(ctx: CheckContext, keys: readonly string[]): Promise<void> {
  await ctx.retryOnce(async () => {
    const all = await fetchPage(ctx, '');
    if (all.items.length < 3) ctx.skip(`needs at least 3 sessions on the server, found ${all.items.length}`);
    const failures: Failure[] = [];
    for (const key of keys) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const spelling of spellings(key, direction)) {
          const page = await fetchPage(ctx, `$sort=${spelling}`);
          const broken = firstOutOfOrder(page.items, key, direction);
          if (broken) failures.push({ message: `$sort=${spelling} is not ${direction === 'asc' ? 'ascending' : 'descending'} by ${key}: ${broken}`, exchange: page.exchange, expected: `items ${direction === 'asc' ? 'ascending' : 'descending'} by ${key}`, actual: broken });
          const setDiff = describeSetDiff(ids(page.items), ids(all.items));
          if (setDiff) failures.push({ message: `$sort=${spelling} returned other sessions than the unsorted list: ${setDiff}`, exchange: page.exchange, expected: `the ${all.items.length} sessions of the unsorted list`, actual: setDiff });
        }
      }
    }
    return failures;
  });
}

export const sortTopLevel: Check = {
  name: 'sort_top_level',
  group: 'ndata-sorting',
  basis: 'documented',
  summary: `Sorting by each top-level Session property (${TOP_LEVEL_SORT_KEYS.join(', ')}) in both directions and both syntaxes orders the items by that key and keeps the same sessions.`,
  async run(ctx) {
    await checkKeys(ctx, TOP_LEVEL_SORT_KEYS);
  },
};

export const sortDottedKeys: Check = {
  name: 'sort_dotted_keys',
  group: 'ndata-sorting',
  basis: 'inferred',
  summary: `Sorting by the dotted keys (${DOTTED_SORT_KEYS.join(', ')}) in both directions and both syntaxes orders the items by that key.`,
  async run(ctx) {
    await checkKeys(ctx, DOTTED_SORT_KEYS);
  },
};

/** Sorts whose exact order (ties broken by sessionId, ordinal strings, several keys) is checked. */
const EXACT_QUERIES = [
  '',
  ...[
    ...TOP_LEVEL_SORT_KEYS.flatMap((key) => [key, `-${key}`]),
    ...DOTTED_SORT_KEYS.flatMap((key) => [key, `${key}:desc`]),
    'identity.envName,-startedAt',
    'identity.userName:desc,identity.deviceName',
    'STARTEDAT:DESC',
  ].map((sort) => `$sort=${sort}`),
  // A page of a sort with many ties: a server may take a shortcut for the first n items and break ties
  // differently there than in the full sort.
  '$sort=-identity.authenticationType,-identity.userName&$take=14',
  '$sort=-identity.envName,-identity.userName&$take=9',
  '$sort=identity.envName:desc,identity.deviceName:desc&$take=5',
];

export const sortOrderExact: Check = {
  name: 'sort_order_exact',
  group: 'ndata-sorting',
  basis: 'inferred',
  summary:
    'Every sort (and the default order, and pages of sorts with many ties) equals the reference engine on the same items: ordinal strings, `sessionId` as the final tie-breaker, several keys in order, case-insensitive keys and directions.',
  async run(ctx) {
    for (const query of EXACT_QUERIES) {
      const page = await fetchPage(ctx, query);
      // Judged on the page's own items (a snapshot): with `$take` the page holds at most that many, so
      // the reference engine only re-orders them.
      const expected = expectedPage(page.items, query).items ?? [];
      const diff = describeSequenceDiff(ids(page.items), ids(expected));
      if (diff) ctx.fail(`${query ? `?${query}` : 'the default order'} differs from the reference order: ${diff}`, page.exchange as Exchange, { expected: `ids in the order ${idList(ids(expected), 8, diffStart(ids(page.items), ids(expected)))}`, actual: `ids in the order ${idList(ids(page.items), 8, diffStart(ids(page.items), ids(expected)))}` });
    }
  },
};
