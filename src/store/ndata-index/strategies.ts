/**
 * The index's query strategies, over what storage.ts keeps. A query is answered by the cheapest of:
 * - **hash**: `eq`/`in` on a hashed member selects few enough candidates (below `CANDIDATE_SHARE` of the
 *   collection, and never fewer than `MIN_CANDIDATES` allowed): filter them, then order just those;
 * - **walk**: the primary sort key's array, from the page's first rank, filtered on the way when the
 *   query filters; groups of equal primary keys are found by galloping search and ordered by the rest of
 *   the sort only where the page needs them;
 * - **stream**: inside a walk, a big group and a short page (`identity.envName,-startedAt&$take=20`)
 *   stream the next key's array instead of ordering the whole group (`streamPays`).
 * - **count**: `$count=true` answers no items, so none are gathered: the size, or the matches counted.
 * The answer equals the reference `evaluate` (src/ndata) whenever the tie-breaker is unique.
 */
import { parseArgument, type NDataQuery, type QueryPage, type ResourceDescription, type SortTerm } from '../../ndata/index.ts';
import { filterSlot } from './slots.ts';
import { byId, compileComparator } from './compare.ts';
import type { Entry } from './entry.ts';
import type { Key } from './keys.ts';
import { pageWindow } from './page.ts';
import { compileQuery, type Plan } from './plan.ts';
import { rangeComparisons, sortedRange } from './select.ts';
import { bucketSize, type Bucket, type IndexStorage } from './storage.ts';

/**
 * Below this share of the collection, a hash lookup for `eq`/`in` beats walking a sorted array: the
 * candidates still have to be ordered (n log n), while a walk is linear but stops at the page's end.
 */
const CANDIDATE_SHARE = 1 / 8;
/** On small collections the walk is already cheap; the hash is used for any candidate set up to this size. */
const MIN_CANDIDATES = 64;

/**
 * Streaming the next key's array visits up to the whole collection to fill `pageEnd` ranks of one group;
 * ordering the group costs about its size squared in the worst case of a heap. Stream when cheaper.
 */
