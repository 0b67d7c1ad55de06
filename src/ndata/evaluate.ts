import { keyReaders } from './decorate.ts';
import type { Entry } from './entry.ts';
import { pageWindow } from './page.ts';
import { compileQuery } from './plan.ts';
import type { NDataQuery, QueryPage } from './query.ts';
import type { ResourceDescription } from './resource.ts';
import { sortedRange } from './select.ts';

/**
 * Runs a query over an array: filter, order (requested terms, then the tie-breaker), then page. Pure:
 * the input is not touched. Records whose keys are all equal keep their input order.
 *
 * @example
 * const { items, count, totalCount } = evaluate(sessions, result.query, sessionsResource);
 */
export function evaluate<T>(records: readonly T[], query: NDataQuery, resource: ResourceDescription): QueryPage<T> {
  const plan = compileQuery<T>(query, resource);
  const { fillSort, fillFilter } = keyReaders<T>(resource);
  const matched: Entry<T>[] = [];
  for (let i = 0; i < records.length; i++) {
    const entry: Entry<T> = { id: '', seq: i, record: records[i]!, sortKeys: [], filterKeys: [] };
    if (plan.test) {
      fillFilter(entry, plan.filterSlots);
      if (!plan.test(entry)) continue;
    }
    matched.push(entry);
  }
  const { start, end } = pageWindow(query.skip, query.take, matched.length);
  let items: T[] = [];
  if (start < end) {
    for (const entry of matched) fillSort(entry, plan.sortSlots);
    items = sortedRange(matched, plan.compare, start, end).map((e) => e.record);
  }
  return { items, count: items.length, totalCount: matched.length };
}
