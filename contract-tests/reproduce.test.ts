/**
 * Reproductions: a failure's curl line, pasted into bash with PORTOS_TOKEN set to a live token, gets the
 * same failing answer from the same broken server. And the line never holds a secret.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateResponse } from '../src/spec/index.ts';
import { main } from './main.ts';
import { curlCommand, reproduceExchange } from './report/reproduce.ts';
import { compose, eachSession, isGet, rewriteJson, startForwarder, startMock, outputOf } from './test-helpers.ts';
import type { Exchange, Report } from './types.ts';

const CURL = '/usr/bin/curl';
const hasCurl = existsSync(CURL);

/**
 * Runs one bash line; returns the status, headers and body curl -i printed. Asynchronous: the servers
 * it calls run in this process.
 */
async function runCurlLine(line: string, env: Record<string, string>): Promise<{ status: number; headers: string; body: string }> {
  const result = await outputOf(spawn('bash', ['-c', line], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  expect(result.code, result.stderr).toBe(0);
  const [head = '', ...rest] = result.stdout.split(/\r?\n\r?\n/);
  const status = Number(/^HTTP\/[\d.]+ (\d{3})/.exec(head)?.[1]);
  return { status, headers: head, body: rest.join('\n\n') };
}

async function login(url: string, user: string, device: string, password?: string): Promise<string> {
  const response = await fetch(`${url}/api/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: user, DeviceName: device, ...(password ? { Password: password } : {}) }),
  });
  return ((await response.json()) as { tokenId: string }).tokenId;
}

describe('a failure carries a reproduction', () => {
  let mock: { url: string; close(): Promise<void> };
  let broken: { url: string; close(): Promise<void> };
  let dir: string;
  beforeAll(async () => {
    mock = await startMock();
    // 5-dropped-field: every single session comes back without its required `expiresAt`.
    broken = await startForwarder(
      mock.url,
      compose(rewriteJson((request) => isGet(request, /^\/sessions\/[^/]+$/), (body) => eachSession(body, (session) => delete session.expiresAt))),
    );
    dir = await mkdtemp(join(tmpdir(), 'portos-reproduce-'));
  });
  afterAll(async () => {
    await broken?.close();
    await mock?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasCurl)('whose curl line, run by bash with a live PORTOS_TOKEN, gets the same failing answer', async () => {
    const json = join(dir, 'broken.json');
    let stdout = '';
    const argv = ['--base-url', broken.url, '--user', '999', '--device', 'BackOffice', '--only', 'operations_succeed', '--json', json];
    const code = await main(argv, { stdout: (text) => (stdout += text), stderr: () => undefined }, {});
    expect(code).toBe(1);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    const failure = report.results.find((r) => r.name === 'response_schema_conformance')!.failures[0] as Report['results'][0]['failures'][0] & {
      reproduction: { curl: string; response: { status: number }; expected: string; actual: string };
    };
    expect(failure.message).toBe("(root) must have required property 'expiresAt'");
    expect(failure.reproduction.expected).toMatch(/^a body valid against the schema of getSession 200 application\/json$/);
    expect(failure.reproduction.actual).toBe("(root) must have required property 'expiresAt'");
    // The same line is in the console report.
    const curl = failure.reproduction.curl;
    expect(stdout).toContain(`curl:     ${curl}`);
    expect(curl).toContain('"Authorization: Bearer $PORTOS_TOKEN"');

    const token = await login(broken.url, '999', 'BackOffice');
    expect(curl).not.toContain(token);
    const again = await runCurlLine(curl, { PORTOS_TOKEN: token });
    expect(again.status).toBe(failure.reproduction.response.status);
    const issues = validateResponse('getSession', again.status, 'application/json', JSON.parse(again.body)).body;
    expect(issues.map((i) => `${i.path || '(root)'} ${i.message}`)).toContain(failure.message);
  });

  it.skipIf(!hasCurl)('splices secrets in a request body in as shell variables, so the line still works', async () => {
    const exchange: Exchange = {
      operationId: 'login',
      request: {
        method: 'POST',
        url: `${mock.url}/api/auth`,
        headers: { 'content-type': 'application/json', 'user-agent': 'node' },
        body: JSON.stringify({ UserName: '100', Password: "jana100 can't leak", DeviceName: 'BackOffice' }),
      },
      durationMs: 1,
    };
    const curl = curlCommand(exchange);
    expect(curl).not.toContain('jana100');
    expect(curl).toContain(`"$PORTOS_PASSWORD"`);
    expect(curl).not.toContain('user-agent');
    expect(reproduceExchange(exchange).request.body).toBe('{"UserName":"100","Password":"$PORTOS_PASSWORD","DeviceName":"BackOffice"}');
    const answer = await runCurlLine(curl, { PORTOS_PASSWORD: 'jana100' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ tokenId: expect.any(String) });
  });

  it('quotes URLs and values so bash expands nothing but the variables', () => {
    const exchange: Exchange = {
      operationId: 'getSessions',
      request: { method: 'GET', url: "http://x/sessions?$sort=-startedAt&sessionId=in:a'b:$(touch%20x)", headers: { authorization: 'Bearer secret-token-123456' } },
      durationMs: 1,
    };
    expect(curlCommand(exchange)).toBe(
      `curl -sS -i --globoff 'http://x/sessions?$sort=-startedAt&sessionId=in:a'\\''b:$(touch%20x)' -H "Authorization: Bearer $PORTOS_TOKEN"`,
    );
    // The suite's deliberately invalid tokens are public and written as sent.
    expect(curlCommand({ ...exchange, request: { ...exchange.request, headers: { authorization: 'Bearer garbage' } } })).toContain(`-H 'Authorization: Bearer garbage'`);
  });
});
