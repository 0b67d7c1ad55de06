import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/prism/start-prism.ts';
import { checks } from './checks/index.ts';
import { HELP } from './main.ts';
import { cliEnv, compose, eachSession, isGet, rewriteJson, startForwarder, startMock, xmlProblems, outputOf } from './test-helpers.ts';
import type { Report } from './types.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // process.execPath is the Node 24 of the `node` devDependency that runs vitest.
  return outputOf(spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: cliEnv() }));
}

describe('the portos-contract CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portos-contract-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('explains every option with --help and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(HELP);
    for (const option of ['--base-url', '--token', '--user', '--password', '--device', '--destructive', '--no-destructive', '--strict-inferred', '--allow-extra-fields', '--fuzz', '--probe', '--no-probe', '--min-coverage', '--junit', '--json', '--markdown', '--har', '--html', '--timeout', 'GITHUB_STEP_SUMMARY', 'GITHUB_ACTIONS']) {
      expect(stdout).toContain(option);
    }
  });

  it.each([
    [['--bogus'], /usage error: Unknown option '--bogus'/],
    [['--base-url', 'http://127.0.0.1:1'], /usage error: With --base-url, give --api-key with --api-secret-env, --token, or --user and --device/],
    [['--token', 't', '--user', 'u', '--device', 'd'], /usage error: Give either --token or --user, not both/],
    [['--user', '999'], /usage error: --user and --device go together/],
    [['--fuzz', 'many'], /usage error: --fuzz must be a whole number/],
    [['--only', 'nonsense'], /usage error: --only: unknown check or group "nonsense"/],
    [['--min-coverage', '120'], /usage error: --min-coverage must be a percentage from 0 to 100, got "120"/],
    [['--json', ''], /usage error: --json needs a file name/],
    [['--min-coverage', 'most'], /usage error: --min-coverage must be a percentage from 0 to 100, got "most"/],
    [['extra'], /usage error: Unexpected argument 'extra'/],
  ])('exits 2 with one clear line for a usage error: %j', async (args, message) => {
    const { code, stderr, stdout } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('exits 2 and says the server is unreachable when nothing listens', async () => {
    const port = await freePort();
    const { code, stderr } = await runCli(['--base-url', `http://127.0.0.1:${port}`, '--user', '999', '--device', 'BackOffice', '--timeout', '2000']);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`unreachable server: Cannot reach the server at http://127\\.0\\.0\\.1:${port}: POST .*/api/auth failed`));
  });

  it('without --base-url checks its own mock, exits 0 and writes JUnit and JSON reports', async () => {
    const junit = join(dir, 'ok.xml');
    const json = join(dir, 'ok.json');
    const { code, stdout, stderr } = await runCli(['--destructive', '--fuzz', '20', '--probe', '--junit', junit, '--json', json]);
    expect(stderr).toContain("started the project's mock at http://127.0.0.1:");
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/^PASS {2}response_schema_conformance/m);
    expect(stdout).toMatch(/^OK: \d+ passed, 0 failed/m);
    const xml = await readFile(junit, 'utf8');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toMatch(new RegExp(`<testsuites name="PORTOS contract checks: http://127\\.0\\.0\\.1:\\d+" tests="${checks.length}" failures="0"`));
    expect(xml).toContain('<testcase classname="contract.ndata-paging" name="skip_pages_join"');
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.ok).toBe(true);
    expect(report.results.map((r) => r.name)).toContain('deleted_token_rejected');
    expect(report.probe?.length).toBeGreaterThan(0);
  });

  it('with no options runs every check against its own mock: lifecycle, probe and a fuzz are implied, nothing is skipped but the checks of an API-key run', async () => {
    const json = join(dir, 'default.json');
    const { code, stdout } = await runCli(['--json', json]);
    expect(code, stdout).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    // The nws4 checks need a run that signs (--api-key): the default run logs in, as before.
    const needsKey = 'needs --api-key and --api-secret-env (a run that signs its requests)';
    expect(report.results.filter((r) => r.status === 'skip').map((r) => `${r.name}: ${r.note}`)).toEqual(
      ['nws4_tampered_body_rejected', 'nws4_stale_timestamp_rejected', 'nws4_unknown_key_rejected'].map((name) => `${name}: ${needsKey}`),
    );
    expect(report.options).toMatchObject({ destructive: true, probe: true, fuzz: 30 });
    // The probe informs and proves nothing: it is counted as info, not as a pass.
    // The three NWS4 checks need --api-key; this run logs in, so they are skipped with that reason.
    expect(report.summary).toMatchObject({ skipped: 3, info: 1, passed: report.results.length - 4 });
    // Warnings only from coverage: statuses no check of the suite can provoke on the mock (403 needs a
    // user without the right, 423 a device in use).
    expect(report.summary.warned).toBe(0);
    expect(stdout).toMatch(new RegExp(`^OK: ${report.results.length - 4} passed, 0 failed, (0 warnings|(\\d+) warnings \\(\\2 coverage\\)).*, 3 skipped, 1 info; \\d+ requests`, 'm'));
  });

  it('against its own mock keeps the user\'s own choices (--no-destructive, --no-probe, --fuzz 0)', async () => {
    const json = join(dir, 'own-choices.json');
    const { code } = await runCli(['--no-destructive', '--no-probe', '--fuzz', '0', '--json', json]);
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.options).toMatchObject({ destructive: false, probe: false, fuzz: 0 });
    // Lifecycle, resource writes, fuzz and probe: every check that needs an option that was turned off;
    // and the NWS4 checks, which need a run that signs (--api-key).
    const skipped = report.results.filter((result) => result.status === 'skip').map((result) => result.name).sort();
    expect(skipped).toEqual(checks.filter((check) => check.requires !== undefined || check.name.startsWith('nws4_')).map((check) => check.name).sort());
  });

  describe('against a broken server', () => {
    let mock: { url: string; close(): Promise<void> };
    let broken: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      mock = await startMock();
      // Drops a required field and adds markup-like text, to prove the JUnit report escapes it.
      const fetchImpl = compose(
        rewriteJson(
          (request) => isGet(request, /^\/sessions\/[^/]+$/),
          (body) => eachSession(body, (session) => {
            delete session.expiresAt;
            session['<evil attr="&">'] = ']]></failure>';
          }),
        ),
      );
      broken = await startForwarder(mock.url, fetchImpl);
    });
    afterAll(async () => {
      await broken?.close();
      await mock?.close();
    });

    it('exits 1, names the failed check with METHOD URL and response, and still writes well-formed reports', async () => {
      const junit = join(dir, 'broken.xml');
      const json = join(dir, 'broken.json');
      const { code, stdout } = await runCli(['--base-url', broken.url, '--user', '999', '--device', 'BackOffice', '--junit', junit, '--json', json]);
      expect(code).toBe(1);
      expect(stdout).toMatch(/^FAIL {2}response_schema_conformance/m);
      expect(stdout).toMatch(/- \(root\) must have required property 'expiresAt'/);
      expect(stdout).toMatch(new RegExp(`request: {2}GET ${broken.url.replace(/\./g, '\\.')}/sessions/[A-Za-z0-9]{32}`));
      expect(stdout).toMatch(/response: 200 \(content-type: application\/json/);
      const xml = await readFile(junit, 'utf8');
      expect(xmlProblems(xml)).toEqual([]);
      expect(xml).toMatch(/<testcase classname="contract.conformance" name="response_schema_conformance"[^>]*>\s*<properties>.*<\/properties>\s*<failure message=/);
      const report = JSON.parse(await readFile(json, 'utf8')) as Report & { results: { failureCount: number }[] };
      expect(report.ok).toBe(false);
      const schema = report.results.find((r) => r.name === 'response_schema_conformance')!;
      expect(schema.status).toBe('fail');
      expect(schema.failures[0]!.exchange!.request.method).toBe('GET');
      expect(schema.failures[0]!.exchange!.response!.status).toBe(200);
    });
  });
});

