/**
 * Issue 17.3 through the msw door: `createMockApi({ specs })` serves docs/resources.md's `/stocks` from
 * its fragment and records, with NData, the bundled auth and problems, and the same seed checks.
 */
import { compileValidators } from '../spec/compile-validators.ts';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stocksDocument, stocksRecords } from '../spec/resources-page.test-support.ts';
import { createMockApi, defaultFixtures } from './index.ts';

const api = createMockApi({ compileSchemas: compileValidators, specs: [stocksDocument()], fixtures: { ...defaultFixtures, stocks: stocksRecords() } });
const server = setupServer(...api.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

async function login(): Promise<string> {
  const response = await fetch('https://portos.example/api/auth', { method: 'POST', body: '{"UserName":"999","DeviceName":"BackOffice"}' });
  return ((await response.json()) as { tokenId: string }).tokenId;
}

describe('createMockApi({ specs })', () => {
  it('serves an added resource through the msw handlers: NData filter, sort, page and count over the fixture records', async () => {
    const headers = { authorization: `Bearer ${await login()}` };
    const page = await fetch('https://portos.example/stocks?name=gte:B&name=lt:C&$sort=-name&$take=1', { headers });
    expect(page.status).toBe(200);
    expect(await page.json()).toEqual({ items: [{ id: 'S4', name: 'Bar annex', isDefault: false, _v: 3 }], count: 1, totalCount: 2 });
    const all = (await (await fetch('https://portos.example/stocks?$sort=name&$skip=1&$take=2', { headers })).json()) as { items: { id: string }[]; totalCount: number };
    expect([all.items.map((s) => s.id), all.totalCount]).toEqual([['S4', 'S3'], 4]);
    expect(await (await fetch('https://portos.example/stocks?$count=true', { headers })).json()).toEqual({ count: 4, totalCount: 4 });
    expect(await (await fetch('https://portos.example/stocks/S3', { headers })).json()).toEqual({ id: 'S3', name: 'Kitchen', isDefault: false, _v: 1 });
    expect((await api.store.collection('stocks')).count()).toBe(4);
  });

  it('answers an added path with the bundled rules: 401 without a token, 404 for an unknown key, 400 naming a bad sort key, 405 with Allow', async () => {
    expect((await fetch('https://portos.example/stocks')).status).toBe(401);
    const headers = { authorization: `Bearer ${await login()}` };
    expect((await fetch('https://portos.example/stocks/S9', { headers })).status).toBe(404);
    const bad = await fetch('https://portos.example/stocks?$sort=isDefault', { headers });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('$sort');
    const post = await fetch('https://portos.example/stocks', { method: 'POST', headers, body: '{}' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET']);
  });

  it('checks the added collection’s records at seed time with the same messages as the bundled fixtures', () => {
    const broken = stocksRecords();
    delete broken[1]!._v;
    expect(() => createMockApi({ compileSchemas: compileValidators, specs: [stocksDocument()], fixtures: { ...defaultFixtures, stocks: broken } })).toThrow(
      `Failed to seed the store: stocks[1] (id "S2") Stock must have required property '_v'`,
    );
  });

  it('starts an added collection empty when the fixtures have no records for it', async () => {
    const bare = createMockApi({ compileSchemas: compileValidators, specs: [stocksDocument()] });
    await bare.ready;
    expect((await bare.store.collection('stocks')).count()).toBe(0);
  });
});

describe('createMockApi({ specs }) without a schema compiler', () => {
  it('stops with one line saying where the compiler comes from (the handlers carry none: docs/decisions/0005)', () => {
    expect(() => createMockApi({ specs: [stocksDocument()] })).toThrow(/^Failed to add specs\[0\] \("Stocks"\): added documents need a schema compiler: pass compileSchemas \(import \{ compileValidators \} from 'portos-mock\/spec-compiler'/);
  });
});
