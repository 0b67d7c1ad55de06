/**
 * What a run exercised, read off the target's journal: for each operation, which of the statuses the
 * spec declares were observed (and any the spec does not declare), which query parameters, NData
 * operators and sort keys × directions were sent, and which paging edges were reached. A declared status
 * no request observed carries the reason (the check that would have provoked it was skipped, or ran and
 * got something else), so a low number says what to add to the run.
 */
import { parse, WELL_KNOWN_OPERATORS } from '../src/ndata/index.ts';
import type { OpenApiDocument, OperationObject, ResponseObject } from '../src/spec/index.ts';
import type { CatalogueResource } from './resources.ts';
import type { CheckResult, Coverage, Exchange, StatusCoverage } from './types.ts';

export type { Coverage, StatusCoverage } from './types.ts';

/**
 * The checks that provoke a status of the sessions and auth operations (PORTOS rules about sessions and
 * login, not resource operations); every other operation's reasons follow from its kind in the catalogue.
 */
const SESSION_RULES: Record<string, Record<number, string>> = {
  getSessions: { 400: 'malformed_ndata_rejected' },
  getSession: { 404: 'unknown_session_not_found' },
  deleteSession: { 204: 'lifecycle_own_session', 404: 'unknown_session_not_found' },
  login: { 400: 'bad_credentials_rejected', 401: 'bad_credentials_rejected' },
  logout: { 204: 'logout_ends_session' },
  refreshSession: { 400: 'bad_credentials_rejected', 401: 'bad_credentials_rejected' },
};

interface DocumentOperation {
  operationId: string;
  method: string;
  path: string;
  document: OpenApiDocument;
  definition: OperationObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation of every document of the run, in document order. */
function operationsOf(documents: readonly OpenApiDocument[]): DocumentOperation[] {
  return documents.flatMap((document) =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const definition = item[method];
        return definition ? [{ operationId: definition.operationId, method: method.toUpperCase(), path, document, definition }] : [];
      }),
    ),
  );
}