describe('reports', () => {
  it('never carry bearer tokens, passwords or token pairs', async () => {
    const { formatJsonReport } = await import('./report/json.ts');
    const { formatConsoleReport } = await import('./report/console.ts');
    const { formatJunitReport } = await import('./report/junit.ts');
    const secret = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2VuLXZhbHVl.c2lnbmF0dXJlLXNlY3JldA';
    const exchange = {
      operationId: 'login',
      request: { method: 'POST', url: 'http://x/api/auth', headers: { authorization: `Bearer ${secret}` }, body: '{"UserName":"u","Password":"hunter2-secret","DeviceName":"d"}' },
      response: { status: 200, headers: {}, text: `{"tokenId":"${secret}","refreshToken":"refresh-secret-value"}`, json: { tokenId: secret, refreshToken: 'refresh-secret-value' } },
      durationMs: 1,
    };
    const report: Report = {
      baseUrl: 'http://x',
      startedAt: new Date(0).toISOString(),
      durationMs: 1,
      options: { destructive: false, strictInferred: false, allowExtraFields: false, fuzz: 0, probe: false, seed: 1, skipped: [] },
      results: [{ name: 'operations_succeed', group: 'conformance', basis: 'documented', summary: '', status: 'fail', failures: [{ message: 'x', exchange }], durationMs: 1 }],
      summary: { total: 1, passed: 0, failed: 1, warned: 0, skipped: 0, info: 0, requests: 1 },
      ok: false,
    };
    for (const text of [formatJsonReport(report), formatConsoleReport(report), formatJunitReport(report)]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain('hunter2-secret');
      expect(text).not.toContain('refresh-secret-value');
    }
  });
});
