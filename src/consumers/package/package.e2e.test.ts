/**
 * The package as a consumer gets it. The repository is copied to a temp dir (its node_modules linked in),
 * so `npm pack` — whose `prepack` rebuilds dist/ — never writes into the working tree; then the install
 * block of docs/consumers.md (the same as README's) runs line by line as written: pack into `my-app`,
 * install the tarball there next to msw. The same tarball also goes next to msw 2.12, the oldest msw the
 * peer range claims. In both projects every `exports` entry is imported by its public name
 * (check-exports.mjs), one login + list runs through msw's `setupServer` and `startServer`, every
 * `types` condition is type-checked, and the installed bins run on Node 24 and on an older Node.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSteps, vitestSnippet, type InstallStep } from '../docs-sync.ts';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
const steps = installSteps(await readFile(join(repo, 'docs/consumers.md'), 'utf8'));
/** The README's vitest block, with the vitest globals it uses (`globals: true`) declared. */
const SNIPPET = `declare function beforeAll(fn: () => unknown): void;
declare function afterEach(fn: () => unknown): void;
declare function afterAll(fn: () => unknown): void;
${vitestSnippet(await readFile(join(repo, 'README.md'), 'utf8'))}
`;
/** Quieter and cache-first; none of them changes what gets installed. */
const INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
/** What the copy leaves out: installs, builds and caches (see .gitignore), and git's own data. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', 'coverage', '.vitest-cache']);
const BINS = Object.keys(manifest.bin ?? {}).sort();
/** The oldest Node the package supports (`engines.node` is `>=X.Y`). */
const FLOOR = (/^>=(\d+)\.(\d+)$/.exec(manifest.engines?.node ?? '') ?? []).slice(1).map(Number);

/**
 * A `node` on PATH older than the floor, outside every node_modules (npm and vitest put
 * node_modules/.bin, with Node 24, first): the machine's own Node, such as a Node 20 in /usr/bin.
 */
