/**
 * The resources the kit checks: the catalogue of the bundled document plus any `--spec` documents
 * (src/spec/catalogue.ts derives it; the kit restates nothing), and reading a resource's pages and
 * records off the server. The reference `evaluate` of src/ndata is the only oracle: `expectedOf` asks it
 * what a query should return over records the server listed.
 */
import { evaluate, parse, type NDataQuery } from '../src/ndata/index.ts';
import { buildCatalogue, spec, type CatalogueResource, type OpenApiDocument, type ResourceOperation, type ResourceOperationKind } from '../src/spec/index.ts';
import type { CheckContext } from './context.ts';
import type { Exchange } from './types.ts';

export type { CatalogueResource } from '../src/spec/index.ts';

/** The documents a run checks against: the bundled one first, then the `--spec` ones. */
export function kitDocuments(extra: readonly OpenApiDocument[] = []): OpenApiDocument[] {
  return [spec, ...extra];
}

/** The resources of the bundled document and the extra documents, in document order. */
export function kitCatalogue(extra: readonly OpenApiDocument[] = []): CatalogueResource[] {
  return buildCatalogue(kitDocuments(extra));
}

export type ResourceRecord = Record<string, unknown>;

export function operationOf(resource: CatalogueResource, kind: ResourceOperationKind): ResourceOperation | undefined {
  return resource.operations.find((operation) => operation.kind === kind);
}

/** The value at a dotted path of a record. */
export function valueAt(record: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, step) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined), record);
}

/** The record's key as a string (the catalogue requires a string key field). */
export function keyOf(resource: CatalogueResource, record: unknown): string {
  return String(valueAt(record, resource.key));
}

export function keysOf(resource: CatalogueResource, records: readonly unknown[]): string[] {
  return records.map((record) => keyOf(resource, record));
}

/** Parses a query the kit built; throws when the reference rejects it (the kit only sends valid ones). */
function parseQuery(resource: CatalogueResource, query: string): NDataQuery {
  const result = parse(new URLSearchParams(query), resource.ndata);
  if ('errors' in result) throw new Error(`The reference engine rejects ?${query} on ${resource.name}: ${result.errors.map((e) => `${e.memberName}: ${e.message}`).join('; ')}`);
  return result.query;
}

/** What a conforming server answers to `query` over `records` (items absent with `$count=true`). */
export function expectedOf<T>(resource: CatalogueResource, records: readonly T[], query: string): { items?: T[]; count: number; totalCount: number } {
  const parsed = parseQuery(resource, query);
  const page = evaluate(records, parsed, resource.ndata);
  return parsed.count ? { count: page.count, totalCount: page.totalCount } : page;
}

export interface ResourcePage {
  exchange: Exchange;
  items: ResourceRecord[] | undefined;
  count: unknown;
  totalCount: unknown;
}

/** The body of a 200 list answer, or undefined when the answer is not one. */
export function readResourcePage(exchange: Exchange): ResourcePage | undefined {
  if (exchange.response?.status !== 200) return undefined;
  const body = exchange.response.json as { items?: unknown; count?: unknown; totalCount?: unknown } | undefined;
  if (!body || typeof body !== 'object') return undefined;
  const items = Array.isArray(body.items) ? (body.items.filter((item) => item && typeof item === 'object') as ResourceRecord[]) : undefined;
  return { exchange, items, count: body.count, totalCount: body.totalCount };
}

/** GET /{collection}?query as sent, recorded under the list operation's id. */
export function listResource(ctx: CheckContext, resource: CatalogueResource, query = ''): Promise<Exchange> {
  const list = operationOf(resource, 'list')!;
  return ctx.target.call(list.operationId, 'GET', list.path, { query });
}

/** A list page that must be a 200 with `items`; anything else aborts the check. */
export async function fetchResourcePage(ctx: CheckContext, resource: CatalogueResource, query = ''): Promise<ResourcePage & { items: ResourceRecord[] }> {
  const exchange = await listResource(ctx, resource, query);
  const page = readResourcePage(exchange);
  if (!page) ctx.abort(`GET /${resource.name}?${query}: expected 200 with a QueryResult, got ${exchange.response?.status}`, exchange);
  if (!page.items) ctx.abort(`GET /${resource.name}?${query}: expected \`items\` in the answer`, exchange);
  return page as ResourcePage & { items: ResourceRecord[] };
}

/** The path of one record: the item (or write) path template with the key filled in. */
export function itemPath(operation: ResourceOperation, key: string): string {
  return operation.path.replace(/\{[^}]+\}/, encodeURIComponent(key));
}

/** A key no server will have (`contract-missing-…`). */
export function unknownKey(seed: number): string {
  return `contract-missing-${seed.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The same record with the strings at `path` in lower case (for judging case-insensitive answers too). */
export function foldedAt<T>(record: T, path: string): T {
  const steps = path.split('.');
  const fold = (node: unknown, depth: number): unknown => {
    if (depth === steps.length) return typeof node === 'string' ? node.toLowerCase() : node;
    if (!node || typeof node !== 'object') return node;
    const step = steps[depth]!;
    return { ...(node as Record<string, unknown>), [step]: fold((node as Record<string, unknown>)[step], depth + 1) };
  };
  return fold(record, 0) as T;
}