function resolveIn<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  let node: unknown = value;
  for (let depth = 0; node && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string' && depth < 20; depth++) {
    let target: unknown = document;
    for (const part of (node as { $ref: string }).$ref.replace(/^#\//, '').split('/')) target = (target as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    node = target;
  }
  return node as T;
}

/** The check whose requests provoke a status of an operation: a sessions rule, or by the operation's kind. */
function provokedBy(operation: DocumentOperation, status: number, resources: readonly CatalogueResource[]): string | undefined {
  const rule = SESSION_RULES[operation.operationId]?.[status];
  if (rule) return rule;
  if (status === 401) return 'auth_missing_token_rejected';
  const owner = resources.find((resource) => resource.operations.some((o) => o.operationId === operation.operationId));
  const kind = owner?.operations.find((o) => o.operationId === operation.operationId)?.kind;
  if (!owner || !kind) return status >= 200 && status < 300 ? 'operations_succeed' : undefined;
  const name = owner.name;
  const table: Partial<Record<typeof kind, Record<number, string>>> = {
    list: { 200: `ndata_paging_skip[${name}]`, 400: `ndata_malformed_rejected[${name}]` },
    item: { 200: `item_lookup[${name}]`, 404: `unknown_key_not_found[${name}]` },
    create: { 201: `resource_writes[${name}]`, 400: `resource_write_errors[${name}]`, 409: `resource_write_errors[${name}]` },
    put: { 200: `resource_writes[${name}]`, 201: `resource_writes[${name}]`, 400: `resource_write_errors[${name}]`, 409: `resource_version_conflict[${name}]` },
    delete: { 204: `resource_writes[${name}]`, 404: `resource_write_errors[${name}]` },
  };
  return table[kind]?.[status];
}

function reasonFor(operation: DocumentOperation, status: number, results: readonly CheckResult[], resources: readonly CatalogueResource[], tokenRun: boolean): string {
  if (tokenRun && status === 200 && (operation.operationId === 'login' || operation.operationId === 'refreshSession')) {
    return 'a --token or --api-key run does not log in, so it has no refresh token either';
  }
  const name = provokedBy(operation, status, resources);
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

export function computeCoverage(
  journal: readonly Exchange[],
  results: readonly CheckResult[],
  documents: readonly OpenApiDocument[],
  resources: readonly CatalogueResource[],
  options: { tokenRun: boolean; minCoverage?: number },
): Coverage {
  const answered = journal.filter((e) => e.response !== undefined);
  const items: StatusCoverage[] = [];
  const undeclared: StatusCoverage[] = [];
  // Every operation × declared status of every document the run checks against.
  for (const operation of operationsOf(documents)) {
    const declared = Object.keys(operation.definition.responses).filter((key) => /^\d{3}$/.test(key)).map(Number);
    const seen = new Map<number, number>();
    for (const e of answered) if (e.operationId === operation.operationId) seen.set(e.response!.status, (seen.get(e.response!.status) ?? 0) + 1);
    // A status marked `x-alternative-of: S` (DELETE's 200 with the Session, for 204) is another way to
    // give answer S: it counts toward S instead of being a line of its own.
    const alternativeOf = (status: number): unknown => resolveIn<ResponseObject & { 'x-alternative-of'?: unknown }>(operation.document, operation.definition.responses[String(status)]!)?.['x-alternative-of'];
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
        ...(observed === 0 ? { reason: reasonFor(operation, status, results, resources, options.tokenRun) } : {}),
      });
    }
    for (const [status, observed] of seen) {
      if (!declared.includes(status)) undeclared.push({ operationId: operation.operationId, method: operation.method, path: operation.path, status, observed });
    }
  }
  const observed = items.filter((i) => i.observed > 0).length;
  const percent = items.length === 0 ? 100 : Math.floor((observed / items.length) * 1000) / 10;

  // NData use on every resource's list, named `member [collection]`; the reference parser reads the
  // queries (the kit splits no NData itself), and a query it rejects counts only as parameters sent.
  const paramCounts = new Map<string, { declared: boolean; count: number }>();
  const operatorCounts = new Map<string, number>(WELL_KNOWN_OPERATORS.map((op) => [op, 0]));
  const sortCounts = new Map<string, { asc: number; desc: number }>();
  const paging = { skipPastEnd: false, takeZero: false, countTrue: false };
  for (const resource of resources) {
    const list = resource.operations.find((o) => o.kind === 'list')!;
    const label = (name: string) => `${name} [${resource.name}]`;
    const operation = operationsOf(documents).find((o) => o.operationId === list.operationId);
    for (const entry of operation?.definition.parameters ?? []) {
      const parameter = resolveIn<{ name?: string; in?: string }>(operation!.document, entry);
      if (parameter?.in === 'query' && typeof parameter.name === 'string') paramCounts.set(label(parameter.name), { declared: true, count: 0 });
    }
    for (const key of resource.ndata.sortKeys) sortCounts.set(label(key.name), { asc: 0, desc: 0 });
    for (const exchange of journal.filter((e) => e.operationId === list.operationId)) {
      const params = queryOf(exchange.request.url);
      for (const [name] of params) {
        const entry = paramCounts.get(label(name)) ?? { declared: false, count: 0 };
        paramCounts.set(label(name), { ...entry, count: entry.count + 1 });
      }
      const parsed = parse(new URLSearchParams(params), resource.ndata);
      if ('query' in parsed) {
        for (const condition of parsed.query.filters) operatorCounts.set(condition.operator, (operatorCounts.get(condition.operator) ?? 0) + 1);
        for (const term of parsed.query.sort) sortCounts.get(label(term.key))![term.direction]++;
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
  }
  return {
    statuses: { declared: items.length, observed, percent, items },
    undeclared,
    queryParameters: [...paramCounts].map(([name, { declared, count }]) => ({ name, declared, count })),
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
