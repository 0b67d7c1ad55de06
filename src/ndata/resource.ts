import type { WellKnownOperator } from './operators.ts';

/**
 * How a member's values are compared: strings ordinally, numbers numerically, date-times chronologically,
 * booleans with `false` before `true` (arguments `true`/`false`, any letter case; docs/ndata.md#ndata-booleans).
 */
export type ValueType = 'string' | 'number' | 'date-time' | 'boolean';

/**
 * A filter operator a resource defines beyond the well-known eight ("Filters may have custom operators",
 * PORTOS). Its name matches case-insensitively (ASCII) and it never shadows a well-known operator.
 */
export interface CustomOperator {
  name: string;
  /**
   * `1`: everything after the first unescaped `:` is the one argument;
   * an integer n ≥ 2: exactly n arguments separated by unescaped `:` (another count is a validation error);
   * `'one-or-more'`: like `in`.
   */
  arity: number | 'one-or-more';
  /** Decides one record: `value` is the raw member value (undefined when absent), `args` the decoded arguments. */
  test: (value: unknown, args: readonly string[]) => boolean;
  /** Optional validation of the decoded arguments: return a sentence saying what is allowed, or undefined. */
  validate?: (args: readonly string[]) => string | undefined;
}

/** A query parameter that filters the collection, e.g. `sessionId`. */
export interface FilterMember {
  /** The parameter as documented; it also names the member in validation errors. */
  name: string;
  /** Where the value sits in a record; dots descend into objects (`identity.userName`). */
  path: string;
  type: ValueType;
  /** The well-known operators allowed for this member; all eight when omitted. */
  operators?: readonly WellKnownOperator[];
  customOperators?: readonly CustomOperator[];
}

/** A key `$sort` accepts. `path` may be dotted: `identity.userName`. */
export interface SortKey {
  name: string;
  path: string;
  type: ValueType;
}

export interface SortTerm {
  /** The sort key's documented name (`startedAt`), whatever case the request used. */
  key: string;
  direction: 'asc' | 'desc';
}

/** Everything the engine needs to know about one collection. */
export interface ResourceDescription {
  name: string;
  filters: readonly FilterMember[];
  sortKeys: readonly SortKey[];
  /** The order used when the request has no `$sort`. */
  defaultOrder: readonly SortTerm[];
  /** A sort key name, always applied ascending after every other term. Should be unique per record. */
  tieBreaker: string;
}
