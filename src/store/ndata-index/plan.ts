import { compileComparator, sortSlots, type EntryComparator } from './compare.ts';
import { effectiveOrder } from './order.ts';
import { compileFilter } from './predicate.ts';
import type { NDataQuery, ResourceDescription, SortTerm } from '../../ndata/index.ts';
import type { Entry } from './entry.ts';

/** A query compiled once: a test, the effective order and its comparator. */
export interface Plan<T> {
  test: ((entry: Entry<T>) => boolean) | undefined;
  filterSlots: number[];
  order: SortTerm[];
  sortSlots: number[];
  compare: EntryComparator<T>;
}

export function compileQuery<T>(query: NDataQuery, resource: ResourceDescription, last: EntryComparator<T>): Plan<T> {
  const filter = compileFilter<T>(query.filters, resource);
  const order = effectiveOrder(query, resource);
  return {
    test: filter.test,
    filterSlots: filter.slots,
    order,
    sortSlots: sortSlots(order, resource),
    compare: compileComparator(order, resource, last),
  };
}
