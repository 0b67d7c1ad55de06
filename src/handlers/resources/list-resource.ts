/**
 * `GET /{collection}` for any catalogued resource: `QueryResult<T>` for an NData query
 * (docs/behaviour.md#resource-lists). `$count=true` leaves `items` out (docs/behaviour.md#count-only).
 */
import { validationFailed } from '../../http/index.ts';
import { parse } from '../../ndata/index.ts';
import type { CatalogueResource } from '../../spec/index.ts';
import type { Operation } from '../context.ts';
import { json } from '../plain.ts';
import { ignoredWarning, WARNING_HEADER } from '../warning-header.ts';
import { tableOf, visible } from './resource-answers.ts';

export function listResource(resource: CatalogueResource): Operation {
  return async ({ request }, context) => {
    const parsed = parse(request.url.searchParams, resource.ndata);
    if ('errors' in parsed) throw validationFailed(parsed.errors.map(({ memberName, message }) => ({ memberName, message })));
    const { query } = parsed;
    const page = tableOf(resource, context).query(query);
    const headers: Record<string, string> = query.ignored.length > 0 ? { [WARNING_HEADER]: ignoredWarning(query.ignored) } : {};
    const body = query.count ? { count: page.count, totalCount: page.totalCount } : { ...page, items: page.items.map((record) => visible(resource, record)) };
    return json(body, 200, headers);
  };
}
