/**
 * Specmatic (the `specmatic` devDependency ships its jar) replays the spec's examples against the mock:
 * every test it generates passes, with the paths and responses in the document's order and in reverse,
 * each against a freshly seeded mock with the clock pinned at 2023-08-04T21:30:00Z. Specmatic reads one
 * bearer token per security scheme from the variable named after it, so it cannot send each example the
 * token of its `x-login`: it runs once per login the examples name, on the same mock one after the other,
 * each run with that login's token and filtered to its examples (`EXAMPLE-NAME`); the `backOffice` run
 * (the default login) takes every other example. Log out has a scheme of its own, so it ends another
 * login's session. Specmatic pairs request and response examples by name, and generates no test for a
 * response whose examples have no request of their name (the `missingToken` 401s borrow one with
 * `x-request`, docs/behaviour.md#executable-examples).
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
import { DEFAULT_LOGIN, examplePairs, loginExampleBody, type ExamplePair } from './example-pairs.ts';

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

/** One Specmatic run: the login whose token it sends, and the filter that picks its examples. */
interface Run {
  login: string;
  filter: string;
  /** How many tests the filter must select; undefined for the default login's run (every other example). */
  expectedTests?: number;
}

/** A Specmatic filter term for one example pair (Specmatic names the path by its template). */
const pairTerm = (pair: ExamplePair) => `(METHOD='${pair.operation.method}' && PATH='${pair.operation.path}' && EXAMPLE-NAME='${pair.name}')`;

/**
 * The runs that send every example its own login's token: one per login the example pairs name besides
 * the default, with exactly those pairs, then the default login's run with the rest (the alternatives
 * left out). Pairs without a login (no token, or an operation that takes none) belong to the default run.
 */
function runsByLogin(alternatives: string): Run[] {
  const others = new Map<string, ExamplePair[]>();
  for (const pair of examplePairs) {
    if (pair.login === null || pair.login === DEFAULT_LOGIN) continue;
    others.set(pair.login, [...(others.get(pair.login) ?? []), pair]);
  }
  const elsewhere = [...others.values()].flat().map((pair) => `!${pairTerm(pair)}`);
  return [
    { login: DEFAULT_LOGIN, filter: [alternatives, ...elsewhere].filter(Boolean).join(' && ') },
    ...[...others].map(([login, pairs]) => ({ login, filter: pairs.map(pairTerm).join(' || '), expectedTests: pairs.length })),
  ];
}

interface RunResult extends Run {
  code: number;
  output: string;
}

/** Every run, in the order given, against one freshly seeded mock; each logs in just before it starts. */
async function specmaticAgainstFreshMock(specFile: string, runs: Run[]): Promise<RunResult[]> {
  const mock: RunningServer = await startServer({ port: 0, clock: PINNED });
  try {
    const login = async (name: string) => {
      const answer = await fetch(`${mock.url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(loginExampleBody(name)) });
      return ((await answer.json()) as { tokenId: string }).tokenId;
    };
    const results: RunResult[] = [];
    for (const run of runs) {
      // One token per security scheme: log out (`bearerAuthLogout`) ends a session of its own.
      const env = { ...process.env, bearerAuth: await login(run.login), bearerAuthLogout: await login(DEFAULT_LOGIN) };
      const cwd = await mkdtemp(join(work, 'run-')); // Specmatic writes build/reports/ into its working directory
      results.push(
        await new Promise((done) => {
          execFile(
            'java',
            // C1 only: each run is short, so the JVM's start, not its peak speed, is what costs.
            ['-XX:TieredStopAtLevel=1', '-jar', jar, 'test', specFile, `--testBaseURL=${mock.url}`, `--filter=${run.filter}`],
            { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 200_000 },
            (error, stdout, stderr) => done({ ...run, code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
          );
        }),
      );
    }
    return results;
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
        const runs = runsByLogin(withoutAlternatives(document));
        const results = await specmaticAgainstFreshMock(specFile, order === 'in reverse order' ? runs.reverse() : runs);
        let tests = 0;
        for (const { login, code, output, expectedTests } of results) {
          const result = summary(output);
          expect({ login, ...result, code }, output.slice(-4000)).toEqual({ login, tests: expectedTests ?? expect.any(Number), failures: 0, failed: [], code: 0 });
          tests += result.tests;
        }
        // The clerk's 403s run with the clerk's token; none silently dropped by a filter.
        expect(results.map((result) => result.login)).toContain('clerk');
        // Every operation × status with a request example of its own is a test (45 today: the missingToken
        // 401s borrow theirs); none silently dropped.
        expect(tests).toBeGreaterThanOrEqual(45);
      },
      600_000,
    );
  }
});
