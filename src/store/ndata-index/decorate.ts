import type { Entry } from './entry.ts';
import type { ResourceDescription } from '../../ndata/index.ts';
import { keyOf, pathGetter } from './keys.ts';

/** Computes the keys in the given slots (all slots when omitted). */
export function keyReaders<T>(resource: ResourceDescription): {
  fillSort: (entry: Entry<T>, slots?: readonly number[]) => void;
  fillFilter: (entry: Entry<T>, slots?: readonly number[]) => void;
} {
  const sortGet = resource.sortKeys.map((k) => pathGetter(k.path));
  const filterGet = resource.filters.map((m) => pathGetter(m.path));
  const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const allSort = all(resource.sortKeys.length);
  const allFilter = all(resource.filters.length);
  return {
    fillSort(entry, slots = allSort) {
      for (const i of slots) entry.sortKeys[i] = keyOf(sortGet[i]!(entry.record), resource.sortKeys[i]!.type);
    },
    fillFilter(entry, slots = allFilter) {
      for (const i of slots) entry.filterKeys[i] = keyOf(filterGet[i]!(entry.record), resource.filters[i]!.type);
    },
  };
}
