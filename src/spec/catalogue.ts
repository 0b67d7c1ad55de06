/**
 * The resource catalogue: every PORTOS resource a document declares, derived from the document alone
 * (docs/architecture.md#resources-as-data). A resource is a list operation `GET /{collection}` answering
 * `QueryResult<T>` (`items` of one component schema, `count`, `totalCount`), optionally an item operation
 * `GET /{collection}/{key}` and the writes `POST /{collection}`, `PUT` and `DELETE /{collection}/{key}`.
 * From those it reads:
 * - the key field: the item operation's path parameter (or the field its `x-key-field` names);
 * - the NData description: filter members are the list operation's query parameters other than the
 *   `$` keywords, typed by the schema (dotted names reach nested fields); sort keys are the list
 *   operation's `x-ndata-sort-keys`; the order without `$sort` is `x-ndata-default-order` (the key
 *   ascending when absent); ties end in the key ascending;
 * - the rights of each operation: `x-portos-rights`.
 * A document that breaks a convention throws one line naming the path, the rule and the offending name.
 */
import type { ResourceDescription, SortKey, SortTerm, ValueType } from '../ndata/index.ts';
import type { JsonSchema, OpenApiDocument, OperationObject, ParameterObject } from './document.ts';

export type ResourceOperationKind = 'list' | 'item' | 'create' | 'put' | 'delete';

export interface ResourceOperation {
  kind: ResourceOperationKind;
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** `x-portos-rights`: the caller needs one of these (none: authentication is enough). */
  rights: readonly string[];
}

export interface CatalogueResource {
  /** The collection, as the list path names it: `/devices` → `devices` (also the fixtures file's name). */
  name: string;
  /** The component schema of one record, e.g. `Device`. */
  schemaName: string;
  /** The field that identifies a record (the item path's parameter). */
  key: string;
  /** The item path's parameter that carries the key (`{id}` → `id`). */
  keyParameter: string;
  ndata: ResourceDescription;
  operations: readonly ResourceOperation[];
  /** Top-level properties the schema marks `writeOnly`: stored, never answered (`password`, `clientSecret`). */
  writeOnly: readonly string[];
  /** Top-level `default`s of the schema, filled into a seeded record that lacks them (older fixtures). */
  defaults: Readonly<Record<string, unknown>>;
}

/** A convention broken by a document: one line naming the path, the rule and the name. */
export class CatalogueError extends Error {
  constructor(path: string, rule: string, name: string) {
    super(`Failed to read the resource at ${path}: ${rule} (${JSON.stringify(name)}).`);
    this.name = 'CatalogueError';
  }
}

const KEYWORDS = new Set(['$skip', '$take', '$sort', '$count']);

function resolveIn<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    let node: unknown = document;
    for (const part of value.$ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    if (node === undefined) throw new CatalogueError(value.$ref, 'a $ref points at nothing', value.$ref);
    return resolveIn(document, node as T | { $ref: string });
  }
  return value as T;
}

function schemaNameOf(node: unknown): string | undefined {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
}

/** The value type of a schema field at a dotted path; undefined when the schema has no such field. */
function fieldType(document: OpenApiDocument, schema: JsonSchema, dotted: string): ValueType | 'other' | undefined {
  let node: JsonSchema | undefined = schema;
  for (const step of dotted.split('.')) {
    const properties: Record<string, JsonSchema> | undefined = node && (resolveIn(document, node).properties as Record<string, JsonSchema> | undefined);
    node = properties?.[step];
    if (!node) return undefined;
  }
  const field = resolveIn(document, node!);
  const types = new Set(([] as unknown[]).concat(field.type ?? (field.enum ? 'string' : [])).filter((t) => t !== 'null'));
  if (types.size !== 1) return 'other';
  const [type] = types;
  if (type === 'boolean') return 'boolean';
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'string') return field.format === 'date-time' ? 'date-time' : 'string';
  return 'other';
}

