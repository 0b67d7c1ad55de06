/**
 * What a run exercised, read off the target's journal: for each operation, which of the statuses the
 * spec declares were observed (and any the spec does not declare), which query parameters, NData
 * operators and sort keys × directions were sent, and which paging edges were reached. A declared status
 * no request observed carries the reason (the check that would have provoked it was skipped, or ran and
 * got something else), so a low number says what to add to the run.
 */
import { WELL_KNOWN_OPERATORS } from '../src/ndata/index.ts';
import { operations, resolve } from '../src/spec/index.ts';
import { SORT_KEYS } from './oracle.ts';
import type { CheckResult, Coverage, Exchange, StatusCoverage } from './types.ts';

export type { Coverage, StatusCoverage } from './types.ts';

/** The check whose requests provoke each declared status, to explain one that was not observed. */
const PROVOKED_BY: Record<string, Record<number, string>> = {
  getSessions: { 200: 'operations_succeed', 400: 'malformed_ndata_rejected', 401: 'auth_missing_token_rejected' },
  getSession: { 200: 'operations_succeed', 401: 'auth_missing_token_rejected', 404: 'unknown_session_not_found' },
  deleteSession: { 204: 'lifecycle_own_session', 401: 'auth_missing_token_rejected', 404: 'unknown_session_not_found' },
  getCurrentUser: { 200: 'operations_succeed', 401: 'auth_missing_token_rejected' },
  login: { 200: 'operations_succeed', 400: 'bad_credentials_rejected', 401: 'bad_credentials_rejected' },
  logout: { 204: 'logout_ends_session', 401: 'auth_missing_token_rejected' },
  refreshSession: { 200: 'operations_succeed', 400: 'bad_credentials_rejected', 401: 'bad_credentials_rejected' },
};

function reasonFor(operationId: string, status: number, results: readonly CheckResult[], tokenRun: boolean): string {
  if (tokenRun && ((operationId === 'login' && status === 200) || (operationId === 'refreshSession' && status === 200))) {
    return 'a --token run does not log in, so it has no refresh token either';
  }
  const name = PROVOKED_BY[operationId]?.[status];
  const result = name ? results.find((r) => r.name === name) : undefined;
  if (!result) return 'no check of the suite provokes it';
  if (result.status === 'skip') return `${name} was skipped: ${result.note ?? 'skipped'}`;
  return `${name} ran, but no response had this status`;
}

/** The query parameters of one URL, as sent (repeated names kept). */
function queryOf(url: string): [string, string][] {
  try {
    return [...new URL(url).searchParams.entries()];
  } catch {
    return [];
  }
}

/** Splits a filter value at unescaped `;` (NData's operation separator). */
function operationsOf(value: string): string[] {
  return value.split(/(?<!\\);/).filter(Boolean);
}

