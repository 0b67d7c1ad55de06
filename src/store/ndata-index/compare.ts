import type { Entry } from './entry.ts';
import { sortSlot } from './slots.ts';
import type { ResourceDescription, SortTerm } from '../../ndata/index.ts';
import { keyComparator } from './keys.ts';

export type EntryComparator<T> = (a: Entry<T>, b: Entry<T>) => number;

/** Breaks a full tie by record id (insertion order means nothing in the index). */
export function byId<T>(a: Entry<T>, b: Entry<T>): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Indexes into `resource.sortKeys` of the terms, in order. */
export function sortSlots(terms: readonly SortTerm[], resource: ResourceDescription): number[] {
  return terms.map((t) => sortSlot(resource, t.key)).filter((i) => i >= 0);
}

/** Compiles sort terms into one comparator of entries, reading `entry.sortKeys[slot]`. */
export function compileComparator<T>(terms: readonly SortTerm[], resource: ResourceDescription, last: EntryComparator<T>): EntryComparator<T> {
  const parts: { slot: number; sign: number; cmp: ReturnType<typeof keyComparator> }[] = [];
  for (const term of terms) {
    const slot = sortSlot(resource, term.key);
    const key = resource.sortKeys[slot];
    if (key) parts.push({ slot, sign: term.direction === 'desc' ? -1 : 1, cmp: keyComparator(key.type) });
  }
  const n = parts.length;
  return (a, b) => {
    for (let i = 0; i < n; i++) {
      const p = parts[i]!;
      const c = p.cmp(a.sortKeys[p.slot], b.sortKeys[p.slot]);
      if (c !== 0) return c * p.sign;
    }
    return last(a, b);
  };
}
