/** The ranks [start, end) of the page within `total` matching records. */
export function pageWindow(skip: number, take: number | undefined, total: number): { start: number; end: number } {
  const start = Math.min(skip, total);
  const end = take === undefined ? total : Math.min(total, start + take);
  return { start, end };
}
