/**
 * `GET /{collection}` for any catalogued resource: `QueryResult<T>` for an NData query
 * (docs/behaviour.md#resource-lists). `$count=true` leaves `items` out (docs/behaviour.md#count-only).
 */
import { validationFailed } from '../../http/index.ts';
import { parse } from '../../ndata/index.ts';
import type { CatalogueResource } from '../../spec/index.ts';
import type { Operation } from '../context.ts';
import { json, jsonText } from '../plain.ts';
import type { StoredRecord } from '../../store/index.ts';
import { ignoredWarning, WARNING_HEADER } from '../warning-header.ts';
import { tableOf, visible } from './resource-answers.ts';

export function listResource(resource: CatalogueResource): Operation {
  const render = (record: StoredRecord) => visible(resource, record);
  return async ({ request }, context) => {
    const parsed = parse(request.url.searchParams, resource.ndata);
    if ('errors' in parsed) throw validationFailed(parsed.errors.map(({ memberName, message }) => ({ memberName, message })));
    const { query } = parsed;
    const table = tableOf(resource, context);
    const page = table.query(query);
    const headers: Record<string, string> = query.ignored.length > 0 ? { [WARNING_HEADER]: ignoredWarning(query.ignored) } : {};
    if (query.count) return json({ count: page.count, totalCount: page.totalCount }, 200, headers);
    // Each record's JSON comes from the table's cache: what `JSON.stringify({ ...page, items })` writes.
    const items = `[${page.items.map((record) => table.json(record, render)).join(',')}]`;
    return jsonText(`{"items":${items},"count":${page.count},"totalCount":${page.totalCount}}`, 200, headers);
  };
}