function parametersOf(document: OpenApiDocument, path: string, operation: OperationObject): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const entry of [...(document.paths[path]?.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolveIn(document, entry);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

function stringList(value: unknown, where: string, extension: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new CatalogueError(where, `${extension} must be a list of names`, String(value));
  return value;
}

function readResource(document: OpenApiDocument, listPath: string): CatalogueResource {
  const name = listPath.slice(1);
  const item = document.paths[listPath]!;
  const list = item.get!;
  const where = `GET ${listPath}`;
  const ok = list.responses['200'] && resolveIn(document, list.responses['200']);
  const page = ok?.content?.['application/json']?.schema;
  const pageSchema = page && resolveIn(document, page);
  const pageProperties = (pageSchema?.properties ?? {}) as Record<string, JsonSchema>;
  const itemsSchema = pageProperties.items && resolveIn(document, pageProperties.items);
  const schemaName = schemaNameOf(itemsSchema?.items);
  if (!schemaName || itemsSchema?.type !== 'array' || !pageProperties.count || !pageProperties.totalCount) {
    throw new CatalogueError(where, 'a list operation must answer 200 with a QueryResult (items: an array of one component schema, count, totalCount)', list.operationId);
  }
  const schema = document.components.schemas[schemaName]!;

  const itemPath = Object.keys(document.paths).find((path) => new RegExp(`^${listPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\{[^/}]+\\}$`).test(path));
  const itemGet = itemPath ? document.paths[itemPath]!.get : undefined;
  const keyParameter = itemPath && itemGet ? parametersOf(document, itemPath, itemGet).find((p) => p.in === 'path') : undefined;
  const key = ((keyParameter as { 'x-key-field'?: string } | undefined)?.['x-key-field'] ?? keyParameter?.name ?? 'id') as string;
  const keyType = fieldType(document, schema, key);
  if (keyType !== 'string') throw new CatalogueError(itemPath ?? listPath, `the key must be a string field of ${schemaName}`, key);

  const typed = (member: string, rule: string): ValueType => {
    const type = fieldType(document, schema, member);
    if (type === undefined) throw new CatalogueError(where, `${rule} is not a field of ${schemaName}`, member);
    if (type === 'other') throw new CatalogueError(where, `${rule} is not a string, number, boolean or date-time field of ${schemaName}`, member);
    return type;
  };
  const filters = parametersOf(document, listPath, list)
    .filter((p) => p.in === 'query' && !KEYWORDS.has(p.name))
    .map((p) => ({ name: p.name, path: p.name, type: typed(p.name, 'a filter member') }));
  const extensions = list as OperationObject & Record<string, unknown>;
  const declared = stringList(extensions['x-ndata-sort-keys'], where, 'x-ndata-sort-keys');
  const sortKeys: SortKey[] = declared.map((k) => ({ name: k, path: k, type: typed(k, 'an x-ndata-sort-keys entry') }));
  if (!declared.includes(key)) sortKeys.push({ name: key, path: key, type: 'string' });
  const defaultOrder: SortTerm[] = stringList(extensions['x-ndata-default-order'], where, 'x-ndata-default-order').map((term) => {
    const desc = term.startsWith('-') || term.endsWith(':desc');
    const k = term.replace(/^-/, '').replace(/:(asc|desc)$/, '');
    if (!sortKeys.some((s) => s.name === k)) throw new CatalogueError(where, 'an x-ndata-default-order key is not in x-ndata-sort-keys', k);
    return { key: k, direction: desc ? 'desc' : 'asc' };
  });

  const operations: ResourceOperation[] = [];
  const add = (kind: ResourceOperationKind, method: ResourceOperation['method'], path: string, operation: OperationObject | undefined): void => {
    if (!operation) return;
    const rights = stringList((operation as OperationObject & Record<string, unknown>)['x-portos-rights'], `${method} ${path}`, 'x-portos-rights');
    operations.push({ kind, operationId: operation.operationId, method, path, rights });
  };
  add('list', 'GET', listPath, list);
  add('create', 'POST', listPath, item.post);
  if (itemPath) {
    const keyed = document.paths[itemPath]!;
    add('item', 'GET', itemPath, keyed.get);
    add('put', 'PUT', itemPath, keyed.put);
    add('delete', 'DELETE', itemPath, keyed.delete);
  }
  const properties = (resolveIn(document, schema).properties ?? {}) as Record<string, JsonSchema>;
  const writeOnly = Object.entries(properties).filter(([, field]) => resolveIn(document, field).writeOnly === true).map(([field]) => field);
  const defaults = Object.fromEntries(
    Object.entries(properties).flatMap(([field, node]) => {
      const value = resolveIn(document, node).default;
      return value === undefined ? [] : [[field, value]];
    }),
  );
  return {
    name,
    schemaName,
    defaults,
    keyParameter: keyParameter?.name ?? key,
    key,
    ndata: { name, filters, sortKeys, defaultOrder: defaultOrder.length > 0 ? defaultOrder : [{ key, direction: 'asc' }], tieBreaker: key },
    operations,
    writeOnly,
  };
}

/**
 * The resources of one or more documents (a later document adds its own; a collection declared twice
 * is an error naming it).
 */
export function buildCatalogue(documents: readonly OpenApiDocument[]): CatalogueResource[] {
  const resources: CatalogueResource[] = [];
  for (const document of documents) {
    for (const [path, item] of Object.entries(document.paths)) {
      if (!/^\/[^/{}]+$/.test(path) || !item.get) continue;
      // A one-segment GET is a list operation by convention only when it answers a page: `/users` does,
      // a document's other GETs (`/api/auth` has two segments) are not resources.
      const resource = readResource(document, path);
      if (resources.some((known) => known.name === resource.name)) throw new CatalogueError(`GET ${path}`, 'a collection is declared twice', resource.name);
      resources.push(resource);
    }
  }
  return resources;
}
