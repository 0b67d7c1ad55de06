/**
 * GET /sessions: `QueryResult<Session>` for an NData query (documented: api-reference/sessions). The
 * caller's own session is bumped first, so the list shows it with its new `lastAccessAt` and `_v`.
 */
import { parse } from '../../ndata/index.ts';
import { validationFailed } from '../../portos/index.ts';
import { sessionsResource } from '../../store/index.ts';
import type { Operation } from '../context.ts';
import { json } from '../respond.ts';
import { ignoredWarning, WARNING_HEADER } from '../warning-header.ts';

export const getSessions: Operation = async (request, { store, lifecycle }) => {
  await lifecycle.authenticate(request.headers.get('authorization'));
  const parsed = parse(new URL(request.url).searchParams, sessionsResource);
  if ('errors' in parsed) throw validationFailed(parsed.errors.map(({ memberName, message }) => ({ memberName, message })));
  const { query } = parsed;
  const page = store.querySessions(query);
  const headers: Record<string, string> = query.ignored.length > 0 ? { [WARNING_HEADER]: ignoredWarning(query.ignored) } : {};
  // `$count=true`: "response will not contain items" (documented).
  const body = query.count ? { count: page.count, totalCount: page.totalCount } : page;
  return json(body, 200, headers);
};
