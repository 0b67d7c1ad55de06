/**
 * Issue 17.3: a document added to the bundled one (`--spec`, `specs`) brings its resources, and stops
 * the start with one line when it clashes with the bundled document or breaks a convention.
 */
import { describe, expect, it } from 'vitest';
import { createContract } from './add-documents.ts';
import { bundledContract, ContractError } from './contract.ts';
import { compileValidators } from './compile-validators.ts';
import { stocksDocument } from './resources-page.test-support.ts';

/** The page's fragment with one change. */
function stocks(change: (doc: any) => void = () => undefined): unknown {
  const doc: any = stocksDocument();
  change(doc);
  return doc;
}

const failure = (documents: unknown[]): string => {
  try {
    createContract(documents, compileValidators);
  } catch (error) {
    expect(error).toBeInstanceOf(ContractError);
    return (error as Error).message;
  }
  throw new Error('createContract did not fail');
};

describe('createContract', () => {
  it('is the bundled contract when nothing is added', () => {
    expect(createContract([], compileValidators)).toBe(bundledContract);
  });

  it('adds the fragment’s operations, resource and validators after the bundled ones', () => {
    const contract = createContract([stocks()], compileValidators);
    expect(contract.operations.slice(-2).map((o) => [o.method, o.path, o.operationId, o.requiresAuth])).toEqual([
      ['GET', '/stocks', 'listStocks', true],
      ['GET', '/stocks/{id}', 'getStock', true],
    ]);
    const resource = contract.catalogue.at(-1)!;
    expect([resource.name, resource.schemaName, resource.key, resource.ndata.sortKeys.map((k) => k.name)]).toEqual(['stocks', 'Stock', 'id', ['name', 'id']]);
    expect(contract.validateRecord('Stock', { id: 'S1', name: 'Bar', _v: 1 })).toEqual([]);
    expect(contract.validateRecord('Stock', { id: 'S1', name: 7 }).map((i) => `${i.path} ${i.message}`)).toEqual([" must have required property '_v'", '/name must be string']);
    // The bundled schemas still answer through the generated validators.
    expect(contract.validateRecord('Session', { _v: 0 }).length).toBeGreaterThan(0);
  });

  it('protects an added operation with the bearer token unless it says security: []', () => {
    const contract = createContract([stocks((doc) => (doc.paths['/stocks/{id}'].get.security = []))], compileValidators);
    expect(contract.operations.filter((o) => o.path.startsWith('/stocks')).map((o) => [o.operationId, o.requiresAuth])).toEqual([
      ['listStocks', true],
      ['getStock', false],
    ]);
  });

  it.each([
    ['a path', (doc: any) => (doc.paths['/sessions'] = doc.paths['/stocks']), 'its path "/sessions" is declared already'],
    ['an operationId', (doc: any) => (doc.paths['/stocks'].get.operationId = 'getSessions'), 'its operationId "getSessions" is declared already'],
    ['a component schema', (doc: any) => (doc.components.schemas.Session = { type: 'object' }), 'its component schema "Session" is declared already'],
  ])('stops with one line naming %s that clashes with the bundled document', (_what, change, message) => {
    const line = failure([stocks(change)]);
    expect(line).toBe(`${line.split('\n')[0]}`);
    expect(line).toContain('Failed to add specs[0] ("Stocks"): ');
    expect(line).toContain(message);
  });

  it('stops with one line naming a name that clashes with an earlier added document', () => {
    expect(failure([stocks(), stocks((doc) => (doc.info.title = 'Again'))])).toBe(
      'Failed to add specs[1] ("Again"): its path "/stocks" is declared already (by the bundled document or an earlier document); rename it.',
    );
  });

  it.each([
    [
      'a list without a QueryResult answer',
      (doc: any) => (doc.paths['/stocks'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Stock' }),
      'Failed to read the resource at GET /stocks: a list operation must answer 200 with a QueryResult (items: an array of one component schema, count, totalCount) ("listStocks").',
    ],
    ['a sort key the schema lacks', (doc: any) => (doc.paths['/stocks'].get['x-ndata-sort-keys'] = ['code']), 'Failed to read the resource at GET /stocks: an x-ndata-sort-keys entry is not a field of Stock ("code").'],
    [
      'a filter on a field the schema lacks',
      (doc: any) => doc.paths['/stocks'].get.parameters.push({ name: 'warehouse', in: 'query', schema: { type: 'string' } }),
      'Failed to read the resource at GET /stocks: a filter member is not a field of Stock ("warehouse").',
    ],
    ['a document that is not OpenAPI 3.1', (doc: any) => (doc.openapi = '3.0.3'), '"openapi" must be 3.1.x, as the bundled document\'s; got "3.0.3".'],
  ])('stops with one line naming the path, the rule and the name: %s', (_what, change, reason) => {
    expect(failure([stocks(change)])).toBe(`Failed to add specs[0] ("Stocks"): ${reason}`);
  });
});