export function computeCoverage(journal: readonly Exchange[], results: readonly CheckResult[], options: { tokenRun: boolean; minCoverage?: number }): Coverage {
  const answered = journal.filter((e) => e.response !== undefined);
  const items: StatusCoverage[] = [];
  const undeclared: StatusCoverage[] = [];
  // @note The operations the suite's checks reach (PROVOKED_BY); the spec's resource operations
  // (/users, /devices, /apikeys) join when the suite checks every listable resource (issue 17, item 4).
  for (const operation of operations.filter((o) => o.operationId in PROVOKED_BY)) {
    const declared = Object.keys(operation.definition.responses).filter((key) => /^\d{3}$/.test(key)).map(Number);
    const seen = new Map<number, number>();
    for (const e of answered) if (e.operationId === operation.operationId) seen.set(e.response!.status, (seen.get(e.response!.status) ?? 0) + 1);
    // A status marked `x-alternative-of: S` (DELETE's 200 with the Session, for 204) is another way to
    // give answer S: it counts toward S instead of being a line of its own.
    const alternativeOf = (status: number): unknown => (resolve(operation.definition.responses[String(status)]!) as { 'x-alternative-of'?: unknown })['x-alternative-of'];
    const alternatives = declared.filter((status) => alternativeOf(status) !== undefined);
    for (const status of declared) {
      if (alternatives.includes(status)) continue;
      const observed = [status, ...alternatives.filter((alternative) => alternativeOf(alternative) === status)].reduce((sum, each) => sum + (seen.get(each) ?? 0), 0);
      items.push({
        operationId: operation.operationId,
        method: operation.method,
        path: operation.path,
        status,
        observed,
        ...(observed === 0 ? { reason: reasonFor(operation.operationId, status, results, options.tokenRun) } : {}),
      });
    }
    for (const [status, observed] of seen) {
      if (!declared.includes(status)) undeclared.push({ operationId: operation.operationId, method: operation.method, path: operation.path, status, observed });
    }
  }
  const observed = items.filter((i) => i.observed > 0).length;
  const percent = items.length === 0 ? 100 : Math.floor((observed / items.length) * 1000) / 10;

  const lists = journal.filter((e) => e.operationId === 'getSessions');
  const listOperation = operations.find((o) => o.operationId === 'getSessions');
  const declaredParams = (listOperation?.definition.parameters ?? [])
    .map((p) => resolve(p) as { name?: string; in?: string })
    .filter((p) => p.in === 'query' && typeof p.name === 'string')
    .map((p) => p.name!);
  const paramCounts = new Map<string, number>(declaredParams.map((name) => [name, 0]));
  const operatorCounts = new Map<string, number>(WELL_KNOWN_OPERATORS.map((op) => [op, 0]));
  const sortCounts = new Map<string, { asc: number; desc: number }>(SORT_KEYS.map((key) => [key, { asc: 0, desc: 0 }]));
  const paging = { skipPastEnd: false, takeZero: false, countTrue: false };
  for (const exchange of lists) {
    const params = queryOf(exchange.request.url);
    for (const [name, value] of params) {
      paramCounts.set(name, (paramCounts.get(name) ?? 0) + 1);
      if (name === 'sessionId') {
        for (const op of operationsOf(value)) {
          const prefix = /^([a-z]+):/i.exec(op)?.[1]?.toLowerCase();
          const operator = prefix && operatorCounts.has(prefix) ? prefix : 'eq';
          operatorCounts.set(operator, operatorCounts.get(operator)! + 1);
        }
      }
      if (name === '$sort') {
        for (const term of value.split(',').map((t) => t.trim()).filter(Boolean)) {
          const desc = term.startsWith('-') || /:desc$/i.test(term);
          const key = term.replace(/^-/, '').replace(/:(asc|desc)$/i, '');
          const known = SORT_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
          if (known) sortCounts.get(known)![desc ? 'desc' : 'asc']++;
        }
      }
    }
    // Edges count only when the server answered them (a 400 proves nothing about paging).
    if (exchange.response?.status !== 200) continue;
    const get = (name: string) => params.find(([n]) => n === name)?.[1];
    const body = exchange.response.json as { items?: unknown[]; totalCount?: unknown } | undefined;
    const skip = Number(get('$skip'));
    if (Number.isInteger(skip) && typeof body?.totalCount === 'number' && skip >= body.totalCount && skip > 0) paging.skipPastEnd = true;
    if (get('$take') === '0') paging.takeZero = true;
    if (get('$count')?.toLowerCase() === 'true') paging.countTrue = true;
  }
  return {
    statuses: { declared: items.length, observed, percent, items },
    undeclared,
    queryParameters: [...paramCounts].map(([name, count]) => ({ name, declared: declaredParams.includes(name), count })),
    operators: [...operatorCounts].map(([name, count]) => ({ name, count })),
    sorts: [...sortCounts].map(([key, counts]) => ({ key, ...counts })),
    paging,
    ...(options.minCoverage !== undefined ? { gate: { minPercent: options.minCoverage, met: percent >= options.minCoverage } } : {}),
  };
}

/** The declared statuses not observed, as one line each: `DELETE /sessions/{id} 204: reason`. */
export function coverageWarnings(coverage: Coverage): string[] {
  return coverage.statuses.items.filter((i) => i.observed === 0).map((i) => `${i.method} ${i.path} ${i.status} not observed: ${i.reason}`);
}
