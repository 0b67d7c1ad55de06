/**
 * The package as a consumer gets it: `npm pack` (whose `prepack` runs `npm run build`), the tarball
 * installed into a fresh project next to msw (from the npm cache where possible), every `exports` entry
 * imported by its public name (check-exports.mjs), one login + list through msw's `setupServer` there,
 * and every `types` condition type-checked by the project's own TypeScript.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
const INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** Every `types` condition, type-checked in the consumer with `module: nodenext`. */
const CHECK_TYPES = `
import { createMockApi, defaultFixtures, type MockApi } from 'portos-mock';
import { createMockApi as fromHandlers } from 'portos-mock/handlers';
import { defaultFixtures as fixtures } from 'portos-mock/fixtures';
import type { paths, components } from 'portos-mock/types';
import { parse, evaluate, type NDataQuery } from 'portos-mock/ndata';
import { validateResponse, type paths as specPaths } from 'portos-mock/spec';
import { runChecks, type RunOptions } from 'portos-mock/contract';
import { startServer, type RunningServer } from 'portos-mock/server';

const api: MockApi = createMockApi({ clock: '2023-08-04T21:30:00Z' });
const same: typeof createMockApi = fromHandlers;
const seeded: number = fixtures.users.length + defaultFixtures.devices.length;
type Session = components['schemas']['Session'];
const sessionId: Session['sessionId'] = 'x';
const login: paths['/api/auth']['post']['requestBody']['content']['application/json'] = { UserName: '999', DeviceName: 'BackOffice' };
const samePaths: specPaths extends paths ? true : false = true;
const query: NDataQuery | undefined = undefined;
const options: Partial<RunOptions> = {};
const running: Promise<RunningServer> | undefined = undefined;
void [api, same, seeded, sessionId, login, samePaths, query, options, running, parse, evaluate, validateResponse, runChecks, startServer];
`;

let work: string;
let tarball: string;
let packedFiles: string[];

/** `npm <args>` in `cwd`; npm runs on the Node that runs this test (Node 24 from the `node` devDependency). */
function npm(args: string[], cwd: string) {
  return run('npm', args, { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** A fresh consumer project with the tarball and `msw` installed. */
async function consumer(name: string, msw: string): Promise<string> {
  const dir = join(work, name);
  await run('mkdir', [dir]);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
  await npm(['install', tarball, msw, ...INSTALL_FLAGS], dir);
  await copyFile(fileURLToPath(new URL('check-exports.mjs', import.meta.url)), join(dir, 'check-exports.mjs'));
  return dir;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'portos-package-'));
  const { stdout } = await npm(['pack', '--pack-destination', work, '--json', '--loglevel=error'], repo);
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  tarball = join(work, packed.filename);
  packedFiles = packed.files.map((file: { path: string }) => file.path);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships dist/ and the spec file, and no sources, tests or fixtures outside dist/', () => {
    const bins = Object.values<string>(manifest.bin ?? {}).map((path) => path.replace(/^\.\//, ''));
    const stray = packedFiles.filter(
      (path) => !/^(dist\/|openapi\/portos-sessions\.yaml$|package\.json$|README\.md$|LICENSE)/.test(path) && !bins.includes(path),
    );
    expect(stray).toEqual([]);
    expect(packedFiles.filter((path) => /\.test\.|\.bench\.|test-support|test-helpers/.test(path))).toEqual([]);
    expect(packedFiles).toContain('openapi/portos-sessions.yaml');
    expect(packedFiles).toContain('dist/fixtures/users.json');
    for (const entry of Object.values<Record<string, string> | string>(manifest.exports)) {
      for (const target of typeof entry === 'string' ? [entry] : Object.values(entry)) {
        expect(packedFiles, `exports target ${target}`).toContain(target.replace(/^\.\//, ''));
      }
    }
  });

  it('declares msw as a peer dependency and is ESM without `main`', () => {
    expect(manifest.peerDependencies?.msw).toBe('^2.12.0 || ^3.0.0');
    expect(manifest.dependencies?.msw).toBeUndefined();
    expect(manifest.type).toBe('module');
    expect(manifest.main).toBeUndefined();
  });
});

// msw is a peer: the same tarball is installed next to msw 3 and next to msw 2.12 (the oldest the peer
// range claims), in parallel.
const PEERS = [
  ['msw3', 'msw@^3', /^3\./],
  ['msw2', 'msw@~2.12', /^2\.12\./],
] as const;

describe('fresh projects with the tarball and msw 3 / msw 2.12', () => {
  const dirs: Record<string, string> = {};
  beforeAll(async () => {
    await Promise.all(PEERS.map(async ([name, spec]) => (dirs[name] = await consumer(name, spec))));
  }, 120_000);

  it.each(PEERS)('%s: imports every export; login + list answer through setupServer and startServer', async (name, _spec, version) => {
    const { stdout } = await run(process.execPath, ['check-exports.mjs'], { cwd: dirs[name] });
    expect(JSON.parse(stdout)).toEqual({ setupServer: 60, startServer: 60, msw: expect.stringMatching(version) });
  });

  it('type-checks every export through its `types` condition, with either msw', async () => {
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    const flags = ['--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2023', '--lib', 'es2023,dom', '--types', 'node', '--typeRoots', join(repo, 'node_modules/@types')];
    const outputs = await Promise.all(
      PEERS.map(async ([name]) => {
        await writeFile(join(dirs[name]!, 'check-types.ts'), CHECK_TYPES);
        const result = await run(process.execPath, [tsc, ...flags, 'check-types.ts'], { cwd: dirs[name] }).catch((error) => error);
        return `${result.stdout ?? ''}${result.stderr ?? ''}`;
      }),
    );
    expect(outputs).toEqual(['', '']);
  }, 60_000);

  it.each(['portos-contract', 'portos-mock'])('runs the %s bin (--help) from node_modules/.bin', async (bin) => {
    const { stdout } = await run(join(dirs.msw3!, `node_modules/.bin/${bin}`), ['--help'], { cwd: dirs.msw3 });
    expect(stdout).toContain('Usage:');
  });
});
