/**
 * The reader of example pairs (docs/behaviour.md#executable-examples) on small documents: what it pairs,
 * and that it reports each way of breaking the convention, so "no issues in the spec" means something.
 */
import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from './document.ts';
import { DEFAULT_LOGIN, exampleUrl, readExamplePairs } from './example-pairs.ts';

const problem = { 'application/problem+json': { schema: { type: 'object' } } };

/** A document with a login (examples `backOffice`, `owner`) and one operation under test. */
function documentWith(path: string, method: 'get' | 'delete', operation: Record<string, unknown>, pathParameters?: unknown[]): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    security: [{ bearerAuth: [] }],
    paths: {
      '/api/auth': {
        post: {
          operationId: 'login',
          security: [],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object' }, examples: { backOffice: { value: { UserName: '999' } }, owner: { value: { UserName: '999' } } } } },
          },
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' }, examples: { backOffice: { value: {} }, owner: { value: {} } } } } },
          },
        },
      },
      [path]: { ...(pathParameters && { parameters: pathParameters }), [method]: { operationId: 'op', ...operation } },
    },
    components: { schemas: {}, parameters: {}, examples: {} },
  } as unknown as OpenApiDocument;
}

const idParameter = (examples: Record<string, unknown>) => ({ name: 'id', in: 'path', required: true, schema: { type: 'string' }, examples });