function streamPays(pageEnd: number, collection: number, group: number): boolean {
  return pageEnd * collection < group * group;
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


/**
 * Whether ordering `candidates` hashed entries for ranks up to `pageEnd` costs more than the walk's one
 * test per stored entry (a comparison counted as two tests). On a small collection the hash is allowed up
 * to `MIN_CANDIDATES`, but `isActive=true` over 35 devices selects most of them: sorting 30 entries cost
 * more than testing 35 in the order already kept (the list's profile, issue 18).
 */
function walkIsCheaper(candidateCount: number, pageEnd: number, stored: number): boolean {
  return candidateCount + 2 * rangeComparisons(candidateCount, pageEnd) > stored;
}

/**
 * Records that may match, from the most selective `eq`/`in` on a hashed member; undefined: walk.
 * `pageEnd`: the rank the page ends at when the candidates are to be ordered (undefined: only counted).
 */
function candidates<T>(storage: IndexStorage<T>, resource: ResourceDescription, query: NDataQuery, pageEnd?: number): Entry<T>[] | undefined {
  let best: Bucket<T>[] | undefined;
  let bestSize = Math.max(MIN_CANDIDATES, storage.entries.size * CANDIDATE_SHARE);
  for (const condition of query.filters) {
    // Only the well-known `eq`/`in` (custom operators never take these names).
    if (condition.operator !== 'eq' && condition.operator !== 'in') continue;
    const j = filterSlot(resource, condition.member);
    const map = storage.hash(j);
    const member = resource.filters[j];
    if (!map || !member) continue;
    const keys = new Set(condition.values ?? condition.args.map((a) => parseArgument(a, member.type)));
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
  if (!best || (pageEnd !== undefined && walkIsCheaper(bestSize, pageEnd, storage.entries.size))) return undefined;
  const out: Entry<T>[] = [];
  for (const bucket of best) {
    if (bucket instanceof Set) for (const e of bucket) out.push(e);
    else out.push(bucket);
  }
  return out;
}

/** True when the terms after a primary key add nothing to the arrays' own order (tie-breaker, id). */
function restIsArrayOrder(rest: readonly SortTerm[], resource: ResourceDescription): boolean {
  return rest.length === 0 || (rest.length === 1 && rest[0]!.key === resource.tieBreaker && rest[0]!.direction === 'asc');
}

/**
 * Ranks [from, to) of the entries `accept` takes from sorted[slot], in the order (slot's key in
 * `direction`, then `rest`), streaming from the right end: cheap when accepted entries are common
 * enough that `to` of them turn up early.
 */
function stream<T>(
  storage: IndexStorage<T>,
  resource: ResourceDescription,
  slot: number,
  desc: boolean,
  rest: readonly SortTerm[],
  accept: (e: Entry<T>) => boolean,
  from: number,
  to: number,
): Entry<T>[] {
  const array = storage.sorted(slot);
  const cmp = storage.keyComparator(slot);
  const done = restIsArrayOrder(rest, resource);
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

/**
 * `$count=true`: the numbers alone (docs/ndata.md#ndata-count), so no page is built or ordered: with no
 * filter the size, else the matches counted over the hash's candidates or every entry, in storage order.
 */
function countOnly<T>(storage: IndexStorage<T>, resource: ResourceDescription, query: NDataQuery, test: ((e: Entry<T>) => boolean) | undefined): QueryPage<T> {
  let total = storage.entries.size;
  if (test) {
    total = 0;
    for (const e of candidates(storage, resource, query) ?? storage.entries.values()) if (test(e)) total++;
  }
  const { start, end } = pageWindow(query.skip, query.take, total);
  return { items: [], count: end - start, totalCount: total };
}

// The door keeps one frozen query per query string, so the same query object comes back request after
// request: its compiled plan is kept beside it (per resource, the plan's other input) instead of
// compiled again each time. A query object that is not kept is simply collected with its plan.
const plans = new WeakMap<NDataQuery, { resource: ResourceDescription; plan: Plan<never> }>();

function planOf<T>(query: NDataQuery, resource: ResourceDescription): Plan<T> {
  const kept = plans.get(query);
  if (kept?.resource === resource) return kept.plan as unknown as Plan<T>;
  const plan = compileQuery<T>(query, resource, byId);
  if (Object.isFrozen(query)) plans.set(query, { resource, plan: plan as unknown as Plan<never> });
  return plan;
}

/** One page of `query` over the stored entries, by the cheapest strategy (see the top of this file). */
export function answerQuery<T>(storage: IndexStorage<T>, resource: ResourceDescription, query: NDataQuery): QueryPage<T> {
  const entries = storage.entries;
  const plan = planOf<T>(query, resource);
  if (query.count) return countOnly(storage, resource, query, plan.test);
  const result = (items: readonly Entry<T>[], from: number, to: number, totalCount: number): QueryPage<T> => {
    const records: T[] = [];
    for (let i = from; i < to; i++) records.push(items[i]!.record);
    return { items: records, count: records.length, totalCount };
  };
  const test = plan.test;
  const some = test ? candidates(storage, resource, query, query.take === undefined ? entries.size : query.skip + query.take) : undefined;
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
  const base = test ? storage.sorted(slot).filter(test) : storage.sorted(slot);
  const n = base.length;
  const { start, end } = pageWindow(query.skip, query.take, n);
  if (start >= end) return result([], 0, 0, n);
  const rest = plan.order.slice(1);
  const restDone = restIsArrayOrder(rest, resource);
  const desc = primary.direction === 'desc';
  if (!desc && restDone) return result(base, start, end, n);
  const restCmp = compileComparator(rest, resource, byId);
  const cmp = storage.keyComparator(slot);
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
      else if (nextSlot !== undefined && streamPays(hi, entries.size, size)) {
        // A big group and a short page (`$sort=identity.envName,-startedAt&$take=20`): stream the next
        // key's sorted array, keeping only this group's members, instead of ordering the whole group.
        part = stream(storage, resource, nextSlot, rest[0]!.direction === 'desc', rest.slice(1), (e) => cmp(e.sortKeys[slot], key) === 0 && (!test || test(e)), lo, hi);
      } else part = sortedRange(base.slice(a, b), restCmp, lo, hi);
      for (const e of part) page.push(e);
    }
    p = groupStart + size;
  }
  return result(page, 0, page.length, n);
}
