/**
 * Where a user waits before the first request (issue #18): what a test file pays to import the mock, and what
 * a page load pays to download it. Each figure is a ratio to a baseline measured in the same run.
 *
 * - per test file: a fresh Node process runs `import('portos-mock')`, resolved by name through the BUILT
 *   package's `exports` (what `npm install portos-mock` gives: `npm run build`'s bundled entry and chunks),
 *   and makes the first `createMockApi()` (awaiting `ready`), against a fresh process importing
 *   `msw/node`; median of `runs`, all interleaved so that drift hits each alike. Two more rows say where
 *   the time goes: `import('msw')`, the msw core the mock imports itself (the mock's ratio cannot go below
 *   this one's), and the built main entry bundled into one module (esbuild, dependencies external): what
 *   the ESM loader still costs for the entry's shared chunks.
 * - browser: the package's main entry bundled for a browser by esbuild (minified, msw external, ESM), raw
 *   and gzipped, with the biggest inputs (what to cut next). It bundles the entry's source, which is what
 *   the built entry is bundled from, so that the inputs name source folders rather than dist's chunks.
 *
 * The build goes to node_modules/.cache/portos-mock-bench/node_modules/portos-mock/ (package.json + dist/:
 * inside the project, so the built files resolve the project's own dependencies as an installed package
 * would, and a process started in the cache folder resolves `portos-mock` by name; never into the working
 * tree's dist/).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD = join(ROOT, 'node_modules', '.cache', 'portos-mock-bench');

/** The built package, installed as a consumer's project has it: `node_modules/portos-mock`. */
const PACKAGE = join(BUILD, 'node_modules', 'portos-mock');
/** The main entry's source: what the browser section bundles. */
const MAIN_SOURCE = join(ROOT, 'src', 'msw', 'index.ts');

function run(command: string, args: string[], cwd = ROOT): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, timeout: 300_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/**
 * Builds the package with `npm run build`'s own script into the bench's cache folder, as
 * `node_modules/portos-mock` (package.json + dist/); returns the built main entry.
 */
export async function buildPackage(): Promise<string> {
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(PACKAGE, { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(PACKAGE, 'package.json'));
  await run(process.execPath, [join(ROOT, 'src', 'build', 'build-package.ts'), '--outdir', join(PACKAGE, 'dist')]);
  // The main entry as package.json's `exports` names it (import.meta.resolve ignores a parent URL without
  // --experimental-import-meta-resolve, and would find this repository's own package instead).
  const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as { exports: { '.': { import: { default: string } } } };
  return join(PACKAGE, manifest.exports['.'].import.default);
}

/** One fresh process: wall ms and CPU ms (user + system) from the script's first statement to the end of `body`. */
interface Sample {
  wall: number;
  cpu: number;
}

/** Runs `body` in a fresh process started in the cache folder (where `portos-mock` resolves to the build). */
async function timeInFreshProcess(body: string): Promise<Sample> {
  const script = `const t0 = performance.now(); const c0 = process.cpuUsage(); ${body}; const c = process.cpuUsage(c0); process.stdout.write(JSON.stringify({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 }));`;
  const out = await run(process.execPath, ['--input-type=module', '-e', script], BUILD);
  return JSON.parse(out) as Sample;
}

/**
 * Each row's samples, wall clock and CPU time. Wall clock is what a user waits; on a loaded box it swings
 * with the other processes (the same build measured 1.16× and 2.01× in two runs), while the process's CPU
 * time is what the import itself costs, so both are printed.
 */
export interface ImportCost {
  mock: Sample[];
  msw: Sample[];
  /** `import('msw')`: the msw core, which the mock imports itself. */
  mswCore: Sample[];
  /** The mock as `mock`, from the built main entry bundled into one module. */
  bundled: Sample[];
}

/** The built main entry bundled into one ESM module for Node (dependencies external), beside the build. */
async function bundleForNode(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(BUILD, 'node-bundle', 'index.js');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile, logLevel: 'silent' });
  return outfile;
}

/** `import('portos-mock')` (built) + first `createMockApi()` against `import('msw/node')`, `runs` times each. */
export async function importCost(entry: string, runs: number): Promise<ImportCost> {
  const first = (specifier: string) => `const { createMockApi } = await import(${JSON.stringify(specifier)}); const api = createMockApi(); await api.ready`;
  // By name, as a consumer's test file imports it: resolved through the built package's `exports`.
  const mock = first('portos-mock');
  const bundled = first(pathToFileURL(await bundleForNode(entry)).href);
  const result: ImportCost = { mock: [], msw: [], mswCore: [], bundled: [] };
  for (let i = 0; i < runs; i++) {
    result.mock.push(await timeInFreshProcess(mock));
    result.msw.push(await timeInFreshProcess(`await import('msw/node')`));
    result.mswCore.push(await timeInFreshProcess(`await import('msw')`));
    result.bundled.push(await timeInFreshProcess(bundled));
  }
  return result;
}

export interface BundleSize {
  /** What a page load fetches: the entry chunk and the chunks it imports statically. */
  bytes: number;
  gzipBytes: number;
  /** The chunks loaded only by a dynamic `import()` (e.g. @msw/data, for `store.collection(…)`), never by a page that does not ask. */
  lazyBytes: number;
  lazyGzipBytes: number;
  /** The biggest inputs by bytes in what a page load fetches, largest first. */
  inputs: { path: string; bytes: number }[];
}

/** A dependency's package name, or the project folder (`src/spec`) an input comes from. */
function partOf(path: string): string {
  if (!path.includes('node_modules/')) return path.split('/').slice(0, path.startsWith('src/') ? 2 : 1).join('/');
  const inModules = path.split('node_modules/').at(-1)!;
  const segments = inModules.split('/');
  return segments[0]!.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0]!;
}

/**
 * The main entry bundled for a browser (esbuild, minified, msw external, code splitting as Vite does), raw and
 * gzipped: the chunks a page load fetches, apart from those only a dynamic `import()` fetches.
 */
export async function browserBundle(): Promise<BundleSize> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [MAIN_SOURCE],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir: join(BUILD, 'browser'),
    external: ['msw', 'msw/*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const code = new Map(result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]));
  const entryName = Object.keys(outputs).find((name) => outputs[name]!.entryPoint !== undefined)!;
  // The entry and what it imports statically, transitively: what a page load fetches.
  const initial = new Set<string>();
  for (const pending = [entryName]; pending.length > 0; ) {
    const name = pending.pop()!;
    if (initial.has(name)) continue;
    initial.add(name);
    for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) pending.push(imported.path);
  }
  const size = (names: string[]) => ({
    bytes: names.reduce((sum, name) => sum + code.get(name)!.byteLength, 0),
    gzip: names.reduce((sum, name) => sum + gzipSync(code.get(name)!, { level: 9 }).byteLength, 0),
  });
  const names = Object.keys(outputs).filter((name) => name.endsWith('.js'));
  const fetched = size(names.filter((name) => initial.has(name)));
  const lazy = size(names.filter((name) => !initial.has(name)));
  const byPart = new Map<string, number>();
  for (const name of initial) {
    for (const [path, { bytesInOutput }] of Object.entries(outputs[name]!.inputs)) byPart.set(partOf(path), (byPart.get(partOf(path)) ?? 0) + bytesInOutput);
  }
  const inputs = [...byPart].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { bytes: fetched.bytes, gzipBytes: fetched.gzip, lazyBytes: lazy.bytes, lazyGzipBytes: lazy.gzip, inputs };
}
