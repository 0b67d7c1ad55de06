import type { Key } from './keys.ts';

/**
 * A record with its comparable keys computed once: `sortKeys[i]` for `resource.sortKeys[i]` and
 * `filterKeys[j]` for `resource.filters[j]`. The index fills all of them on write.
 */
export interface Entry<T> {
  id: string;
  record: T;
  sortKeys: Key[];
  filterKeys: Key[];
}
