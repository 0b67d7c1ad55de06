import { byId, compileComparator, type EntryComparator } from './compare.ts';
import { keyReaders } from './decorate.ts';
import type { Entry } from './entry.ts';
import { pageWindow } from './page.ts';
import { compileQuery } from './plan.ts';
import type { NDataQuery, QueryPage } from './query.ts';
import type { ResourceDescription, SortTerm } from './resource.ts';
import { sortedRange } from './select.ts';
import { keyComparator, parseArgument, type Key } from './values.ts';

/**
 * A live collection that answers NData queries fast. It keeps, per sort key, every record sorted by that
 * key (then the tie-breaker, then the id), and a hash of each string or number filter member's values.
 * Keys are computed once per write; a write that changes k keys costs k binary searches and splices.
 * Results equal `evaluate` over the same records whenever the tie-breaker is unique.
 */
export interface NDataIndex<T> {
  readonly size: number;
  /** Adds the record, or replaces the one with the same id. */
  upsert(record: T): void;
  /** Many upserts at once; a large batch rebuilds the sorted arrays instead of splicing each record. */
  upsertMany(records: Iterable<T>): void;
  /** Removes the record with this id; false when there was none. */
  remove(id: string): boolean;
  clear(): void;
  get(id: string): T | undefined;
  /** Every record, in insertion order. */
  records(): T[];
  evaluate(query: NDataQuery): QueryPage<T>;
}

type Bucket<T> = Entry<T> | Set<Entry<T>>;

