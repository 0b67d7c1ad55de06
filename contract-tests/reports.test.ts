/**
 * The reports people read: the coverage gate, the HAR file (valid HAR 1.2, no secrets), repeatable fuzz
 * runs by seed, the seed and options in every report, the Markdown summary and GitHub annotations.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server/serve.ts';
import { main } from './main.ts';
import { escapeData, escapeProperty } from './report/github.ts';
import { formatHarReport } from './report/har.ts';
import { formatHtmlReport } from './report/html.ts';
import { formatJsonReport } from './report/json.ts';
import { formatJunitReport } from './report/junit.ts';
import { formatMarkdownReport } from './report/markdown.ts';
import { runChecks } from './run.ts';
import { compose, eachSession, isGet, rewriteJson, startForwarder, startMock, xmlProblems } from './test-helpers.ts';
import type { Report } from './types.ts';

/** Runs the CLI in-process; the mock must be reachable (it runs in this process too). */
async function cli(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, env);
  return { code, stdout, stderr };
}

/** HAR 1.2's required fields (http://www.softwareishard.com/blog/har-12-spec/), as JSON Schema 2020-12. */
const nameValues = { type: 'array', items: { type: 'object', required: ['name', 'value'], properties: { name: { type: 'string' }, value: { type: 'string' } } } };
const HAR_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['log'],
  properties: {
    log: {
      type: 'object',
      required: ['version', 'creator', 'entries'],
      properties: {
        version: { const: '1.2' },
        creator: { type: 'object', required: ['name', 'version'], properties: { name: { type: 'string' }, version: { type: 'string' } } },
        entries: {
          type: 'array',
          items: {
            type: 'object',
            required: ['startedDateTime', 'time', 'request', 'response', 'cache', 'timings'],
            properties: {
              startedDateTime: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$' },
              time: { type: 'number', minimum: 0 },
              request: {
                type: 'object',
                required: ['method', 'url', 'httpVersion', 'cookies', 'headers', 'queryString', 'headersSize', 'bodySize'],
                properties: {
                  method: { type: 'string' },
                  url: { type: 'string' },
                  httpVersion: { type: 'string' },
                  cookies: { type: 'array' },
                  headers: nameValues,
                  queryString: nameValues,
                  postData: { type: 'object', required: ['mimeType', 'text'], properties: { mimeType: { type: 'string' }, text: { type: 'string' } } },
                  headersSize: { type: 'integer' },
                  bodySize: { type: 'integer' },
                },
              },
              response: {
                type: 'object',
                required: ['status', 'statusText', 'httpVersion', 'cookies', 'headers', 'content', 'redirectURL', 'headersSize', 'bodySize'],
                properties: {
                  status: { type: 'integer' },
                  statusText: { type: 'string' },
                  httpVersion: { type: 'string' },
                  cookies: { type: 'array' },
                  headers: nameValues,
                  content: { type: 'object', required: ['size', 'mimeType'], properties: { size: { type: 'integer' }, mimeType: { type: 'string' }, text: { type: 'string' } } },
                  redirectURL: { type: 'string' },
                  headersSize: { type: 'integer' },
                  bodySize: { type: 'integer' },
                },
              },
              cache: { type: 'object' },
              timings: {
                type: 'object',
                required: ['send', 'wait', 'receive'],
                properties: { send: { type: 'number', minimum: -1 }, wait: { type: 'number', minimum: -1 }, receive: { type: 'number', minimum: -1 } },
              },
            },
          },
        },
      },
    },
  },
};

