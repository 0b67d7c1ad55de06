/**
 * The reference engine: the project's own NData module (src/ndata) with the sessions resource. The kit
 * never re-implements NData; it asks this oracle what a query should return over a list of sessions.
 */
import { evaluate, parse, type NDataQuery } from '../src/ndata/index.ts';
import { sessionsResource } from '../src/store/sessions-resource.ts';


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

/** What a conforming server answers to `query` over `records`: items (absent with `$count=true`), count, totalCount. */
export function expectedPage<T>(records: readonly T[], query: string): { items?: T[]; count: number; totalCount: number } {
  const parsed = parseQuery(query);
  const page = evaluate(records, parsed, sessionsResource);
  return parsed.count ? { count: page.count, totalCount: page.totalCount } : page;
}
