/**
 * The resource catalogue is derived from the document alone: keys, NData descriptions, operations and
 * rights; a document that breaks a convention stops with one line naming the path, the rule and the name.
 */
import { describe, expect, it } from 'vitest';
import { checkResource } from '../ndata/index.ts';
import { buildCatalogue } from './catalogue.ts';
import { spec, type OpenApiDocument } from './document.ts';
import { catalogue } from './outline.ts';

const byName = (name: string) => catalogue.find((resource) => resource.name === name)!;

/** The issue's `stocks` fragment, as a document of its own; `change` breaks one convention. */
function stocks(change: (doc: any) => void = () => undefined): OpenApiDocument {
  const doc: any = {
    openapi: '3.1.0',
    info: { title: 'Stocks', version: '1' },
    paths: {
      '/stocks': {
        get: {
          operationId: 'listStocks',
          'x-ndata-sort-keys': ['name', 'id'],
          parameters: [
            { name: 'name', in: 'query', schema: { type: 'string' } },
            { name: '$skip', in: 'query', schema: { type: 'integer' } },
            { name: '$take', in: 'query', schema: { type: 'integer' } },
          ],
          responses: {
            '200': {
              description: 'A page',
              content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Stock' } }, count: { type: 'integer' }, totalCount: { type: 'integer' } } } } },
            },
          },
        },
      },
      '/stocks/{id}': {
        get: {
          operationId: 'getStock',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'One stock', content: { 'application/json': { schema: { $ref: '#/components/schemas/Stock' } } } } },
        },
      },
    },
    components: {
      schemas: { Stock: { type: 'object', required: ['id', 'name', '_v'], properties: { id: { type: 'string' }, name: { type: 'string' }, isDefault: { type: 'boolean' }, _v: { type: 'integer' } } } },
      parameters: {},
      examples: {},
    },
  };
  change(doc);
  return doc as OpenApiDocument;
}

describe('the catalogue of the bundled spec', () => {
  it('18.2 is read from the generated outline, as buildCatalogue reads it from the document', () => {
    expect(catalogue).toEqual(buildCatalogue([spec]));
  });

  it('holds sessions, users, devices and API keys, each a sound NData description', () => {
    expect(catalogue.map((r) => [r.name, r.schemaName, r.key])).toEqual([
      ['sessions', 'Session', 'sessionId'],
      ['users', 'User', 'id'],
      ['devices', 'Device', 'name'],
      ['apikeys', 'ApiKey', 'id'],
    ]);
    for (const resource of catalogue) expect(checkResource(resource.ndata), resource.name).toEqual([]);
  });

  it('types the documented filter members from the schema: booleans, strings, nullable strings', () => {
    expect(byName('users').ndata.filters.map((m) => `${m.name}:${m.type}`)).toEqual(['isActive:boolean', 'isVirtual:boolean', 'featureName:string', 'userName:string', 'name:string']);
    expect(byName('devices').ndata.filters.map((m) => `${m.name}:${m.type}`)).toEqual(['name:string', 'isActive:boolean', 'envName:string']);
    expect(byName('apikeys').ndata.filters.map((m) => `${m.name}:${m.type}`)).toEqual(['id:string', 'isActive:boolean']);
  });

  it('reads sort keys from x-ndata-sort-keys, the default order from x-ndata-default-order, and ends ties in the key', () => {
    const sessions = byName('sessions').ndata;
    expect(sessions.sortKeys.map((k) => k.name)).toEqual(['sessionId', 'startedAt', 'expiresAt', 'lastAccessAt', '_v', 'identity.userName', 'identity.deviceName', 'identity.envName', 'identity.authenticationType']);
    expect(sessions.defaultOrder).toEqual([{ key: 'startedAt', direction: 'asc' }]);
    expect(sessions.tieBreaker).toBe('sessionId');
    expect(byName('apikeys').ndata.sortKeys.find((k) => k.name === 'createdAt')?.type).toBe('date-time');
    expect(byName('devices').ndata.tieBreaker).toBe('name');
  });

  it('reads each operation and its rights from x-portos-rights', () => {
    expect(byName('devices').operations.map((o) => `${o.kind} ${o.method} ${o.path} [${o.rights.join(',')}]`)).toEqual([
      'list GET /devices []',
      'create POST /devices [DeviceCreate]',
      'item GET /devices/{name} []',
      'put PUT /devices/{name} [DeviceUpdate]',
      'delete DELETE /devices/{name} [DeviceDelete]',
    ]);
  });

  it('knows the write-only fields that are stored but never answered', () => {
    expect(byName('users').writeOnly).toEqual(['password']);
    expect(byName('apikeys').writeOnly).toEqual(['clientSecret']);
    expect(byName('devices').writeOnly).toEqual([]);
  });
});

describe('a document of its own (the issue\'s stocks fragment)', () => {
  it('becomes a resource keyed by its item path, sorted by name then id by default when no order is declared', () => {
    const [stock] = buildCatalogue([stocks()]);
    expect(stock).toMatchObject({ name: 'stocks', schemaName: 'Stock', key: 'id', keyParameter: 'id' });
    expect(stock!.ndata.filters).toEqual([{ name: 'name', path: 'name', type: 'string' }]);
    expect(stock!.ndata.defaultOrder).toEqual([{ key: 'id', direction: 'asc' }]);
  });

  it('adds to the bundled one, and a collection declared twice is an error naming it', () => {
    expect(() => buildCatalogue([stocks(), stocks()])).toThrow('Failed to read the resource at GET /stocks: a collection is declared twice ("stocks").');
  });

  it.each<[string, (doc: any) => void, string]>([
    [
      'a list operation without a QueryResult answer',
      (doc) => void (doc.paths['/stocks'].get.responses['200'].content['application/json'].schema = { type: 'array', items: { $ref: '#/components/schemas/Stock' } }),
      'Failed to read the resource at GET /stocks: a list operation must answer 200 with a QueryResult (items: an array of one component schema, count, totalCount) ("listStocks").',
    ],
    [
      'a sort key the schema lacks',
      (doc) => void (doc.paths['/stocks'].get['x-ndata-sort-keys'] = ['name', 'colour']),
      'Failed to read the resource at GET /stocks: an x-ndata-sort-keys entry is not a field of Stock ("colour").',
    ],
    [
      'a filter on a field the schema lacks',
      (doc) => void doc.paths['/stocks'].get.parameters.push({ name: 'warehouse.city', in: 'query', schema: { type: 'string' } }),
      'Failed to read the resource at GET /stocks: a filter member is not a field of Stock ("warehouse.city").',
    ],
    [
      'a default order key that is not a sort key',
      (doc) => void (doc.paths['/stocks'].get['x-ndata-default-order'] = ['-isDefault']),
      'Failed to read the resource at GET /stocks: an x-ndata-default-order key is not in x-ndata-sort-keys ("isDefault").',
    ],
  ])('refuses %s with one line naming the path, the rule and the name', (_what, change, message) => {
    expect(() => buildCatalogue([stocks(change)])).toThrow(message);
    try {
      buildCatalogue([stocks(change)]);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reaches nested fields with dotted filter members', () => {
    const [stock] = buildCatalogue([
      stocks((doc) => {
        doc.components.schemas.Stock.properties.warehouse = { type: 'object', properties: { city: { type: 'string' } } };
        doc.paths['/stocks'].get.parameters.push({ name: 'warehouse.city', in: 'query', schema: { type: 'string' } });
      }),
    ]);
    expect(stock!.ndata.filters.at(-1)).toEqual({ name: 'warehouse.city', path: 'warehouse.city', type: 'string' });
  });
});
