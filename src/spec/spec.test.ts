import { describe, expect, it } from 'vitest';
import { resolve, spec, type MediaTypeObject, type ParameterObject } from './document.ts';
import { formatIssues } from './issues.ts';
import { findOperation, getOperation, operations } from './operations.ts';
import { standardSchema } from './standard-schema.ts';
import { validateRequestBody, validateResponse, validateSchema } from './validate.ts';
import { createSchemaCompiler } from './compile-validators.ts';

const documentedSession = {
  sessionId: 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3',
  identity: { userName: '999', deviceName: 'P01', envName: 'CashRegister', authenticationType: 'Bearer' },
  startedAt: '2023-08-04T11:19:38.015Z',
  expiresAt: '2023-08-04T23:19:38.015Z',
  lastAccessAt: '2023-08-04T11:19:39.98Z',
  _v: 2,
};

/** Every example in the document, with where it sits and the schema it must satisfy. */
function collectExamples(): { where: string; schema: object; value: unknown; variant: 'request' | 'response' }[] {
  const found: { where: string; schema: object; value: unknown; variant: 'request' | 'response' }[] = [];
  const fromMedia = (where: string, media: MediaTypeObject, variant: 'request' | 'response') => {
    if (!media.schema) return;
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      found.push({ where: `${where} examples.${name}`, schema: media.schema, value: resolve(example).value, variant });
    }
  };
  type WithExamples = ParameterObject & { example?: unknown; examples?: Record<string, { value?: unknown; $ref?: string }> };
  const fromParameter = (where: string, parameter: WithExamples) => {
    if (!parameter.schema) return;
    if ('example' in parameter) found.push({ where: `${where} example`, schema: parameter.schema, value: parameter.example, variant: 'request' });
    for (const [key, example] of Object.entries(parameter.examples ?? {})) {
      found.push({ where: `${where} examples.${key}`, schema: parameter.schema, value: resolve(example).value, variant: 'request' });
    }
  };
  for (const operation of operations) {
    const where = `${operation.method} ${operation.path}`;
    for (const media of Object.values(operation.definition.requestBody?.content ?? {})) fromMedia(`${where} request`, media, 'request');
    for (const [status, entry] of Object.entries(operation.definition.responses)) {
      for (const media of Object.values(resolve(entry).content ?? {})) fromMedia(`${where} ${status}`, media, 'response');
    }
    // Parameters written inline in an operation (the ones under components are checked below).
    for (const entry of operation.definition.parameters ?? []) {
      if (!('$ref' in entry)) fromParameter(`${where} parameter ${entry.name}`, entry);
    }
  }
  for (const [name, parameter] of Object.entries(spec.components.parameters)) fromParameter(`parameter ${name}`, parameter);
  return found;
}

describe('the spec', () => {
  it('declares the documented operations of sessions, auth, users, devices and API keys with their ids', () => {
    expect(operations.map((o) => `${o.method} ${o.path} ${o.operationId}`).sort()).toEqual(
      [
        'GET /users getUsers',
        'GET /users/{id} getUser',
        'GET /devices getDevices',
        'POST /devices createDevice',
        'GET /devices/{name} getDevice',
        'PUT /devices/{name} putDevice',
        'DELETE /devices/{name} deleteDevice',
        'GET /apikeys getApiKeys',
        'GET /apikeys/{id} getApiKey',
        'DELETE /api/auth logout',
        'DELETE /sessions/{id} deleteSession',
        'GET /api/auth getCurrentUser',
        'GET /sessions getSessions',
        'GET /sessions/{id} getSession',
        'POST /api/auth login',
        'POST /api/auth/refresh refreshSession',
      ].sort(),
    );
  });

  it('requires a bearer token everywhere except login and refresh', () => {
    const open = operations.filter((o) => !o.requiresAuth).map((o) => o.operationId).sort();
    expect(open).toEqual(['login', 'refreshSession']);
  });

  it('finds operations by concrete path', () => {
    expect(findOperation('get', '/sessions/abc')?.operationId).toBe('getSession');
    expect(findOperation('PUT', '/sessions/abc')).toBeUndefined();
  });
});

/** The run-time compiler (Node, tests): the examples include parameter schemas, which no door validates. */
const compiler = createSchemaCompiler(spec);

