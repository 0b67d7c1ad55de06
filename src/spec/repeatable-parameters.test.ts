/**
 * NData's filter members and `$sort` may repeat (the repeats add up). The spec types them as a string or
 * an array of strings, so a typed client writes one filter as a string and repeats as an array; this
 * checks the generated type, openapi-fetch's serialisation of both forms, and the mock's answer to each.
 */
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { paths } from '../generated/portos-sessions.ts';
import { startServer, type RunningServer } from '../server/serve.ts';
import { catalogue } from './outline.ts';
import { resolve, spec, type ParameterObject } from './document.ts';

type ListQuery = NonNullable<paths['/sessions']['get']['parameters']['query']>;
type UsersQuery = NonNullable<paths['/users']['get']['parameters']['query']>;
type DevicesQuery = NonNullable<paths['/devices']['get']['parameters']['query']>;
type ApiKeysQuery = NonNullable<paths['/apikeys']['get']['parameters']['query']>;

let mock: RunningServer;
let token: string;
beforeAll(async () => {
  mock = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z' });
  const login = await fetch(`${mock.url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }) });
  token = ((await login.json()) as { tokenId: string }).tokenId;
});
afterAll(() => mock.close());

/** A typed client that records the URLs it requests. */
function recordingClient(): { client: ReturnType<typeof createClient<paths>>; urls: URL[] } {
  const urls: URL[] = [];
  const client = createClient<paths>({
    baseUrl: mock.url,
    headers: { authorization: `Bearer ${token}` },
    fetch: (request: Request) => {
      urls.push(new URL(request.url));
      return fetch(request);
    },
  });
  return { client, urls };
}

describe('16.18 a typed client writes a single filter as a string and repeats as an array', () => {
  it('types sessionId and $sort as a string or an array of strings', () => {
    expectTypeOf<ListQuery['sessionId']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<ListQuery['$sort']>().toEqualTypeOf<string | string[] | undefined>();
  });

  it("types every filter and $sort of the users', devices' and API keys' lists as a string or an array of strings", () => {
    expectTypeOf<UsersQuery['isActive']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<UsersQuery['isVirtual']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<UsersQuery['featureName']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<UsersQuery['userName']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<UsersQuery['name']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<UsersQuery['$sort']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<DevicesQuery['name']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<DevicesQuery['isActive']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<DevicesQuery['envName']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<DevicesQuery['$sort']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<ApiKeysQuery['id']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<ApiKeysQuery['isActive']>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<ApiKeysQuery['$sort']>().toEqualTypeOf<string | string[] | undefined>();
  });

  it('declares every NData filter and $sort of every list operation as a RepeatableParameter, with string examples', () => {
    const lists = catalogue.flatMap((resource) => resource.operations.filter((operation) => operation.kind === 'list'));
    expect(lists.map((list) => list.path)).toEqual(expect.arrayContaining(['/sessions', '/users', '/devices', '/apikeys']));
    for (const { path } of lists) {
      const repeatable = (spec.paths[path]?.get?.parameters ?? [])
        .map((entry) => resolve(entry) as ParameterObject & { schema?: unknown; examples?: Record<string, { value?: unknown }> })
        .filter((parameter) => parameter.in === 'query' && !['$skip', '$take', '$count'].includes(parameter.name));
      expect(repeatable.length, path).toBeGreaterThan(1);
      for (const parameter of repeatable) {
        expect(parameter.schema, `${path} ${parameter.name}`).toEqual({ $ref: '#/components/schemas/RepeatableParameter' });
        // An array example made Specmatic 2.55 fail with "Expected type list of string".
        for (const [name, example] of Object.entries(parameter.examples ?? {})) expect(typeof resolve(example).value, `${path} ${parameter.name} example ${name}`).toBe('string');
      }
    }
  });

  it('sends a string as one parameter, and the mock filters and sorts by it', async () => {
    const { client, urls } = recordingClient();
    const { data, response } = await client.GET('/sessions', { params: { query: { sessionId: 'gte:x', $sort: '-sessionId' } } });
    expect(urls[0]?.searchParams.getAll('sessionId')).toEqual(['gte:x']);
    expect(urls[0]?.searchParams.getAll('$sort')).toEqual(['-sessionId']);
    expect(response.status).toBe(200);
    const ids = data?.items?.map((session) => session.sessionId) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id >= 'x')).toBe(true);
    expect(ids).toEqual([...ids].sort().reverse());
  });

  it('sends an array as repeated parameters, which add up', async () => {
    const { client, urls } = recordingClient();
    const { data, response } = await client.GET('/sessions', { params: { query: { sessionId: ['gte:a', 'lt:c'], $sort: ['identity.userName', '-sessionId'] } } });
    expect(urls[0]?.searchParams.getAll('sessionId')).toEqual(['gte:a', 'lt:c']);
    expect(urls[0]?.searchParams.getAll('$sort')).toEqual(['identity.userName', '-sessionId']);
    expect(response.status).toBe(200);
    const ids = data?.items?.map((session) => session.sessionId) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id >= 'a' && id < 'c')).toBe(true);
  });
});
