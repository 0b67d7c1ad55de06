/**
 * The index's storage upkeep: every record as an entry with its keys computed once per write, one array
 * per sort key kept sorted by (key, tie-breaker, id), and a hash of each string or number filter member's
 * values. A write that changes k keys costs k binary searches and splices; the query strategies
 * (strategies.ts) only read what is kept here.
 */
import type { ResourceDescription } from '../../ndata/index.ts';
import { byId, type EntryComparator } from './compare.ts';
import { keyReaders } from './decorate.ts';
import type { Entry } from './entry.ts';
import { keyComparator, type Key } from './keys.ts';

/** One entry, or several with the same key (most keys of a unique member hold one: no Set for them). */
export type Bucket<T> = Entry<T> | Set<Entry<T>>;

export interface IndexStorage<T> {
  readonly entries: ReadonlyMap<string, Entry<T>>;
  /** Per sort key (by slot): every entry, ascending by (key, tie-breaker, id). */
  sorted(slot: number): readonly Entry<T>[];
  /** Per filter member (by slot): key → entries; undefined for members that are not hashed (date-times). */
  hash(slot: number): ReadonlyMap<Key, Bucket<T>> | undefined;
  /** The ascending comparison of one sort key's values. */
  keyComparator(slot: number): (a: Key, b: Key) => number;
  /** Adds or replaces; `previous` holds the old values of a record changed in place (else all keys are re-read). */
  upsert(record: T, previous?: T): void;
  upsertMany(records: Iterable<T>): void;
  remove(id: string): boolean;
  clear(): void;
}

/**
 * A batch this large (and at least this share of what is stored) is cheaper to apply by rebuilding the
 * sorted arrays once (n log n) than by splicing each record in (n per record).
 */
const REBUILD_BATCH = 64;
const REBUILD_SHARE = 1 / 8;

export function bucketSize<T>(bucket: Bucket<T> | undefined): number {
  return bucket === undefined ? 0 : bucket instanceof Set ? bucket.size : 1;
}

function hashAdd<T>(map: Map<Key, Bucket<T>>, key: Key, entry: Entry<T>): void {
  if (key === undefined) return;
  const bucket = map.get(key);
  if (bucket === undefined) map.set(key, entry);
  else if (bucket instanceof Set) bucket.add(entry);
  else map.set(key, new Set([bucket, entry]));
}

function hashRemove<T>(map: Map<Key, Bucket<T>>, key: Key, entry: Entry<T>): void {
  if (key === undefined) return;
  const bucket = map.get(key);
  if (bucket === entry) map.delete(key);
  else if (bucket instanceof Set) {
    bucket.delete(entry);
    if (bucket.size === 1) map.set(key, bucket.values().next().value!);
  }
}

function lowerBound<T>(array: readonly Entry<T>[], entry: Entry<T>, cmp: EntryComparator<T>): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(array[mid]!, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createStorage<T>(resource: ResourceDescription, idOf: (record: T) => string): IndexStorage<T> {
  const { fillSort, fillFilter, fillChanged } = keyReaders<T>(resource);
  const keyCmp = resource.sortKeys.map((k) => keyComparator(k.type));
  const tieSlot = resource.sortKeys.findIndex((k) => k.name === resource.tieBreaker);
  const tieCmp = keyCmp[tieSlot];
  const arrayCmp: EntryComparator<T>[] = keyCmp.map((cmp, s) => (a, b) =>
    cmp(a.sortKeys[s], b.sortKeys[s]) || (tieCmp ? tieCmp(a.sortKeys[tieSlot], b.sortKeys[tieSlot]) : 0) || byId(a, b));
  // @note Date-times are not hashed: equal instants can be spelled differently, so `eq` on them compares.
  const hashable = resource.filters.map((m) => m.type !== 'date-time');

  const entries = new Map<string, Entry<T>>();
  let sorted: Entry<T>[][] = [];
  let hashes: (Map<Key, Bucket<T>> | undefined)[] = [];

  function rebuild(): void {
    const all = [...entries.values()];
    sorted = arrayCmp.map((cmp) => all.slice().sort(cmp));
    hashes = hashable.map((h) => (h ? new Map() : undefined));
    for (const entry of all) hashes.forEach((map, j) => map && hashAdd(map, entry.filterKeys[j], entry));
  }
  rebuild();

  function place(s: number, entry: Entry<T>): void {
    const array = sorted[s]!;
    array.splice(lowerBound(array, entry, arrayCmp[s]!), 0, entry);
  }

  function unplace(s: number, entry: Entry<T>): void {
    const array = sorted[s]!;
    let i = lowerBound(array, entry, arrayCmp[s]!);
    if (array[i] !== entry) i = array.indexOf(entry);
    if (i >= 0) array.splice(i, 1);
  }

  function fresh(record: T): Entry<T> {
    const entry: Entry<T> = { id: idOf(record), record, sortKeys: [], filterKeys: [] };
    fillSort(entry);
    fillFilter(entry);
    return entry;
  }

  function upsert(record: T, previous?: T): void {
    const id = idOf(record);
    const old = entries.get(id);
    // Keys are re-read only where a value changed; a record changed in place without its old values
    // (`previous`) has nothing to compare with, so all of its keys are.
    const before = previous ?? (old && old.record !== record ? old.record : undefined);
    let next: Entry<T>;
    if (old && before !== undefined) {
      next = { id, record, sortKeys: [], filterKeys: [] };
      fillChanged(next, before, old);
    } else next = fresh(record);
    if (!old) {
      entries.set(next.id, next);
      sorted.forEach((_, s) => place(s, next));
      hashes.forEach((map, j) => map && hashAdd(map, next.filterKeys[j], next));
      return;
    }
    // Only arrays whose order changes are touched: a session bump moves it in two of nine.
    const tieChanged = tieCmp !== undefined && tieCmp(old.sortKeys[tieSlot], next.sortKeys[tieSlot]) !== 0;
    const moved: number[] = [];
    keyCmp.forEach((cmp, s) => {
      if (tieChanged || cmp(old.sortKeys[s], next.sortKeys[s]) !== 0) {
        unplace(s, old);
        moved.push(s);
      }
    });
    hashes.forEach((map, j) => {
      if (map && old.filterKeys[j] !== next.filterKeys[j]) {
        hashRemove(map, old.filterKeys[j], old);
        hashAdd(map, next.filterKeys[j], old);
      }
    });
    old.record = record;
    old.sortKeys = next.sortKeys;
    old.filterKeys = next.filterKeys;
    for (const s of moved) place(s, old);
  }

  return {
    entries,
    sorted: (slot) => sorted[slot]!,
    hash: (slot) => hashes[slot],
    keyComparator: (slot) => keyCmp[slot]!,
    upsert,
    upsertMany(records) {
      const list = [...records];
      if (list.length < REBUILD_BATCH || list.length < entries.size * REBUILD_SHARE) {
        for (const record of list) upsert(record);
        return;
      }
      for (const record of list) {
        const next = fresh(record);
        const old = entries.get(next.id);
        if (old) Object.assign(old, { record, sortKeys: next.sortKeys, filterKeys: next.filterKeys });
        else entries.set(next.id, next);
      }
      rebuild();
    },
    remove(id) {
      const entry = entries.get(id);
      if (!entry) return false;
      sorted.forEach((_, s) => unplace(s, entry));
      hashes.forEach((map, j) => map && hashRemove(map, entry.filterKeys[j], entry));
      entries.delete(id);
      return true;
    },
    clear() {
      entries.clear();
      rebuild();
    },
  };
}
