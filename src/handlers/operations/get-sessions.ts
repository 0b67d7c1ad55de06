/**
 * GET /sessions: `QueryResult<Session>` for an NData query (docs/behaviour.md#list-sessions). The core
 * has bumped the caller's own session already, so the list shows it with its new `lastAccessAt` and `_v`.
 */
import { parse } from '../../ndata/index.ts';
import { validationFailed } from '../../http/index.ts';
import { sessionsResource } from '../../store/index.ts';
import type { Operation } from '../context.ts';
import { json } from '../plain.ts';
import { ignoredWarning, WARNING_HEADER } from '../warning-header.ts';

export const getSessions: Operation = async ({ request }, { store }) => {
  const parsed = parse(request.url.searchParams, sessionsResource);
  if ('errors' in parsed) throw validationFailed(parsed.errors.map(({ memberName, message }) => ({ memberName, message })));
  const { query } = parsed;
  const page = store.querySessions(query);
  const headers: Record<string, string> = query.ignored.length > 0 ? { [WARNING_HEADER]: ignoredWarning(query.ignored) } : {};
  // `$count=true`: "response will not contain items" (docs/behaviour.md#count-only).
  const body = query.count ? { count: page.count, totalCount: page.totalCount } : page;
  return json(body, 200, headers);
};
