/**
 * The reference engine: the project's own NData module (src/ndata) with the sessions resource. The kit
 * never re-implements NData; it asks this oracle what a query should return over a list of sessions.
 */
import { compareBy, evaluate, parse, type NDataQuery } from '../src/ndata/index.ts';
import { catalogued } from '../src/spec/index.ts';
const sessionsResource = catalogued('sessions').ndata;

/** The sort keys of GET /sessions, top-level first, as the resource lists them. */
export const SORT_KEYS: readonly string[] = sessionsResource.sortKeys.map((key) => key.name);
export const TOP_LEVEL_SORT_KEYS: readonly string[] = SORT_KEYS.filter((key) => !key.includes('.'));
export const DOTTED_SORT_KEYS: readonly string[] = SORT_KEYS.filter((key) => key.includes('.'));

/** Parses a raw query string; throws when the reference engine rejects it (the kit only sends valid ones). */
function parseQuery(query: string): NDataQuery {
  const result = parse(new URLSearchParams(query), sessionsResource);
  if ('errors' in result) {
    throw new Error(`The reference engine rejects ?${query}: ${result.errors.map((e) => `${e.memberName}: ${e.message}`).join('; ')}`);
  }
  return result.query;
}

/** The reference's order by one sort key alone: negative when `a` comes first, 0 for a tie. */
export function orderBy(key: string, direction: 'asc' | 'desc'): (a: unknown, b: unknown) => number {
  return compareBy([{ key, direction }], sessionsResource);
}

/**
 * A copy with every string in lower case. PORTOS does not document whether it orders strings ordinally
 * or case-insensitively, so the documented checks accept either: the reference judges the records as
 * they are, and judges them again folded.
 */
export function caseFolded<T>(record: T): T {
  const fold = (node: unknown): unknown =>
    typeof node === 'string' ? node.toLowerCase() : Array.isArray(node) ? node.map(fold) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fold(v)])) : node;
  return fold(record) as T;
}

/** What a conforming server answers to `query` over `records`: items (absent with `$count=true`), count, totalCount. */
export function expectedPage<T>(records: readonly T[], query: string): { items?: T[]; count: number; totalCount: number } {
  const parsed = parseQuery(query);
  const page = evaluate(records, parsed, sessionsResource);
  return parsed.count ? { count: page.count, totalCount: page.totalCount } : page;
}
