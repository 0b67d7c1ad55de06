/**
 * With `--destructive`: the write operations a resource declares (POST, PUT, DELETE), on records the
 * suite creates itself (`contract-<seed>-…`) and deletes afterwards. A record is built from the write's
 * first request example in the spec (or, without one, from the schema's required fields), with the key
 * replaced; the version rules (`_v` bumps, a stale `_v` answers 409) are inferred
 * (docs/behaviour.md#resource-versions).
 */
import type { OpenApiDocument } from '../../src/spec/index.ts';
import type { CheckContext } from '../context.ts';
import { itemPath, operationOf, type CatalogueResource, type ResourceRecord } from '../resources.ts';
import type { Exchange } from '../types.ts';
import type { Check } from './check.ts';

type Node = Record<string, unknown>;

function resolveIn(document: OpenApiDocument, node: unknown): Node | undefined {
  let value = node as Node | undefined;
  for (let depth = 0; value && typeof value.$ref === 'string' && depth < 20; depth++) {
    let target: unknown = document;
    for (const part of value.$ref.replace(/^#\//, '').split('/')) target = (target as Node | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    value = target as Node | undefined;
  }
  return value;
}

/** A value that fits a schema, for the required fields of a record no example shows. */
function sampleOf(document: OpenApiDocument, schemaNode: unknown, name: string): unknown {
  const schema = resolveIn(document, schemaNode) ?? {};
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = ([] as unknown[]).concat(schema.type ?? 'string').find((t) => t !== 'null');
  if (type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    return Object.fromEntries(((schema.required ?? []) as string[]).map((field) => [field, sampleOf(document, properties[field], field)]));
  }
  if (type === 'array') return [];
  if (type === 'boolean') return false;
  if (type === 'integer' || type === 'number') return 0;
  return schema.format === 'date-time' ? new Date(0).toISOString() : `contract ${name}`;
}

/** A body for a new record of `resource`, keyed `key`, without `_v` (the server gives the version). */
function newRecord(resource: CatalogueResource, documents: readonly OpenApiDocument[], key: string): ResourceRecord {
  const write = operationOf(resource, 'create') ?? operationOf(resource, 'put')!;
  const document = documents.find((d) => d.components?.schemas?.[resource.schemaName] && d.paths[write.path]) ?? documents[0]!;
  const operation = document.paths[write.path]?.[write.method.toLowerCase() as 'post' | 'put'];
  const media = operation?.requestBody?.content['application/json'];
  const example = resolveIn(document, Object.values(media?.examples ?? {})[0]);
  const base = (example?.value ?? sampleOf(document, document.components.schemas[resource.schemaName], resource.schemaName)) as ResourceRecord;
  const record: ResourceRecord = { ...structuredClone(base), [resource.key]: key };
  delete record._v;
  return record;
}

/** What to send back in a PUT: the record as answered, without the fields the server never takes. */
function editable(resource: CatalogueResource, answered: unknown): ResourceRecord {
  const record = { ...(answered as ResourceRecord) };
  for (const field of resource.writeOnly) delete record[field];
  return record;
}

interface Suite {
  ctx: CheckContext;
  resource: CatalogueResource;
  created: string[];
}

/** Creates a record the suite owns (POST, or a PUT that creates); skips when the caller lacks the right. */
async function create(suite: Suite, documents: readonly OpenApiDocument[], label: string): Promise<{ key: string; exchange: Exchange; record: ResourceRecord }> {
  const { ctx, resource } = suite;
  const key = `contract-${ctx.flags.seed}-${label}`;
  const body = newRecord(resource, documents, key);
  const post = operationOf(resource, 'create');
  const exchange = post
    ? await ctx.target.call(post.operationId, 'POST', post.path, { body })
    : await ctx.target.call(operationOf(resource, 'put')!.operationId, 'PUT', itemPath(operationOf(resource, 'put')!, key), { body });
  const status = exchange.response?.status;
  if (status === 403) ctx.skip(`the suite's user lacks the right to create ${resource.name} (403): log in as a user who holds it`);
  if (status === 201 || status === 200) suite.created.push(key);
  ctx.expectStatus(exchange, 201, `${exchange.request.method} a new ${resource.schemaName} ${key}: expected 201, got ${status}`);
  if (status !== 201 && status !== 200) ctx.abort(`could not create ${resource.schemaName} ${key}, so the rest cannot be checked`, exchange);
  return { key, exchange, record: exchange.response!.json as ResourceRecord };
}

/** Deletes what the suite created and is still there (after a failure half-way). */
async function cleanUp(suite: Suite): Promise<void> {
  const remove = operationOf(suite.resource, 'delete')!;
  for (const key of suite.created) await suite.ctx.target.call(remove.operationId, 'DELETE', itemPath(remove, key)).catch(() => undefined);
}

/** The write operations a resource declares (a delete always: only such resources get write checks). */
function writeOperations(resource: CatalogueResource) {
  return { item: operationOf(resource, 'item'), post: operationOf(resource, 'create'), put: operationOf(resource, 'put'), remove: operationOf(resource, 'delete')! };
}

interface SuiteCheckMeta {
  /** The check's name before `[resource]`. */
  slug: string;
  basis: Check['basis'];
  summary: string;
  /** Names the record the check creates first (`contract-<seed>-<label>`). */
  label: string;
}

type Created = Awaited<ReturnType<typeof create>>;

/**
 * A destructive check of one resource, the skeleton every write check shares: it creates a record of its
 * own, hands it to `body`, and deletes whatever the suite created afterwards, whatever happens.
 */
function suiteCheck(resource: CatalogueResource, documents: readonly OpenApiDocument[], meta: SuiteCheckMeta, body: (ctx: CheckContext, suite: Suite, created: Created) => Promise<void>): Check {
  return {
    name: `${meta.slug}[${resource.name}]`,
    group: 'resource-writes',
    basis: meta.basis,
    requires: 'destructive',
    summary: meta.summary,
    async run(ctx) {
      const suite: Suite = { ctx, resource, created: [] };
      try {
        await body(ctx, suite, await create(suite, documents, meta.label));
      } finally {
        await cleanUp(suite);
      }
    },
  };
}

function writes(resource: CatalogueResource, documents: readonly OpenApiDocument[]): Check {
  const { item, put, remove } = writeOperations(resource);
  const summary = `${resource.operations.filter((o) => o.kind === 'create' || o.kind === 'put' || o.kind === 'delete').map((o) => `${o.method} ${o.path}`).join(', ')} on a record the suite creates: created (201), read back, ${put ? 'updated (200), ' : ''}deleted, then not found (404).`;
  return suiteCheck(resource, documents, { slug: 'resource_writes', basis: 'documented', summary, label: 'writes' }, async (ctx, suite, { key, record }) => {
    if (item) {
      const read = await ctx.target.call(item.operationId, 'GET', itemPath(item, key));
      ctx.expectStatus(read, 200, `GET ${itemPath(item, key)} after creating it: expected 200, got ${read.response?.status}`);
    }
    if (put) {
      const body = { ...editable(resource, record), ...(typeof record.description === 'string' ? { description: `${record.description} (updated)` } : {}) };
      const updated = await ctx.target.call(put.operationId, 'PUT', itemPath(put, key), { body });
      ctx.expectStatus(updated, 200, `PUT ${itemPath(put, key)} of an existing record: expected 200, got ${updated.response?.status}`);
    }
    if (put && operationOf(resource, 'create')) {
      // A PUT of a key nobody has creates the record ("creates new or updates existing").
      const other = `contract-${ctx.flags.seed}-put`;
      const created = await ctx.target.call(put.operationId, 'PUT', itemPath(put, other), { body: newRecord(resource, documents, other) });
      if (created.response?.status === 201 || created.response?.status === 200) suite.created.push(other);
      ctx.expectStatus(created, 201, `PUT ${itemPath(put, other)} of a new record: expected 201, got ${created.response?.status}`);
    }
    const deleted = await ctx.target.call(remove.operationId, 'DELETE', itemPath(remove, key));
    if (ctx.expectStatus(deleted, [204, 200], `DELETE ${itemPath(remove, key)}: expected 204, got ${deleted.response?.status}`)) suite.created.splice(suite.created.indexOf(key), 1);
    if (item) {
      const gone = await ctx.target.call(item.operationId, 'GET', itemPath(item, key));
      ctx.expectStatus(gone, 404, `GET ${itemPath(item, key)} after deleting it: expected 404, got ${gone.response?.status}`);
    }
  });
}

function versionConflict(resource: CatalogueResource, documents: readonly OpenApiDocument[]): Check {
  const put = operationOf(resource, 'put')!;
  const summary = `PUT ${put.path} with the current \`_v\` answers 200 with a higher \`_v\`; the same PUT with the old \`_v\` answers 409.`;
  return suiteCheck(resource, documents, { slug: 'resource_version_conflict', basis: 'inferred', summary, label: 'version' }, async (ctx, _suite, { key, record, exchange }) => {
    if (typeof record?._v !== 'number') return ctx.abort(`the created ${resource.schemaName} has no numeric \`_v\``, exchange);
    const before: number = record._v;
    const bumped = await ctx.target.call(put.operationId, 'PUT', itemPath(put, key), { body: editable(resource, record) });
    if (!ctx.expectStatus(bumped, 200, `PUT ${itemPath(put, key)} with the current _v ${before}: expected 200, got ${bumped.response?.status}`)) return;
    const after = (bumped.response!.json as ResourceRecord | undefined)?._v;
    ctx.expect(typeof after === 'number' && after > before, `PUT did not bump _v: ${before} before, ${JSON.stringify(after)} after`, bumped, { expected: `_v above ${before}`, actual: `_v ${JSON.stringify(after)}` });
    const stale = await ctx.target.call(put.operationId, 'PUT', itemPath(put, key), { body: editable(resource, record) });
    ctx.expectStatus(stale, 409, `PUT ${itemPath(put, key)} with the stale _v ${before}: expected 409, got ${stale.response?.status}`);
  });
}

function writeErrors(resource: CatalogueResource, documents: readonly OpenApiDocument[]): Check {
  const { post, put, remove } = writeOperations(resource);
  const summary = `Writes of /${resource.name} that cannot apply change nothing: a body without the required fields answers 400, ${post ? 'a POST of a key that exists 409, ' : ''}a DELETE of a key nobody has 404.`;
  return suiteCheck(resource, documents, { slug: 'resource_write_errors', basis: 'inferred', summary, label: 'errors' }, async (ctx, _suite, { key, record }) => {
    for (const write of [post, put]) {
      if (!write) continue;
      const path = write.kind === 'put' ? itemPath(write, key) : write.path;
      const empty = await ctx.target.call(write.operationId, write.method, path, { body: {} });
      ctx.expectStatus(empty, 400, `${write.method} ${path} with an empty body: expected 400, got ${empty.response?.status}`);
    }
    if (post) {
      const again = await ctx.target.call(post.operationId, 'POST', post.path, { body: editable(resource, record) });
      ctx.expectStatus(again, 409, `POST ${post.path} of ${key}, which exists: expected 409, got ${again.response?.status}`);
    }
    const missing = `contract-${ctx.flags.seed}-missing`;
    const gone = await ctx.target.call(remove.operationId, 'DELETE', itemPath(remove, missing));
    ctx.expectStatus(gone, 404, `DELETE ${itemPath(remove, missing)} of a key nobody has: expected 404, got ${gone.response?.status}`);
  });
}

/** The write checks of one resource: only where the spec declares a delete to clean up with. */
export function resourceWriteChecks(resource: CatalogueResource, documents: readonly OpenApiDocument[]): Check[] {
  const canCreate = operationOf(resource, 'create') ?? operationOf(resource, 'put');
  if (!canCreate || !operationOf(resource, 'delete')) return [];
  const checks = [writes(resource, documents), writeErrors(resource, documents)];
  const schema = documents.map((d) => d.components?.schemas?.[resource.schemaName]).find(Boolean) as { properties?: Record<string, unknown> } | undefined;
  if (operationOf(resource, 'put') && schema?.properties?._v) checks.push(versionConflict(resource, documents));
  return checks;
}
