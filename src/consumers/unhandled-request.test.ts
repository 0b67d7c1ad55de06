/**
 * The README's vitest block, run as written with msw 3 (the `msw` devDependency) and msw 2.12 (`msw2`, an
 * npm alias): vitest runs it in a temp dir, `msw` and `portos-mock` aliased to those copies and to this
 * repository's entry. A request no handler answers must fail the reader's test even when something out
 * there would answer it (a loopback server here): msw 2 ignored the `onUnhandledFrame` the block passed,
 * bypassed the request, and the test passed.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vitestSnippet } from './docs-sync.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const snippet = vitestSnippet(await readFile(join(repo, 'README.md'), 'utf8'));
const vitest = join(repo, 'node_modules/vitest/vitest.mjs');

/** The reader's tests under the snippet: one request the mock answers, one that nothing mocks. */
const HANDLED = `
it('logs in through the mock', async () => {
  const login = await fetch('https://portos.example/api/auth', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
  });
  expect(login.status).toBe(200);
});
`;
const UNHANDLED = `
it('fetches a URL no handler answers', async () => {
  const answer = await fetch(process.env.UNHANDLED_URL);
  expect(answer.status).toBe(200);
});
`;

const MSW = [
  ['msw 3', 'msw', /^3\./],
  ['msw 2.12', 'msw2', /^2\.12\./],
] as const;

let outside: Server;
let outsideUrl: string;
let work: string;

beforeAll(async () => {
  // What a bypassed request reaches: a server that answers 200, as a real backend would.
  outside = createServer((_request, response) => response.end('reached'));
  await new Promise<void>((done) => outside.listen(0, '127.0.0.1', done));
  outsideUrl = `http://127.0.0.1:${(outside.address() as AddressInfo).port}/not-mocked`;
  work = await mkdtemp(join(tmpdir(), 'portos-unhandled-'));
});

afterAll(async () => {
  await new Promise((done) => outside?.close(done));
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs `test` after the README block with vitest, msw resolved to `mswPackage`; the exit code and output. */
async function runSnippet(mswPackage: string, name: string, test: string): Promise<{ code: number; output: string }> {
  const dir = await mkdtemp(join(work, `${name}-`));
  const version = JSON.parse(await readFile(join(repo, 'node_modules', mswPackage, 'package.json'), 'utf8')).version as string;
  const config = {
    resolve: {
      alias: [
        { find: /^msw\/node$/, replacement: fileURLToPath(import.meta.resolve(`${mswPackage}/node`)) },
        { find: /^msw$/, replacement: fileURLToPath(import.meta.resolve(mswPackage)) },
        { find: /^portos-mock$/, replacement: join(repo, 'src/msw/index.ts') },
      ],
    },
    test: { globals: true, include: ['*.test.ts'], root: dir },
  };
  // The aliases are regular expressions, which JSON cannot carry: write them as literals.
  const source = JSON.stringify(config, (_key, value) => (value instanceof RegExp ? `@@${value.source}@@` : value), 2).replace(/"@@(.*?)@@"/g, (_, body: string) => `/${body.replaceAll('\\\\', '\\')}/`);
  await writeFile(join(dir, 'vitest.config.mjs'), `export default ${source};\n`);
  await writeFile(join(dir, 'snippet.test.ts'), `${snippet}\n${test}`);
  const result = await new Promise<{ code: number; output: string }>((done) => {
    execFile(
      process.execPath,
      [vitest, 'run', '--config', join(dir, 'vitest.config.mjs'), '--reporter=verbose', '--no-color'],
      { cwd: dir, env: { ...process.env, UNHANDLED_URL: outsideUrl, VITEST: undefined, NO_COLOR: '1' }, maxBuffer: 8 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
  return { ...result, output: `(${mswPackage} ${version})\n${result.output}` };
}

describe("the README's vitest block", () => {
  it.each(MSW)('runs with %s: a request the mock answers passes', async (_label, mswPackage, version) => {
    const { code, output } = await runSnippet(mswPackage, 'handled', HANDLED);
    expect(output).toMatch(new RegExp(`\\(${mswPackage} ${version.source.slice(1)}`));
    expect({ code, passed: /1 passed/.test(output) }, output).toEqual({ code: 0, passed: true });
  }, 120_000);

  it.each(MSW)('16.13 the README snippet fails an unhandled request with %s', async (_label, mswPackage) => {
    const { code, output } = await runSnippet(mswPackage, 'unhandled', UNHANDLED);
    expect({ code, failed: /1 failed/.test(output), strategy: /Cannot bypass a request when using the "error" strategy/.test(output) }, output).toEqual({
      code: 1,
      failed: true,
      strategy: true,
    });
  }, 120_000);
});