describe('reports', () => {
  let mock: { url: string; close(): Promise<void> };
  let dir: string;
  beforeAll(async () => {
    mock = await startMock();
    dir = await mkdtemp(join(tmpdir(), 'portos-reports-'));
  });
  afterAll(async () => {
    await mock?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('--min-coverage 100 fails a run without --destructive, naming what was not reached; a --destructive one reaches every status a check provokes', async () => {
    const login = ['--base-url', mock.url, '--user', '999', '--device', 'BackOffice'];
    const partial = join(dir, 'partial.json');
    const low = await cli([...login, '--min-coverage', '100', '--json', partial]);
    expect(low.code).toBe(1);
    expect(low.stdout).toMatch(/WARN {2}DELETE \/sessions\/\{id\} 204 not observed: lifecycle_own_session was skipped: needs --destructive/);
    expect(low.stdout).toMatch(/FAIL {2}status coverage [\d.]+ % is below --min-coverage 100/);
    const report = JSON.parse(await readFile(partial, 'utf8')) as Report;
    expect(report.summary.failed).toBe(0);
    expect(report.ok).toBe(false);
    expect(report.coverage!.gate).toEqual({ minPercent: 100, met: false });
    expect(report.coverage!.statuses.declared).toBeGreaterThan(report.coverage!.statuses.observed);
    expect(report.coverage!.statuses.percent).toBe(Math.floor((report.coverage!.statuses.observed / report.coverage!.statuses.declared) * 1000) / 10);

    const full = join(dir, 'full.json');
    // --probe sends every operator once, so the operator coverage is complete too.
    const high = await cli([...login, '--destructive', '--probe', '--min-coverage', '90', '--json', full]);
    expect(high.code, high.stdout).toBe(0);
    const fullReport = JSON.parse(await readFile(full, 'utf8')) as Report;
    // What stays unobserved is what no check of the suite provokes (a device's 403 needs a user without
    // the right, DELETE's 423 a device in use); every status a check provokes was observed.
    const missed = fullReport.coverage!.statuses.items.filter((item) => item.observed === 0);
    expect(missed.map((item) => `${item.method} ${item.path} ${item.status}: ${item.reason}`)).toEqual(
      missed.map((item) => `${item.method} ${item.path} ${item.status}: no check of the suite provokes it`),
    );
    expect(missed.every((item) => item.status === 403 || item.status === 423)).toBe(true);
    expect(fullReport.coverage!.statuses.percent).toBeGreaterThanOrEqual(90);
    expect(fullReport.coverage!.undeclared).toEqual([]);
    expect(fullReport.coverage!.paging).toEqual({ skipPastEnd: true, takeZero: true, countTrue: true });
    expect(fullReport.coverage!.operators.every((o) => o.count > 0), JSON.stringify(fullReport.coverage!.operators)).toBe(true);
  });

  it('--har writes every exchange as HAR 1.2, with no token, refresh token or password in it', async () => {
    const report = await runChecks({ target: { baseUrl: mock.url, user: '100', password: 'jana100', device: 'BackOffice' }, destructive: true, fuzz: 5, seed: 3 });
    const har = formatHarReport(report);
    const parsed = JSON.parse(har) as { log: { entries: unknown[] } };
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(HAR_SCHEMA);
    expect(validate(parsed), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(parsed.log.entries).toHaveLength(report.journal!.length);
    // Every secret the run handled: each token pair the server issued, and the password.
    const secrets = new Set<string>(['jana100']);
    for (const exchange of report.journal!) {
      const body = exchange.response?.json as { tokenId?: unknown; refreshToken?: unknown } | undefined;
      if (typeof body?.tokenId === 'string') secrets.add(body.tokenId);
      if (typeof body?.refreshToken === 'string') secrets.add(body.refreshToken);
    }
    expect(secrets.size).toBeGreaterThan(3);
    for (const secret of secrets) expect(har.includes(secret), `the HAR contains a secret ending …${secret.slice(-4)}`).toBe(false);
    // The same for every other report of that run.
    for (const text of [formatJsonReport(report), formatJunitReport(report), formatMarkdownReport(report), formatHtmlReport(report)]) {
      for (const secret of secrets) expect(text.includes(secret)).toBe(false);
    }
  });

  it('repeats the same fuzz queries for the same --seed, and every report names the seed and options', async () => {
    // A pinned clock and one token: nothing changes on the server between the two runs.
    const pinned = await startServer({ port: 0, host: '127.0.0.1', clock: '2023-08-04T21:30:00Z' });
    try {
      const response = await fetch(`${pinned.url}/api/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
      });
      const { tokenId } = (await response.json()) as { tokenId: string };
      const run = (seed: number) => runChecks({ target: { baseUrl: pinned.url, token: tokenId }, only: ['fuzz_matches_reference'], fuzz: 25, seed });
      const sequence = (report: Report) => report.journal!.map((e) => `${e.request.method} ${e.request.url}`);
      const [first, second, other] = [await run(7), await run(7), await run(8)];
      expect(first.results.find((r) => r.name === 'fuzz_matches_reference')?.status).toBe('pass');
      expect(sequence(second)).toEqual(sequence(first));
      expect(sequence(other)).not.toEqual(sequence(first));
      for (const text of [formatJsonReport(first), formatJunitReport(first), formatMarkdownReport(first), formatHtmlReport(first), formatHarReport(first)]) {
        expect(text).toContain('7');
        expect(text).toMatch(/seed\D{0,12}7\b/);
      }
      expect(xmlProblems(formatJunitReport(first))).toEqual([]);
      expect(JSON.parse(formatJsonReport(first)).options).toMatchObject({ seed: 7, fuzz: 25, only: ['fuzz_matches_reference'], auth: { kind: 'token' } });
    } finally {
      await pinned.close();
    }
  });

  it('the CLI records the command that repeats the run, with secrets as variables', async () => {
    const json = join(dir, 'command.json');
    const { code } = await cli(['--base-url', mock.url, '--user', '100', '--password', 'jana100', '--device', 'BackOffice', '--only', 'auth', '--json', json]);
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.options.command).toBe(
      `npm run contract -- --base-url ${mock.url} --user 100 --password "$PORTOS_PASSWORD" --device BackOffice --only auth --json ${json} --seed ${report.options.seed}`,
    );
    expect(report.options.reports).toEqual({ json });
  });

  it('says "answered 404 with an empty body" when a refused login has no body, not "answered 404 ."', async () => {
    const empty = await startForwarder(mock.url, async (request) =>
      request.method === 'POST' && new URL(request.url).pathname === '/api/auth' ? new Response(null, { status: 404 }) : fetch(request),
    );
    try {
      const { code, stderr } = await cli(['--base-url', empty.url, '--user', '999', '--device', 'BackOffice']);
      expect(code).toBe(2);
      expect(stderr).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/api\/auth answered 404 with an empty body\. Check --user, --password and --device\.$/m);
    } finally {
      await empty.close();
    }
  });

  describe('in GitHub Actions', () => {
    let broken: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      broken = await startForwarder(
        mock.url,
        compose(rewriteJson((request) => isGet(request, /^\/sessions\/[^/]+$/), (body) => eachSession(body, (session) => delete session.expiresAt))),
      );
    });
    afterAll(async () => {
      await broken?.close();
    });

    it('prints ::error and ::warning annotations and appends the Markdown summary to GITHUB_STEP_SUMMARY', async () => {
      const summary = join(dir, 'step-summary.md');
      await writeFile(summary, '# an earlier step\n');
      const markdown = join(dir, 'nested/deeper/summary.md');
      const { code, stdout } = await cli(['--base-url', broken.url, '--user', '999', '--device', 'BackOffice', '--markdown', markdown], {
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: summary,
      });
      expect(code).toBe(1);
      expect(stdout).toMatch(/^::error title=response_schema_conformance::\(root\) must have required property 'expiresAt' \(GET http:\/\/127\.0\.0\.1:\d+\/sessions\/\w+\)$/m);
      expect(stdout).toMatch(/^::warning title=coverage::DELETE \/sessions\/\{id\} 204 not observed/m);
      const written = await readFile(markdown, 'utf8');
      expect(await readFile(summary, 'utf8')).toBe(`# an earlier step\n${written}`);
      expect(written).toMatch(/^# PORTOS contract: FAILED$/m);
      expect(written).toMatch(/^### FAIL `response_schema_conformance` \(conformance, documented\)$/m);
      expect(written).toContain('"Authorization: Bearer $PORTOS_TOKEN"');
      expect(written).toMatch(/\*\*Status coverage: [\d.]+ %\*\*/);
    });

    it('without GITHUB_ACTIONS prints no workflow commands and writes no step summary', async () => {
      const { stdout } = await cli(['--base-url', broken.url, '--user', '999', '--device', 'BackOffice', '--only', 'operations_succeed']);
      expect(stdout).not.toMatch(/^::/m);
    });

    it('escapes %, CR and LF (and : and , in properties) as GitHub requires', () => {
      expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
      expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    });
  });
});