async function olderNodeOnPath(): Promise<{ dir: string; version: string } | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.includes('node_modules') || !existsSync(join(dir, 'node'))) continue;
    const version = (await run(join(dir, 'node'), ['--version'])).stdout.trim();
    const [major = 0, minor = 0] = version.slice(1).split('.').map(Number);
    if (major < FLOOR[0]! || (major === FLOOR[0] && minor < FLOOR[1]!)) return { dir, version };
  }
  return undefined;
}
const olderNode = await olderNodeOnPath();

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
import { signRequest, verifyRequest, type VerifyResult } from 'portos-mock/nws4';

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
const verified: Promise<VerifyResult> | undefined = undefined;
const signed: Promise<Request> = signRequest(new Request('http://portos.test/sessions'), { clientId: 'k', clientSecret: 's' });
void [api, same, seeded, sessionId, login, samePaths, query, options, running, verified, signed, parse, evaluate, validateResponse, runChecks, startServer, verifyRequest];
`;

let work: string;
let myAppExistedBefore: boolean | undefined;
let packedFiles: string[];
/** Consumer projects by msw major: `msw3` is the docs' `my-app`. */
const dirs: Record<string, string> = {};

/** `npm <args>` in `cwd`; npm runs on the Node that runs this test (Node 24 from the `node` devDependency). */
function npm(args: string[], cwd: string) {
  return run('npm', args, { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** The repository as a clone would have it, without writing to the working tree: node_modules is linked. */
async function copyOfRepository(to: string): Promise<void> {
  await cp(repo, to, { recursive: true, filter: (source) => !NOT_COPIED.has(basename(source)) && !source.endsWith('.tgz') });
  await symlink(join(repo, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** Runs one documented step in `work`; the clone's `npm install` is what its linked node_modules holds. */
async function runStep(step: InstallStep, extra: string[] = []): Promise<string> {
  if (step.cwd === 'portos-mock' && step.argv.join(' ') === 'npm install') return '';
  const [command, ...args] = step.argv;
  if (command === 'mkdir' && args[0] === '-p' && args.length === 2) {
    await run('mkdir', args, { cwd: join(work, step.cwd) });
    return '';
  }
  if (command !== 'npm') throw new Error(`the install block may only run npm and mkdir -p, not: ${step.argv.join(' ')}`);
  const { stdout } = await npm([...args, ...extra], join(work, step.cwd)).catch((error) => {
    // npm prints a failed build's compiler errors on stdout, which execFile's message leaves out.
    throw new Error(`${step.argv.join(' ')} (in ${step.cwd}) failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  });
  return stdout;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'portos-package-'));
  await copyOfRepository(join(work, 'portos-mock'));
  const [install, mkdirApp, pack, init, add] = steps;
  if (!install || !mkdirApp || !pack || !init || !add || steps.length !== 5) throw new Error('docs-sync.test.ts pins the install block to five steps');
  // Nothing creates `my-app` but the block itself: it runs where no project exists yet.
  myAppExistedBefore = existsSync(join(work, add.cwd));
  dirs.msw3 = join(work, add.cwd);
  dirs.msw2 = join(work, 'msw2');

  await runStep(install);
  await runStep(mkdirApp);
  const stdout = await runStep(pack, ['--json', '--loglevel=error']);
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  packedFiles = packed.files.map((file: { path: string }) => file.path);
  // The msw 2.12 project is this test's own, made the same way: `npm init -y`, so CommonJS too.
  await mkdir(dirs.msw2);
  await copyFile(join(dirs.msw3, packed.filename), join(dirs.msw2, packed.filename));
  await Promise.all([runStep(init), runStep({ ...init, cwd: 'msw2' })]);

  const msw2 = { ...add, cwd: 'msw2', argv: add.argv.map((word) => (word === 'msw' ? 'msw@~2.12' : word)) };
  await Promise.all([runStep(add, INSTALL_FLAGS), runStep(msw2, INSTALL_FLAGS)]);
  for (const dir of Object.values(dirs)) await copyFile(fileURLToPath(new URL('check-exports.mjs', import.meta.url)), join(dir, 'check-exports.mjs'));
}, 180_000);

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
    // The JSON fixtures are inlined in the bundled modules (src/build/build-package.ts).
    expect(packedFiles.filter((path) => path.endsWith('.json') && path !== 'package.json')).toEqual([]);
    // An entry is a path or conditions, which may nest (`import` / `require`, each with `types`).
    const targets = (entry: unknown): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, unknown>).flatMap(targets));
    for (const target of targets(manifest.exports)) {
      expect(packedFiles, `exports target ${target}`).toContain(target.replace(/^\.\//, ''));
    }
  });

  it('declares msw as a peer dependency and is ESM without `main`', () => {
    expect(manifest.peerDependencies?.msw).toBe('^2.12.0 || ^3.0.0');
    expect(manifest.dependencies?.msw).toBeUndefined();
    expect(manifest.type).toBe('module');
    expect(manifest.main).toBeUndefined();
  });

  it('was built in the copy: the working tree has no tarball from this run', () => {
    expect(existsSync(join(work, 'portos-mock', manifest.exports['.'].import.default))).toBe(true);
    expect(existsSync(join(repo, `${manifest.name}-${manifest.version}.tgz`))).toBe(false);
  });
});

// msw is a peer: the same tarball is installed next to msw 3 (the docs' `msw`) and next to msw 2.12.
const PEERS = [
  ['msw3', /^3\./],
  ['msw2', /^2\.12\./],
] as const;

