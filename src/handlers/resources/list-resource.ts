/**
 * `GET /{collection}` for any catalogued resource: `QueryResult<T>` for an NData query
 * (docs/behaviour.md#resource-lists). `$count=true` leaves `items` out (docs/behaviour.md#count-only).
 */
import { validationFailed } from '../../http/index.ts';
import { parse, type ParseResult } from '../../ndata/index.ts';
import type { CatalogueResource } from '../../spec/index.ts';
import type { Operation } from '../context.ts';
import { json, jsonText } from '../plain.ts';
import type { StoredRecord } from '../../store/index.ts';
import { ignoredWarning, WARNING_HEADER } from '../warning-header.ts';
import { tableOf, visible } from './resource-answers.ts';

/** How many query strings a list keeps parsed: an app or a test run asks a handful again and again. */
const PARSED_QUERIES = 256;
/** A longer query string is parsed each time: remembering it would let one client fill the memory. */
const REMEMBERED_LENGTH = 2048;

/** `value` and everything in it made read-only: one parsed query serves many requests. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const member of Object.values(value)) frozen(member);
    Object.freeze(value);
  }
  return value;
}

/**
 * `parse` remembered by query string: it is a pure function of the query and the resource, and it was a
 * tenth of the route core's time on a list request (issue 18's profile). The oldest entry makes room for
 * a new one. What it gives is frozen: every request with that query string reads the same object.
 */
function parseByQueryString(resource: CatalogueResource): (url: URL) => ParseResult {
  const parsed = new Map<string, ParseResult>();
  return (url) => {
    const search = url.search;
    const known = parsed.get(search);
    if (known) return known;
    const result = frozen(parse(url.searchParams, resource.ndata));
    if (search.length <= REMEMBERED_LENGTH) {
      if (parsed.size >= PARSED_QUERIES) parsed.delete(parsed.keys().next().value!);
      parsed.set(search, result);
    }
    return result;
  };
}

/** A longer answer is joined again each time: 256 kept queries must not hold megabytes each. */
const KEPT_TEXT_LENGTH = 64 * 1024;

/** A list's last answer text for one kept query, with the record texts and numbers it was joined from. */
interface LastText {
  parts: readonly string[];
  count: number;
  totalCount: number;
  text: string;
}

function sameParts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function listResource(resource: CatalogueResource): Operation {
  const render = (record: StoredRecord) => visible(resource, record);
  const parseQuery = parseByQueryString(resource);
  // @note The same page asked again answers the same text object, not an equal new one: the node door
  // keeps the UTF-8 bytes of the last large bodies by text (write-answer.ts), and encoding a list's
  // text again was the largest single cost of a list request (issue 18's profile). Kept per query object
  // (the parse cache hands out one per query string), so nothing outlives the query.
  const lastTexts = new WeakMap<object, LastText>();
  return async ({ request }, context) => {
    const parsed = parseQuery(request.url);
    if ('errors' in parsed) throw validationFailed(parsed.errors.map(({ memberName, message }) => ({ memberName, message })));
    const { query } = parsed;
    const table = tableOf(resource, context);
    const page = table.query(query);
    const headers: Record<string, string> = query.ignored.length > 0 ? { [WARNING_HEADER]: ignoredWarning(query.ignored) } : {};
    if (query.count) return json({ count: page.count, totalCount: page.totalCount }, 200, headers);
    // Each record's JSON comes from the table's cache: what `JSON.stringify({ ...page, items })` writes.
    const n = page.items.length;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(table.json(page.items[i]!, render));
    const last = lastTexts.get(query);
    if (last && last.count === page.count && last.totalCount === page.totalCount && sameParts(last.parts, parts)) return jsonText(last.text, 200, headers);
    const text = `{"items":[${parts.join(',')}],"count":${page.count},"totalCount":${page.totalCount}}`;
    if (text.length <= KEPT_TEXT_LENGTH) lastTexts.set(query, { parts, count: page.count, totalCount: page.totalCount, text });
    return jsonText(text, 200, headers);
  };
}
