import type { Key } from './values.ts';

/**
 * A record with its comparable keys computed once: `sortKeys[i]` for `resource.sortKeys[i]` and
 * `filterKeys[j]` for `resource.filters[j]`. `evaluate` fills only the slots a query uses; the index
 * fills all of them on write.
 */
export interface Entry<T> {
  id: string;
  /** Input position (evaluate) or insertion number (index): the last resort for equal keys. */
  seq: number;
  record: T;
  sortKeys: Key[];
  filterKeys: Key[];
}
