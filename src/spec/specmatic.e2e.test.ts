/**
 * Specmatic (the `specmatic` devDependency ships its jar) replays the spec's examples against the mock:
 * every test it generates passes, with the paths and responses in the document's order and in reverse,
 * each against a freshly seeded mock with the clock pinned at 2023-08-04T21:30:00Z. It sends the token
 * of a `backOffice` login (Specmatic reads a bearer token from the variable named after the security
 * scheme; log out has a scheme of its own, so it ends another login's session), pairs request and response examples by name, and generates no test for a response whose
 * examples have no request of their name (the `missingToken` 401s, docs/behaviour.md#executable-examples).
 * The 200 that DELETE may answer instead of 204 (`x-alternative-of`) is filtered out: the mock sends 204.
 * Needs a JVM (Java 17+); without `java` on PATH the test is skipped, saying so.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startServer, type RunningServer } from '../server/serve.ts';
import { loginExampleBody } from './example-pairs.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const SPEC = join(repo, 'openapi/portos-sessions.yaml');
const PINNED = '2023-08-04T21:30:00Z';
const jar = join(dirname(createRequire(import.meta.url).resolve('specmatic/package.json')), 'specmatic.jar');
const specmaticVersion = JSON.parse(await readFile(join(dirname(jar), 'package.json'), 'utf8')).specmaticVersion as string;

/** `java -version` (it prints on stderr), or why there is no JVM to run Specmatic with. */
function findJava(): { version: string; missing?: undefined } | { missing: string } {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) return { missing: `no JVM: \`java -version\` failed (${result.error.message})` };
  if (result.status !== 0) return { missing: `no JVM: \`java -version\` exited ${result.status}` };
  return { version: result.stderr.split('\n')[0] ?? '' };
}
const java = findJava();

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'portos-specmatic-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The spec's DELETE-200-style alternatives, as a Specmatic filter that leaves them out. */
function withoutAlternatives(document: { paths: Record<string, Record<string, { responses?: Record<string, { 'x-alternative-of'?: unknown }> }>> }): string {
  const left: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (response['x-alternative-of'] !== undefined) left.push(`!(METHOD='${method.toUpperCase()}' && PATH='${path}' && STATUS='${status}')`);
      }
    }
  }
  return left.join(' && ');
}

/**
 * The document without the `nws4` security alternative: Specmatic runs each example once per security
 * requirement, and cannot sign an NWS4 request (it would send a random `Authorization` value and expect
 * the example's 200). The NWS4 side is tested by src/server/api-keys.test.ts and the contract kit.
 */
function withoutSigning<T extends { security?: Record<string, unknown>[]; paths: Record<string, Record<string, unknown>>; components?: { securitySchemes?: Record<string, unknown> } }>(document: T): T {
  const bearerOnly = (security: unknown) => (Array.isArray(security) ? security.filter((requirement: Record<string, unknown>) => !('nws4' in requirement)) : security);
  const copy = structuredClone(document);
  if (copy.security) copy.security = bearerOnly(copy.security) as Record<string, unknown>[];
  for (const item of Object.values(copy.paths)) {
    for (const operation of Object.values(item)) {
      if (operation && typeof operation === 'object' && 'security' in operation) (operation as { security: unknown }).security = bearerOnly((operation as { security: unknown }).security);
    }
  }
  delete copy.components?.securitySchemes?.nws4;
  return copy;
}

/** The document with its paths, operations and responses in reverse order. */
function reversed(document: Record<string, unknown> & { paths: Record<string, Record<string, unknown>> }): unknown {
  const flip = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).reverse());
  return {
    ...document,
    paths: flip(
      Object.fromEntries(
        Object.entries(document.paths).map(([path, item]) => [
          path,
          flip(Object.fromEntries(Object.entries(item).map(([key, value]) => [key, value && typeof value === 'object' && 'responses' in value ? { ...value, responses: flip((value as { responses: Record<string, unknown> }).responses) } : value]))),
        ]),
      ),
    ),
  };
}

async function specmaticAgainstFreshMock(specFile: string, filter: string): Promise<{ code: number; output: string }> {
  const mock: RunningServer = await startServer({ port: 0, clock: PINNED });
  try {
    const login = async () => {
      const answer = await fetch(`${mock.url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(loginExampleBody('backOffice')) });
      return ((await answer.json()) as { tokenId: string }).tokenId;
    };
    // One token per security scheme: log out (`bearerAuthLogout`) ends a session of its own.
    const env = { ...process.env, bearerAuth: await login(), bearerAuthLogout: await login() };
    const cwd = await mkdtemp(join(work, 'run-')); // Specmatic writes build/reports/ into its working directory
    return await new Promise((done) => {
      execFile(
        'java',
        ['-jar', jar, 'test', specFile, `--testBaseURL=${mock.url}`, `--filter=${filter}`],
        { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 280_000 },
        (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
  } finally {
    await mock.close();
  }
}

/** Specmatic's summary line and the scenarios it reports as failed. */
function summary(output: string): { tests: number; failures: number; failed: string[] } {
  const line = /Tests run: (\d+), Successes: (\d+), Failures: (\d+)/.exec(output);
  return {
    tests: Number(line?.[1] ?? -1),
    failures: Number(line?.[3] ?? -1),
    failed: [...output.matchAll(/^Scenario: (.*) has FAILED$/gm)].map((match) => match[1]!),
  };
}

describe(`16.18 Specmatic ${specmaticVersion} replays the spec's examples against the mock`, () => {
  for (const order of ['in document order', 'in reverse order'] as const) {
    it(
      `every test passes, ${order}`,
      async (context) => {
        if (java.missing) context.skip(java.missing);
        const document = withoutSigning(parse(await readFile(SPEC, 'utf8')));
        const specFile = join(work, order === 'in reverse order' ? 'portos-sessions.reversed.yaml' : 'portos-sessions.bearer.yaml');
        await writeFile(specFile, stringify(order === 'in reverse order' ? reversed(document) : document));
        const { code, output } = await specmaticAgainstFreshMock(specFile, withoutAlternatives(document));
        const result = summary(output);
        expect({ ...result, code }, output.slice(-4000)).toEqual({ tests: expect.any(Number), failures: 0, failed: [], code: 0 });
        // Every operation × status with a request example is a test (19 today); none silently dropped.
        expect(result.tests, output.slice(-2000)).toBeGreaterThanOrEqual(19);
      },
      300_000,
    );
  }
});
