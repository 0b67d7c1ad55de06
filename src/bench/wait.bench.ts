/**
 * Where a user waits before the first request (issue #18): what a test file pays to import the mock, and what
 * a page load pays to download it. Each figure is a ratio to a baseline measured in the same run.
 *
 * - per test file: a fresh Node process imports the BUILT package (what `npm install portos-mock` gives) and
 *   makes the first `createMockApi()` (awaiting `ready`), against a fresh process importing `msw/node`;
 *   median of `runs`, all interleaved so that drift hits each alike. Two more rows say where the time goes:
 *   `import('msw')`, the msw core the mock imports itself (the mock's ratio cannot go below this one's), and
 *   the same built package bundled into one module (esbuild, dependencies external): what the ESM loader
 *   costs per module (resolve, read, compile) over the package's ≈ 140 modules.
 * - browser: the package's main entry bundled for a browser by esbuild (minified, msw external, ESM), raw
 *   and gzipped, with the biggest inputs (what to cut next).
 *
 * The build goes to node_modules/.cache/portos-mock-bench/ (inside the project, so the built files resolve
 * the project's own dependencies as an installed package would; never into the working tree's dist/).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD = join(ROOT, 'node_modules', '.cache', 'portos-mock-bench');

function run(command: string, args: string[], cwd = ROOT): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, timeout: 300_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** Compiles the package as `npm run build` does, into the bench's cache folder; returns the main entry. */
export async function buildPackage(): Promise<string> {
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(BUILD, { recursive: true });
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', BUILD]);
  // As `npm run build` does: the generated validators are JavaScript already, tsc does not emit them.
  for (const file of ['validators', 'record-validators'].flatMap((name) => [`${name}.js`, `${name}.d.ts`])) {
    copyFileSync(join(ROOT, 'src', 'generated', `portos-sessions.${file}`), join(BUILD, 'src', 'generated', `portos-sessions.${file}`));
  }
  return join(BUILD, 'src', 'msw', 'index.js');
}

/** ms from process start of the script's first statement to the end of `body`, in a fresh process. */
async function timeInFreshProcess(body: string): Promise<number> {
  const script = `const t0 = performance.now(); ${body}; process.stdout.write(String(performance.now() - t0));`;
  const out = await run(process.execPath, ['--input-type=module', '-e', script]);
  return Number(out.trim());
}

export interface ImportCost {
  mockMs: number[];
  mswMs: number[];
  /** `import('msw')`: the msw core, which the mock imports itself. */
  mswCoreMs: number[];
  /** The mock as `mockMs`, from the built package bundled into one module. */
  bundledMs: number[];
}

/** The built main entry bundled into one ESM module for Node (dependencies external), beside the build. */
async function bundleForNode(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(BUILD, 'node-bundle', 'index.js');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile, logLevel: 'silent' });
  return outfile;
}

/** `import(built portos-mock)` + first `createMockApi()` against `import('msw/node')`, `runs` times each. */
export async function importCost(entry: string, runs: number): Promise<ImportCost> {
  const first = (file: string) => `const { createMockApi } = await import(${JSON.stringify(pathToFileURL(file).href)}); const api = createMockApi(); await api.ready`;
  const mock = first(entry);
  const bundled = first(await bundleForNode(entry));
  const result: ImportCost = { mockMs: [], mswMs: [], mswCoreMs: [], bundledMs: [] };
  for (let i = 0; i < runs; i++) {
    result.mockMs.push(await timeInFreshProcess(mock));
    result.mswMs.push(await timeInFreshProcess(`await import('msw/node')`));
    result.mswCoreMs.push(await timeInFreshProcess(`await import('msw')`));
    result.bundledMs.push(await timeInFreshProcess(bundled));
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
  const inBuild = path.split('portos-mock-bench/')[1];
  if (inBuild !== undefined) return inBuild.split('/').slice(0, 2).join('/');
  const inModules = path.split('node_modules/').at(-1)!;
  const segments = inModules.split('/');
  return segments[0]!.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0]!;
}

/**
 * The main entry bundled for a browser (esbuild, minified, msw external, code splitting as Vite does), raw and
 * gzipped: the chunks a page load fetches, apart from those only a dynamic `import()` fetches.
 */
export async function browserBundle(entry: string): Promise<BundleSize> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
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
