import type { Entry } from './entry.ts';
import type { ResourceDescription } from '../../ndata/index.ts';
import { keyOf, pathGetter } from './keys.ts';

/** Computes the keys in the given slots (all slots when omitted). */
export function keyReaders<T>(resource: ResourceDescription): {
  fillSort: (entry: Entry<T>, slots?: readonly number[]) => void;
  fillFilter: (entry: Entry<T>, slots?: readonly number[]) => void;
  /** Fills every key, re-reading only those whose raw value differs from `before`'s; the rest are `old`'s. */
  fillChanged: (entry: Entry<T>, before: T, old: Entry<T>) => void;
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
    fillChanged(entry, before, old) {
      // A session bump changes two raw values of the nine sort keys: the other keys (three of them
      // date-times to parse) are the old entry's.
      for (const i of allSort) {
        const raw = sortGet[i]!(entry.record);
        entry.sortKeys[i] = raw === sortGet[i]!(before) ? old.sortKeys[i] : keyOf(raw, resource.sortKeys[i]!.type);
      }
      for (const i of allFilter) {
        const raw = filterGet[i]!(entry.record);
        entry.filterKeys[i] = raw === filterGet[i]!(before) ? old.filterKeys[i] : keyOf(raw, resource.filters[i]!.type);
      }
    },
  };
}
