/**
 * `--spec <file>`: the kit checks the resources of another document too. A small node:http server serves
 * the issue's `/stocks` fragment with the reference engine (src/ndata's `parse` and `evaluate`, fine in a
 * test); once correct, once ignoring `$skip`.
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { evaluate, parse } from '../src/ndata/index.ts';
import { buildCatalogue, resolve, spec, type OpenApiDocument } from '../src/spec/index.ts';
import { main } from './main.ts';

/** The fragment of issue 17, item 3, as written there. */
const STOCKS = `openapi: 3.1.0
info: { title: Stocks, version: '1' }
paths:
  /stocks:
    get:
      operationId: listStocks
      x-ndata-sort-keys: [name, id]
      parameters:
        - { name: name, in: query, schema: { type: string } }
        - { name: $skip, in: query, schema: { type: integer } }
        - { name: $take, in: query, schema: { type: integer } }
        - { name: $sort, in: query, schema: { type: string } }
        - { name: $count, in: query, schema: { type: boolean } }
      responses:
        '200': { description: A page, content: { application/json: { schema: { type: object, properties: {
          items: { type: array, items: { $ref: '#/components/schemas/Stock' } },
          count: { type: integer }, totalCount: { type: integer } } } } } }
  /stocks/{id}:
    get:
      operationId: getStock
      parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
      responses:
        '200': { description: One stock, content: { application/json: { schema: { $ref: '#/components/schemas/Stock' } } } }
components:
  schemas:
    Stock:
      type: object
      required: [id, name, _v]
      properties: { id: { type: string }, name: { type: string }, isDefault: { type: boolean }, _v: { type: integer } }
`;

const RECORDS = ['Hlavný sklad', 'bar', 'Kuchyňa', 'Terasa', 'sklad 2', 'Pivnica', 'Bufet'].map((name, i) => ({ id: `S${String(i + 1).padStart(2, '0')}`, name, isDefault: i === 0, _v: 1 }));

/** The profile the bundled document's own example shows: the kit's token check reads GET /api/auth. */
function ownerProfile(): unknown {
  const examples = (resolve(spec.paths['/api/auth']!.get!.responses['200']!).content!['application/json']!.examples ?? {}) as Record<string, { $ref?: string; value?: unknown }>;
  return resolve(Object.values(examples)[0]!).value;
}

/** Serves /stocks with the reference engine; `ignoreSkip` breaks paging. */
function stocksServer(ignoreSkip: boolean): Server {
  const stocks = buildCatalogue([parseYaml(STOCKS) as OpenApiDocument])[0]!;
  const json = (status: number, body: unknown, type = 'application/json') => ({ status, body: JSON.stringify(body), type });
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = ((): { status: number; body: string; type: string } => {
      if (request.headers.authorization !== 'Bearer stocks-token') return json(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json');
      if (url.pathname === '/api/auth') return json(200, ownerProfile());
      if (url.pathname === '/sessions') return json(200, { items: [], count: 0, totalCount: 0 });
      if (url.pathname === '/stocks') {
        if (ignoreSkip) url.searchParams.delete('$skip');
        const parsed = parse(url.searchParams, stocks.ndata);
        if ('errors' in parsed) return json(400, { title: 'Bad request', status: 400, errors: parsed.errors }, 'application/problem+json');
        const page = evaluate(RECORDS, parsed.query, stocks.ndata);
        return json(200, parsed.query.count ? { count: page.count, totalCount: page.totalCount } : page);
      }
      const one = /^\/stocks\/([^/]+)$/.exec(url.pathname);
      const record = one && RECORDS.find((stock) => stock.id === decodeURIComponent(one[1]!));
      if (record) return json(200, record);
      return json(404, { title: 'Not found', status: 404 }, 'application/problem+json');
    })();
    response.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

async function contract(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, {});
  return { code, stdout, stderr };
}

const STOCK_CHECKS = ['ndata_paging_skip[stocks]', 'ndata_paging_take[stocks]', 'ndata_sorting[stocks]', 'ndata_filtering[stocks]', 'ndata_count[stocks]', 'item_lookup[stocks]', 'unknown_key_not_found[stocks]'];

describe('--spec adds the resources of another document to the run', () => {
  let dir: string;
  let fragment: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portos-contract-spec-'));
    fragment = join(dir, 'stocks.yaml');
    await writeFile(fragment, STOCKS);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const [label, ignoreSkip] of [['a server that serves /stocks correctly passes every stocks check', false], ['a server that ignores $skip on /stocks fails naming ndata_paging_skip[stocks]', true]] as const) {
    it(label, async () => {
      const server = stocksServer(ignoreSkip);
      try {
        const baseUrl = await listen(server);
        const json = join(dir, `report-${ignoreSkip}.json`);
        const { code, stdout } = await contract(['--base-url', baseUrl, '--token', 'stocks-token', '--spec', fragment, '--only', STOCK_CHECKS.join(','), '--json', json]);
        const report = JSON.parse(await readFile(json, 'utf8')) as { results: { name: string; status: string; failures: { message: string }[] }[] };
        const byName = new Map(report.results.map((result) => [result.name, result]));
        for (const name of STOCK_CHECKS) expect(byName.get(name), name).toBeDefined();
        if (ignoreSkip) {
          expect(code).toBe(1);
          expect(byName.get('ndata_paging_skip[stocks]')!.status).toBe('fail');
          expect(byName.get('ndata_paging_skip[stocks]')!.failures[0]!.message).toMatch(/do not join into the unpaged order/);
          expect(stdout).toContain('ndata_paging_skip[stocks]');
        } else {
          expect(report.results.filter((result) => result.status === 'fail' || result.status === 'warn').map((r) => `${r.name}: ${r.failures[0]?.message}`)).toEqual([]);
          for (const name of STOCK_CHECKS) expect(byName.get(name)!.status, name).toBe('pass');
          expect(code).toBe(0);
        }
      } finally {
        await new Promise((done) => server.close(done));
      }
    });
  }

  it.each([
    ['a sort key the schema lacks', STOCKS.replace('x-ndata-sort-keys: [name, id]', 'x-ndata-sort-keys: [name, colour]'), /^portos-contract: usage error: Failed to read the resource at GET \/stocks: an x-ndata-sort-keys entry is not a field of Stock \("colour"\)\.$/],
    ['a filter on a field the schema lacks', STOCKS.replace('{ name: name, in: query', '{ name: city, in: query'), /^portos-contract: usage error: Failed to read the resource at GET \/stocks: a filter member is not a field of Stock \("city"\)\.$/],
    ['a list without a QueryResult answer', STOCKS.replace('count: { type: integer }, totalCount', 'total: { type: integer }, totalCount'), /^portos-contract: usage error: Failed to read the resource at GET \/stocks: a list operation must answer 200 with a QueryResult .*\("listStocks"\)\.$/],
    ['a collection the bundled document has', STOCKS.replaceAll('/stocks', '/devices'), /^portos-contract: usage error: Failed to read the resource at GET \/devices: a collection is declared twice \("devices"\)\.$/],
    ['a file that is not OpenAPI', 'just: text\n', /^portos-contract: usage error: --spec ".*": not an OpenAPI 3 document/],
  ])('a fragment with %s stops the run with one line naming the path, the rule and the name (exit 2)', async (_, text, message) => {
    const file = join(dir, `broken-${Math.random().toString(36).slice(2)}.yaml`);
    await writeFile(file, text);
    const { code, stdout, stderr } = await contract(['--base-url', 'http://127.0.0.1:9', '--token', 't', '--spec', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
  });
});