describe('fresh projects with the tarball and msw 3 / msw 2.12', () => {
  it('16.15 the README install block runs where ../my-app does not exist', async () => {
    expect(myAppExistedBefore).toBe(false);
    const app = JSON.parse(await readFile(join(dirs.msw3!, 'package.json'), 'utf8'));
    // `npm init -y` made it, as it makes a reader's new project: CommonJS (see 16.14 below).
    expect(app.type).toBe('commonjs');
    expect(existsSync(join(dirs.msw3!, `${manifest.name}-${manifest.version}.tgz`))).toBe(true);
  });

  it('my-app names the tarball as the docs say, next to msw', async () => {
    const app = JSON.parse(await readFile(join(dirs.msw3!, 'package.json'), 'utf8'));
    expect(app.devDependencies).toEqual({ [manifest.name]: `file:${manifest.name}-${manifest.version}.tgz`, msw: expect.any(String) });
  });

  it.each(PEERS)('%s: imports every export; login + list answer through setupServer and startServer', async (name, version) => {
    const { stdout } = await run(process.execPath, ['check-exports.mjs'], { cwd: dirs[name] });
    expect(JSON.parse(stdout)).toEqual({ setupServer: 60, startServer: 60, msw: expect.stringMatching(version) });
  });

  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  const TSC_FLAGS = ['--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2023', '--lib', 'es2023,dom', '--types', 'node', '--typeRoots', join(repo, 'node_modules/@types')];
  /** `file` with `source` type-checked in each project; tsc's output per project ('' when clean). */
  async function typeCheckEach(file: string, source: string): Promise<string[]> {
    return Promise.all(
      PEERS.map(async ([name]) => {
        await writeFile(join(dirs[name]!, file), source);
        const result = await run(process.execPath, [tsc, ...TSC_FLAGS, file], { cwd: dirs[name] }).catch((error) => error);
        return `${result.stdout ?? ''}${result.stderr ?? ''}`;
      }),
    );
  }

  it('type-checks every export through its `types` condition, with either msw', async () => {
    expect(await typeCheckEach('check-types.ts', CHECK_TYPES)).toEqual(['', '']);
  }, 180_000);

  // msw 2 ships `.d.mts` for `import` and `.d.ts` for `require`: a CommonJS project's `msw/node` and the
  // package's ESM declarations read different copies unless `require` has types of its own (index.cts).
  it('16.14 a CommonJS project type-checks the README snippet with msw 2.12 and msw 3', async () => {
    for (const [name] of PEERS) expect(JSON.parse(await readFile(join(dirs[name]!, 'package.json'), 'utf8')).type, name).toBe('commonjs');
    expect(await typeCheckEach('check-snippet.ts', SNIPPET)).toEqual(['', '']);
  }, 180_000);

  it.each(PEERS)("%s: a CommonJS project's require('portos-mock') gets the handlers", async (name) => {
    const script = "const portos = require('portos-mock'); console.log(typeof portos.createMockApi, portos.createMockApi().handlers.length > 0)";
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: dirs[name] });
    expect(stdout.trim()).toBe('function true');
  });

  // What a user with the machine's Node 20 gets from `npx portos-mock`: the bin's `#!/usr/bin/env node`
  // finds that Node first on PATH.
  it.runIf(olderNode).each(BINS)(`%s on the machine's ${olderNode?.version}: one line on stderr, exit 2`, async (bin) => {
    const PATH = [olderNode!.dir, ...(process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules'))].join(delimiter);
    const result = await run(join(dirs.msw3!, `node_modules/.bin/${bin}`), ['--help'], { cwd: dirs.msw3, env: { ...process.env, PATH } }).then(
      (done) => ({ ...done, code: 0 }),
      (error) => error,
    );
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `${bin} needs Node.js >= ${FLOOR.join('.')}; this is ${olderNode!.version}.\n`,
    });
  });

  // The same guard wherever no older Node is at hand: Node 24 told, before the bin runs, that it is one
  // minor release below the floor (the guard reads `process.version`).
  const below = `v${FLOOR[0]}.${FLOOR[1]! - 1}.0`;
  it.each(BINS)(`%s on a Node that says it is ${below}: one line on stderr, exit 2`, async (bin) => {
    const fake = `--import=data:text/javascript,Object.defineProperty(process,'version',{value:'${below}'})`;
    const result = await run(join(dirs.msw3!, `node_modules/.bin/${bin}`), ['--help'], { cwd: dirs.msw3, env: { ...process.env, NODE_OPTIONS: fake } }).then(
      (done) => ({ ...done, code: 0 }),
      (error) => error,
    );
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `${bin} needs Node.js >= ${FLOOR.join('.')}; this is ${below}.\n`,
    });
  });

  it.each(BINS)('%s --help (node_modules/.bin, Node 24) names the bin, not an npm script', async (bin) => {
    const { stdout } = await run(join(dirs.msw3!, `node_modules/.bin/${bin}`), ['--help'], { cwd: dirs.msw3 });
    // A consumer has no `npm start` or `npm run contract`: the bin is all the help may offer.
    expect(stdout).toMatch(new RegExp(`^Usage: ${bin} `));
    expect(stdout).not.toMatch(/npm (start|run)/);
  });
});
