import type { Key } from './values.ts';
import type { SortTerm } from './resource.ts';

/** One operation of one filter parameter; a query's conditions must all hold. */
export interface FilterCondition {
  /** The filter member's documented name (`sessionId`). */
  member: string;
  /** A well-known operator in lower case (`gt`), or a custom operator's declared name. */
  operator: string;
  /** Decoded arguments (escapes resolved). One for `eq`…`lte`, one or more for `in`/`nin`. */
  args: readonly string[];
  /**
   * For well-known operators, the arguments read as the member's type (`parseArgument`), once, while
   * `parse` checks them: a fast evaluator need not read them again. Absent in hand-built conditions.
   */
  values?: readonly Key[];
}

/** A validated NData query: plain data, safe to log or compare. */
export interface NDataQuery {
  /** All must hold (repeated parameters and `;`-separated operations add up). */
  filters: FilterCondition[];
  /** The requested terms, documented key names, first occurrence of each key only. Empty: default order. */
  sort: SortTerm[];
  skip: number;
  /** undefined: no limit. */
  take: number | undefined;
  /** `$count=true`: the answer is `{ count, totalCount }` without `items`; the page's `items` stay empty. */
  count: boolean;
  /** Parameter names that were not understood and were ignored, as spelled, first spelling once. */
  ignored: string[];
}

export interface ValidationError {
  /** The parameter as documented (`sessionId`, `$skip`…), whatever case the request used. */
  memberName: string;
  message: string;
}

export type ParseResult = { query: NDataQuery } | { errors: ValidationError[] };

/** One page of a query's result. */
export interface QueryPage<T> {
  /**
   * The page's records. Empty when the query only counts (`count`: `$count=true` answers no `items`,
   * docs/ndata.md#ndata-count), so that counting builds no page; `count` is still the page's size.
   */
  items: T[];
  /** Number of items in this page. */
  count: number;
  /** Number of records matching the filters, before paging. */
  totalCount: number;
}