describe('examples in the spec', () => {
  const examples = collectExamples();

  it('include the seed sessions, the Slovak 404, a validation problem and an AuthResult', () => {
    const where = examples.map((e) => e.where);
    expect(where).toContain('GET /sessions 200 examples.documented');
    expect(where).toContain('GET /sessions/{id} 404 examples.portosPage');
    expect(where).toContain('GET /sessions 400 examples.badSort');
    expect(where).toContain('POST /api/auth 200 examples.owner');
    expect(where).toContain('DELETE /api/auth parameter Accept-Language examples.loggedOut');
    const notFound = examples.find((e) => e.where === 'GET /sessions/{id} 404 examples.portosPage');
    expect(notFound?.value).toEqual({ title: 'Zdroj nebol nájdený', status: 404 });
    const list = examples.find((e) => e.where === 'GET /sessions 200 examples.documented');
    expect((list!.value as { items: unknown[] }).items[0]).toEqual(documentedSession);
  });

  it('put the PORTOS page\'s own examples first, where Prism and docs viewers look', () => {
    const list = spec.paths['/sessions']!.get!.responses['200'] as { content: Record<string, MediaTypeObject> };
    expect(Object.keys(list.content['application/json']!.examples ?? {})[0]).toBe('documented');
    const notFound = spec.paths['/sessions/{id}']!.get!.responses['404'] as { content: Record<string, MediaTypeObject> };
    expect(Object.keys(notFound.content['application/problem+json']!.examples ?? {})[0]).toBe('portosPage');
  });

  it.each(collectExamples().map((e) => [e.where, e] as const))('%s validates against its schema', (_where, example) => {
    const validate = compiler.compile(example.schema as Record<string, unknown>, example.variant);
    const valid = validate(example.value);
    expect(valid, JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('schema validation', () => {
  it('accepts the documented session', () => {
    expect(validateSchema('Session', documentedSession)).toEqual([]);
  });

  it('names the JSON pointer of each problem', () => {
    const issues = validateSchema('Session', { ...documentedSession, _v: 0, extra: true, identity: { ...documentedSession.identity, envName: 'Kiosk' } });
    const text = formatIssues(issues);
    expect(text).toContain('/_v must be >= 1');
    expect(text).toContain('(root) has a property the spec does not declare: "extra"');
    expect(text).toContain('/identity/envName must be one of');
  });

  it('rejects a missing required field, a bad date-time and a short sessionId', () => {
    const { lastAccessAt: _dropped, ...withoutLastAccess } = documentedSession;
    expect(formatIssues(validateSchema('Session', withoutLastAccess))).toContain("must have required property 'lastAccessAt'");
    expect(formatIssues(validateSchema('Session', { ...documentedSession, startedAt: 'yesterday' }))).toContain('/startedAt must match format "date-time"');
    expect(formatIssues(validateSchema('Session', { ...documentedSession, sessionId: 'abc' }))).toContain('/sessionId must match pattern');
  });

  it('forbids writeOnly properties in responses but allows them in requests', () => {
    expect(validateRequestBody('login', { UserName: '999', Password: 'x', DeviceName: 'P01' })).toEqual([]);
    // The response variant of AuthRequest has no Password property: a number there is checked only in a request.
    const login = { UserName: '999', Password: 5, DeviceName: 'P01' };
    expect(formatIssues(validateSchema('AuthRequest', login, 'request'))).toBe('/Password must be string');
    expect(validateSchema('AuthRequest', login, 'response')).toEqual([]);
  });

  it('checks status, media type and body of a response', () => {
    expect(validateResponse('getSession', 200, 'application/json; charset=utf-8', documentedSession)).toEqual({ contract: [], body: [] });
    expect(validateResponse('getSession', 418, 'application/json', {}).contract[0]).toContain('status 418 is not documented for getSession');
    expect(validateResponse('getSession', 404, 'application/json', { status: 404 }).contract[0]).toContain('expected application/problem+json');
    expect(validateResponse('deleteSession', 204, null, undefined)).toEqual({ contract: [], body: [] });
    expect(validateResponse('deleteSession', 204, 'application/json', documentedSession).contract[0]).toContain('must have no body');
  });

  it('gives @msw/data a Standard Schema that reports spec violations', () => {
    const schema = standardSchema('Session')['~standard'];
    expect(schema.validate(documentedSession)).toEqual({ value: documentedSession });
    const result = schema.validate({ ...documentedSession, _v: 'two' });
    expect(result.issues?.[0]?.message).toContain('Session/_v must be integer');
  });

  it('throws a clear error for an unknown schema or operation', () => {
    expect(() => validateSchema('Nope', {})).toThrow('Unknown schema "Nope"');
    expect(() => getOperation('nope')).toThrow('Unknown operationId "nope"');
  });
});
