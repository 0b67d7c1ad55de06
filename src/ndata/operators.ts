/**
 * The well-known NData operators. PORTOS confirms only `gt` and `lt` by example; the rest follow the
 * OpenStack filtering guideline that NData cites (inferred: docs/ndata.md#ndata-filtering).
 */
export const WELL_KNOWN_OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'] as const;

export type WellKnownOperator = (typeof WELL_KNOWN_OPERATORS)[number];

const names: ReadonlySet<string> = new Set(WELL_KNOWN_OPERATORS);

/** True when `name` (already folded to lower case) is a well-known operator. */
export function isWellKnownOperator(name: string): name is WellKnownOperator {
  return names.has(name);
}

/**
 * `one`: exactly one argument, which is everything after the first unescaped `:`.
 * `one-or-more`: the text after the first `:` split on unescaped `:`.
 */
export const OPERATOR_ARITY: Readonly<Record<WellKnownOperator, 'one' | 'one-or-more'>> = {
  eq: 'one',
  neq: 'one',
  gt: 'one',
  gte: 'one',
  lt: 'one',
  lte: 'one',
  in: 'one-or-more',
  nin: 'one-or-more',
};
