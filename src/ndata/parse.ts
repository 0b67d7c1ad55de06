import { collectParams } from './params.ts';
import { parseFilter } from './parse-filter.ts';
import { parseCount, parseWholeNumber } from './parse-paging.ts';
import { parseSort } from './parse-sort.ts';
import type { FilterCondition, NDataQuery, ParseResult, ValidationError } from './query.ts';
import type { ResourceDescription } from './resource.ts';

/**
 * Validates a request's query parameters against a resource. Total: every input gives either a query or
 * every error found (all parameters are checked; it does not stop at the first).
 *
 * @example
 * const result = parse(new URLSearchParams('sessionId=in:a:b&$sort=-startedAt&$take=20'), sessionsResource);
 * if ('errors' in result) return problem(400, result.errors);
 */
export function parse(params: URLSearchParams, resource: ResourceDescription): ParseResult {
  const collected = collectParams(params, resource);
  const errors: ValidationError[] = [];

  const filters: FilterCondition[] = [];
  for (const [member, values] of collected.filters) {
    const parsed = parseFilter(member, values);
    filters.push(...parsed.conditions);
    errors.push(...parsed.errors);
  }

  const sort = parseSort(collected.sort, resource);
  errors.push(...sort.errors);

  let skip = 0;
  if (collected.skip !== undefined) {
    const parsed = parseWholeNumber('$skip', collected.skip);
    if (typeof parsed === 'number') skip = parsed;
    else errors.push(parsed);
  }
  let take: number | undefined;
  if (collected.take !== undefined) {
    const parsed = parseWholeNumber('$take', collected.take);
    if (typeof parsed === 'number') take = parsed;
    else errors.push(parsed);
  }
  let count = false;
  if (collected.count !== undefined) {
    const parsed = parseCount(collected.count);
    if (typeof parsed === 'boolean') count = parsed;
    else errors.push(parsed);
  }

  if (errors.length > 0) return { errors };
  const query: NDataQuery = { filters, sort: sort.terms, skip, take, count, ignored: collected.ignored };
  return { query };
}
