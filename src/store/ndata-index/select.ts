/** Below this share of the input, a bounded heap beats sorting everything. */
const HEAP_SHARE = 0.25;

function siftDown<T>(heap: T[], i: number, cmp: (a: T, b: T) => number): void {
  const n = heap.length;
  const item = heap[i]!;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    const right = child + 1;
    if (right < n && cmp(heap[right]!, heap[child]!) > 0) child = right;
    if (cmp(heap[child]!, item) <= 0) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}

/** About how many comparisons `sortedRange` makes over `n` items for ranks up to `to`. */
export function rangeComparisons(n: number, to: number): number {
  return Math.min(to, n) >= n * HEAP_SHARE ? n * Math.log2(n + 1) : n;
}

/**
 * The items at ranks [from, to) of `items` sorted by `cmp` (a total order), without sorting everything
 * when `to` is small: a max-heap keeps the `to` smallest items seen so far. May reorder `items`.
 */
export function sortedRange<T>(items: T[], cmp: (a: T, b: T) => number, from: number, to: number): T[] {
  const end = Math.min(to, items.length);
  if (from >= end) return [];
  if (end >= items.length * HEAP_SHARE) {
    items.sort(cmp);
    return items.slice(from, end);
  }
  const heap = items.slice(0, end);
  for (let i = (end >> 1) - 1; i >= 0; i--) siftDown(heap, i, cmp);
  for (let i = end; i < items.length; i++) {
    const item = items[i]!;
    if (cmp(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown(heap, 0, cmp);
    }
  }
  heap.sort(cmp);
  return from === 0 ? heap : heap.slice(from);
}