function bucketSize<T>(bucket: Bucket<T> | undefined): number {
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

/**
 * The run [a, b) of entries around position i whose key in `slot` equals that of entry i, found by
 * galloping then binary search, so a group of 25 000 equal `envName`s costs ~30 comparisons.
 */
function groupBounds<T>(array: readonly Entry<T>[], slot: number, cmp: (a: Key, b: Key) => number, i: number): [number, number] {
  const key = array[i]!.sortKeys[slot];
  const same = (j: number): boolean => cmp(array[j]!.sortKeys[slot], key) === 0;
  // Last index known equal, first index known different (or the end), then bisect between.
  let inside = i;
  let step = 1;
  let outside = i + 1;
  while (outside < array.length && same(outside)) {
    inside = outside;
    outside = Math.min(array.length, outside + (step *= 2));
  }
  while (outside - inside > 1) {
    const mid = (inside + outside) >>> 1;
    if (same(mid)) inside = mid;
    else outside = mid;
  }
  const b = outside;
  inside = i;
  step = 1;
  outside = i - 1;
  while (outside >= 0 && same(outside)) {
    inside = outside;
    outside = Math.max(-1, outside - (step *= 2));
  }
  while (inside - outside > 1) {
    const mid = (inside + outside) >>> 1;
    if (same(mid)) inside = mid;
    else outside = mid;
  }
  return [outside + 1, b];
}

/** Below this share of the collection, a hash lookup for `eq`/`in` beats walking a sorted array. */
const CANDIDATE_SHARE = 1 / 8;

/**
 * @example
 * const index = createIndex<Session>(sessionsResource, (s) => s.sessionId);
 * index.upsertMany(seed);
 * index.upsert({ ...session, lastAccessAt: now, _v: session._v + 1 });
 * const page = index.evaluate(query);
 */
export function createIndex<T>(resource: ResourceDescription, idOf: (record: T) => string): NDataIndex<T> {
  const { fillSort, fillFilter } = keyReaders<T>(resource);
  const keyCmp = resource.sortKeys.map((k) => keyComparator(k.type));
  const tieSlot = resource.sortKeys.findIndex((k) => k.name === resource.tieBreaker);
  const tieCmp = keyCmp[tieSlot];
  const arrayCmp: EntryComparator<T>[] = keyCmp.map((cmp, s) => (a, b) =>
    cmp(a.sortKeys[s], b.sortKeys[s]) || (tieCmp ? tieCmp(a.sortKeys[tieSlot], b.sortKeys[tieSlot]) : 0) || byId(a, b));
  const hashable = resource.filters.map((m) => m.type !== 'date-time');

  const entries = new Map<string, Entry<T>>();
  let sorted: Entry<T>[][] = [];
  let hashes: (Map<Key, Bucket<T>> | undefined)[] = [];
  let seq = 0;

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
    const entry: Entry<T> = { id: idOf(record), seq: seq++, record, sortKeys: [], filterKeys: [] };
    fillSort(entry);
    fillFilter(entry);
    return entry;
  }

  function upsert(record: T): void {
    const next = fresh(record);
    const old = entries.get(next.id);
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

  function remove(id: string): boolean {
    const entry = entries.get(id);
    if (!entry) return false;
    sorted.forEach((_, s) => unplace(s, entry));
    hashes.forEach((map, j) => map && hashRemove(map, entry.filterKeys[j], entry));
    entries.delete(id);
    return true;
  }

  /** Records that may match, from the most selective `eq`/`in` on a hashed member; undefined: walk. */
  function candidates(query: NDataQuery): Entry<T>[] | undefined {
    let best: Bucket<T>[] | undefined;
    let bestSize = Math.max(64, entries.size * CANDIDATE_SHARE);
    for (const condition of query.filters) {
      // Only the well-known `eq`/`in` (custom operators never take these names).
      if (condition.operator !== 'eq' && condition.operator !== 'in') continue;
      const j = resource.filters.findIndex((m) => m.name === condition.member);
      const map = hashes[j];
      const member = resource.filters[j];
      if (!map || !member) continue;
      const keys = new Set(condition.args.map((a) => parseArgument(a, member.type)));
      const buckets: Bucket<T>[] = [];
      let size = 0;
      for (const key of keys) {
        const bucket = key === undefined ? undefined : map.get(key);
        if (bucket) buckets.push(bucket);
        size += bucketSize(bucket);
      }
      if (size <= bestSize) {
        best = buckets;
        bestSize = size;
      }
    }
    if (!best) return undefined;
    const out: Entry<T>[] = [];
    for (const bucket of best) {
      if (bucket instanceof Set) for (const e of bucket) out.push(e);
      else out.push(bucket);
    }
    return out;
  }

  /** True when the terms after a primary key add nothing to the arrays' own order (tie-breaker, id). */
  function restIsArrayOrder(rest: readonly SortTerm[]): boolean {
    return rest.length === 0 || (rest.length === 1 && rest[0]!.key === resource.tieBreaker && rest[0]!.direction === 'asc');
  }

  /**
   * Ranks [from, to) of the entries `accept` takes from sorted[slot], in the order (slot's key in
   * `direction`, then `rest`), streaming from the right end: cheap when accepted entries are common
   * enough that `to` of them turn up early.
   */
  function stream(slot: number, desc: boolean, rest: readonly SortTerm[], accept: (e: Entry<T>) => boolean, from: number, to: number): Entry<T>[] {
    const array = sorted[slot]!;
    const cmp = keyCmp[slot]!;
    const done = restIsArrayOrder(rest);
    const restCmp = done ? undefined : compileComparator(rest, resource, byId);
    const out: Entry<T>[] = [];
    const n = array.length;
    let rank = 0;
    let i = desc ? n - 1 : 0;
    while (rank < to && i >= 0 && i < n) {
      const key = array[i]!.sortKeys[slot];
      const run: Entry<T>[] = [];
      // Collect the run of equal keys; keep it in the array's (ascending tie-breaker) order.
      if (desc) {
        let j = i;
        while (j >= 0 && cmp(array[j]!.sortKeys[slot], key) === 0) j--;
        for (let k = j + 1; k <= i; k++) if (accept(array[k]!)) run.push(array[k]!);
        i = j;
      } else {
        let j = i;
        while (j < n && cmp(array[j]!.sortKeys[slot], key) === 0) {
          if (accept(array[j]!)) run.push(array[j]!);
          j++;
        }
        i = j;
      }
      if (run.length === 0) continue;
      if (rank + run.length > from) {
        const lo = Math.max(0, from - rank);
        const hi = Math.min(run.length, to - rank);
        for (const e of restCmp ? sortedRange(run, restCmp, lo, hi) : run.slice(lo, hi)) out.push(e);
      }
      rank += run.length;
    }
    return out;
  }

  function evaluate(query: NDataQuery): QueryPage<T> {
    const plan = compileQuery<T>(query, resource, byId);
    const result = (items: readonly Entry<T>[], from: number, to: number, totalCount: number): QueryPage<T> => {
      const records: T[] = new Array(Math.max(0, to - from));
      for (let i = from; i < to; i++) records[i - from] = items[i]!.record;
      return { items: records, count: records.length, totalCount };
    };
    const test = plan.test;
    const some = test ? candidates(query) : undefined;
    const primary = plan.order[0];
    const slot = plan.sortSlots[0];
    if (some || primary === undefined || slot === undefined) {
      const matched = (some ?? [...entries.values()]).filter((e) => !test || test(e));
      const { start, end } = pageWindow(query.skip, query.take, matched.length);
      const page = sortedRange(matched, plan.compare, start, end);
      return result(page, 0, page.length, matched.length);
    }

    // Walk the primary key's sorted array (filtered when needed) from the page's first rank, group by
    // equal primary keys, and order inside a group by the remaining terms only where the page needs it.
    const base = test ? sorted[slot]!.filter(test) : sorted[slot]!;
    const n = base.length;
    const { start, end } = pageWindow(query.skip, query.take, n);
    if (start >= end) return result([], 0, 0, n);
    const rest = plan.order.slice(1);
    const restDone = restIsArrayOrder(rest);
    const desc = primary.direction === 'desc';
    if (!desc && restDone) return result(base, start, end, n);
    const restCmp = compileComparator(rest, resource, byId);
    const cmp = keyCmp[slot]!;
    const nextSlot = plan.sortSlots[1];
    const page: Entry<T>[] = [];
    let p = start;
    while (p < end) {
      const i = desc ? n - 1 - p : p;
      const key = base[i]!.sortKeys[slot];
      const [a, b] = groupBounds(base, slot, cmp, i);
      const size = b - a;
      const groupStart = desc ? n - b : a;
      if (size === 1) page.push(base[a]!);
      else {
        const lo = p - groupStart;
        const hi = Math.min(size, lo + (end - p));
        let part: Entry<T>[];
        if (restDone) part = base.slice(a, b).slice(lo, hi);
        else if (nextSlot !== undefined && hi * entries.size < size * size) {
          // A big group and a short page (`$sort=identity.envName,-startedAt&$take=20`): stream the next
          // key's sorted array, keeping only this group's members, instead of ordering the whole group.
          part = stream(nextSlot, rest[0]!.direction === 'desc', rest.slice(1), (e) => cmp(e.sortKeys[slot], key) === 0 && (!test || test(e)), lo, hi);
        } else part = sortedRange(base.slice(a, b), restCmp, lo, hi);
        for (const e of part) page.push(e);
      }
      p = groupStart + size;
    }
    return result(page, 0, page.length, n);
  }

  return {
    get size() {
      return entries.size;
    },
    upsert,
    upsertMany(records) {
      const list = [...records];
      if (list.length < 64 || list.length * 8 < entries.size) {
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
    remove,
    clear() {
      entries.clear();
      rebuild();
    },
    get(id) {
      return entries.get(id)?.record;
    },
    records() {
      return [...entries.values()].map((e) => e.record);
    },
    evaluate,
  };
}
