/**
 * Issue 19.3: the kit signs. `--api-key <clientId> --api-secret-env <VAR>` signs every request the run
 * makes with its own authentication (NWS4-HMAC-SHA256), runs the nws4 negative checks, and no output
 * (console, JUnit, JSON, Markdown, HTML, HAR, step summary, annotations) holds the secret or any
 * Authorization value or signature it sent.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import defaultApiKeys from '../fixtures/apikeys.json' with { type: 'json' };
import { main } from './main.ts';
import { curlCommand } from './report/reproduce.ts';
import { Target } from './target.ts';
import { startMock } from './test-helpers.ts';
import type { Report } from './types.ts';

const key = defaultApiKeys[0] as { clientId: string; clientSecret: string; userName: string; deviceName: string };
const REPORTS = ['junit', 'json', 'markdown', 'har', 'html'] as const;

async function cli(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, env);
  return { code, stdout, stderr };
}

let mock: { url: string; close(): Promise<void> };
let dir: string;
beforeAll(async () => {
  mock = await startMock();
  dir = await mkdtemp(join(tmpdir(), 'portos-apikey-run-'));
});
afterAll(async () => {
  await mock?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a contract run signed with an API key', () => {
  it('19.3 signs every authenticated request, passes against the mock, and no report holds the secret or a signature', async () => {
    // Every Authorization value the run sends, read off the wire.
    const sent: string[] = [];
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const request = new Request(input, init);
      const authorization = request.headers.get('authorization');
      if (authorization) sent.push(authorization);
      return realFetch(request);
    });
    const files = Object.fromEntries(REPORTS.map((name) => [name, join(dir, `contract.${name}`)]));
    const summary = join(dir, 'step-summary.md');
    await writeFile(summary, '');
    let result: Awaited<ReturnType<typeof cli>>;
    try {
      const argv = ['--base-url', mock.url, '--api-key', key.clientId, '--api-secret-env', 'PORTOS_API_SECRET', ...REPORTS.flatMap((name) => [`--${name}`, files[name]!])];
      result = await cli(argv, { PORTOS_API_SECRET: key.clientSecret, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    } finally {
      spy.mockRestore();
    }
    expect(result.code, result.stdout + result.stderr).toBe(0);

    const signed = sent.filter((value) => value.startsWith('NWS4-HMAC-SHA256 '));
    expect(signed.length).toBeGreaterThan(20);
    // Every request that authenticated did so by signature: the only bearer tokens sent are the auth checks' garbage.
    expect(sent.filter((value) => value.startsWith('Bearer ')).every((value) => /Bearer (garbage|eyJhbGciOiJIUzI1NiJ9\.eyJzaWQiOiJub3RBU2)/.test(value))).toBe(true);

    const report = JSON.parse(await readFile(files.json!, 'utf8')) as Report;
    expect(report.options.auth).toEqual({ kind: 'apiKey', clientId: key.clientId });
    expect(report.results.filter((r) => r.group === 'nws4').map((r) => [r.name, r.status])).toEqual([
      ['nws4_tampered_body_rejected', 'pass'],
      ['nws4_stale_timestamp_rejected', 'pass'],
      ['nws4_unknown_key_rejected', 'pass'],
    ]);
    expect(report.results.find((r) => r.name === 'operations_succeed')?.status).toBe('pass');

    const outputs: [string, string][] = [
      ['console', result.stdout + result.stderr],
      ['step summary', await readFile(summary, 'utf8')],
      ...(await Promise.all(REPORTS.map(async (name) => [name, await readFile(files[name]!, 'utf8')] as [string, string]))),
    ];
    const signatures = signed.map((value) => /[0-9a-f]{64}$/i.exec(value)![0]);
    for (const [where, text] of outputs) {
      expect(text.includes(key.clientSecret), `${where} holds the secret`).toBe(false);
      expect(signatures.filter((signature) => text.includes(signature)), `${where} holds a signature`).toEqual([]);
      expect(text, where).not.toMatch(/Signature(=|%3D|%253D)[0-9a-f]/i);
    }
    // The HAR holds every exchange, its Authorization redacted.
    const har = JSON.parse(outputs.find(([where]) => where === 'har')![1]) as { log: { entries: { request: { headers: { name: string; value: string }[] } }[] } };
    const harAuth = har.log.entries.flatMap((e) => e.request.headers.filter((h) => h.name.toLowerCase() === 'authorization').map((h) => h.value));
    expect(harAuth.length).toBeGreaterThan(20);
    expect(harAuth.filter((value) => value.startsWith('NWS4'))).toEqual([]);
  }, 120_000);

  it('19.3 a missing or empty secret variable is one line and exit 2, naming the variable and never a value', async () => {
    for (const env of [{}, { PORTOS_API_SECRET: '' }]) {
      const { code, stdout, stderr } = await cli(['--base-url', mock.url, '--api-key', key.clientId, '--api-secret-env', 'PORTOS_API_SECRET'], env);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/--api-secret-env PORTOS_API_SECRET: that environment variable is not set or empty/);
    }
    const alone = await cli(['--base-url', mock.url, '--api-key', key.clientId], { PORTOS_API_SECRET: key.clientSecret });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/--api-key and --api-secret-env go together/);
    const both = await cli(['--base-url', mock.url, '--api-key', key.clientId, '--api-secret-env', 'S', '--token', 'abcd'], { S: key.clientSecret });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/one of --token, --user or --api-key/);
  });

  it('19.3 a signed request is reproduced by a node line that signs it again from $PORTOS_API_KEY and $PORTOS_API_SECRET, never with the secret or the signature', async () => {
    const target = new Target({ baseUrl: mock.url, apiKey: { clientId: key.clientId, clientSecret: key.clientSecret } });
    const exchange = await target.listSessions('$take=1');
    const authorization = exchange.request.headers.authorization!;
    expect(authorization).toMatch(/^NWS4-HMAC-SHA256 /);
    const line = curlCommand(exchange);
    expect(line).toMatch(/^node --input-type=module -e 'import \{ signRequest \} from "portos-mock\/nws4";/);
    expect(line).toContain('process.env.PORTOS_API_SECRET');
    expect(line).not.toContain(key.clientSecret);
    expect(line).not.toContain(/[0-9a-f]{64}$/.exec(authorization)![0]);
    expect(line).not.toMatch(/x-nd-date/i);
    expect(target.secrets.redact(authorization)).toBe('(redacted)');
  });
});