describe('readExamplePairs', () => {
  it('pairs by name: request parts with a response example, or with the bodiless 204', () => {
    const document = documentWith('/things/{id}', 'delete', {
      parameters: [{ name: '$take', in: 'query', schema: { type: 'integer' }, examples: { gone: { value: 2 } } }],
      responses: {
        '204': { description: 'gone' },
        '404': { description: 'no', content: { 'application/problem+json': { schema: {}, examples: { unknown: { value: { status: 404 }, 'x-varying': ['status'] } } } } },
      },
    }, [idParameter({ gone: { value: 'a b' }, unknown: { value: 'nope' } })]);
    const { pairs, issues } = readExamplePairs(document);
    expect(issues).toEqual([]);
    const mine = pairs.filter((pair) => pair.operation.operationId === 'op');
    expect(mine.map((pair) => [pair.name, pair.status, pair.login])).toEqual([
      ['unknown', 404, DEFAULT_LOGIN],
      ['gone', 204, DEFAULT_LOGIN],
    ]);
    expect(mine[0]!.varying).toEqual(['status']);
    expect(mine[1]!.response).toBeUndefined();
    expect(exampleUrl(mine[1]!, 'http://x.test').href).toBe('http://x.test/things/a%20b?%24take=2');
  });

  it("16.18 x-request sends another pair's request, so a missingToken example needs no request example of its own", () => {
    const document = documentWith('/things/{id}', 'get', {
      responses: {
        '200': { description: 'ok', content: { 'application/json': { schema: {}, examples: { documented: { value: {} } } } } },
        '401': { description: 'no', content: { 'application/problem+json': { schema: {}, examples: { missingToken: { 'x-login': 'none', 'x-request': 'documented', value: {} } } } } },
      },
    }, [idParameter({ documented: { value: 'abc' } })]);
    const { pairs, issues } = readExamplePairs(document);
    expect(issues).toEqual([]);
    const missing = pairs.find((pair) => pair.name === 'missingToken');
    expect({ status: missing?.status, login: missing?.login, path: missing?.request.path }).toEqual({ status: 401, login: null, path: { id: 'abc' } });
  });

  it('reports an x-request that names no request example', () => {
    const document = documentWith('/things/{id}', 'get', {
      responses: { '401': { description: 'no', content: { 'application/problem+json': { schema: {}, examples: { missingToken: { 'x-request': 'nothing', value: {} } } } } } },
    }, [idParameter({ documented: { value: 'abc' } })]);
    expect(readExamplePairs(document).issues).toContain('GET /things/{id} 401 example "missingToken": x-request "nothing" is not a request example of this operation.');
  });

  it('16.19 an x-alternative-of response needs no pair while the status it stands in for has one', () => {
    const operation = (alternativeOf: number) => ({
      responses: {
        '204': { description: 'gone' },
        '200': { description: 'gone, with a body', 'x-alternative-of': alternativeOf, content: { 'application/json': { schema: {}, examples: { body: { 'x-replay': false, value: {} } } } } },
      },
    });
    const paired = readExamplePairs(documentWith('/things/{id}', 'delete', operation(204), [idParameter({ gone: { value: 'a' } })]));
    expect(paired.issues).toEqual([]);
    expect(paired.pairs.filter((pair) => pair.operation.operationId === 'op').map((pair) => [pair.name, pair.status])).toEqual([['gone', 204]]);
    const wrong = readExamplePairs(documentWith('/things/{id}', 'delete', operation(202), [idParameter({ gone: { value: 'a' } })]));
    expect(wrong.issues).toEqual(['DELETE /things/{id}: status 200 is x-alternative-of 202, which has no example pair.']);
    const unmarked = documentWith('/things/{id}', 'delete', operation(204), [idParameter({ gone: { value: 'a' } })]);
    delete (unmarked.paths['/things/{id}']!.delete!.responses['200'] as Record<string, unknown>)['x-alternative-of'];
    expect(readExamplePairs(unmarked).issues).toEqual(['DELETE /things/{id}: status 200 has no example pair.']);
  });

  it('reads x-login (a login example, or none) and skips x-replay: false', () => {
    const document = documentWith('/me', 'get', {
      responses: {
        '200': { description: 'ok', content: { 'application/json': { schema: {}, examples: { owner: { 'x-login': 'owner', value: {} }, reference: { 'x-replay': false, value: {} } } } } },
        '401': { description: 'no', content: { 'application/problem+json': { schema: {}, examples: { missingToken: { 'x-login': 'none', value: {} } } } } },
      },
    });
    const mine = readExamplePairs(document).pairs.filter((pair) => pair.operation.operationId === 'op');
    expect(mine.map((pair) => [pair.name, pair.login])).toEqual([
      ['owner', 'owner'],
      ['missingToken', null],
    ]);
  });

  it('reports a required part without the example, a name with two answers, an unanswered name and an unpaired status', () => {
    const document = documentWith('/things/{id}', 'get', {
      parameters: [{ name: 'q', in: 'query', schema: {}, examples: { orphan: { value: 'x' } } }],
      responses: {
        '200': { description: 'ok', content: { 'application/json': { schema: {}, examples: { twice: { value: {} } } } } },
        '400': { description: 'bad', content: problem },
        '404': { description: 'no', content: { 'application/problem+json': { schema: {}, examples: { twice: { value: {} } } } } },
      },
    }, [idParameter({ other: { value: 'x' } })]);
    const issues = readExamplePairs(document).issues.join('\n');
    expect(issues).toContain('pair "twice": required path parameter id has no example "twice"');
    expect(issues).toContain('example "twice" answers both 200 and 404');
    expect(issues).toContain('request example "orphan" has no response example of its name');
    expect(issues).toContain('status 400 has no example pair');
  });

  it('reports a bad x-login, a bad x-varying and x-login on an operation without a token', () => {
    const document = documentWith('/me', 'get', {
      responses: {
        '200': { description: 'ok', content: { 'application/json': { schema: {}, examples: { a: { 'x-login': 'nobody', 'x-varying': ['traceId'], value: {} }, b: { 'x-varying': 'traceId', value: {} } } } } },
      },
    });
    const issues = readExamplePairs(document).issues.join('\n');
    expect(issues).toContain('x-login "nobody" is not an example of POST /api/auth');
    expect(issues).toContain('x-varying names "traceId", which the example does not show');
    expect(issues).toContain('x-varying must be a list of property names');
    const open = documentWith('/open', 'get', {
      security: [],
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: {}, examples: { a: { 'x-login': 'owner', value: {} } } } } } },
    });
    expect(readExamplePairs(open).issues.join('\n')).toContain('x-login on an operation that takes no token');
  });
});
