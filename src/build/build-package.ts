/**
 * `npm run build`: the package's `dist/`, one bundled ES module per public entry point (package.json
 * `exports` and `bin`), at the very paths those name, plus tsc's declarations beside them.
 *
 * Why bundled (docs/decisions/0009-bundled-package.md): a test file imports the package in a fresh
 * process, and Node's ESM loader pays per module (resolve, read, compile); tsc's one `.js` per source file
 * made ≈ 140 of them for `import('portos-mock')`. esbuild writes each entry plus the chunks entries share
 * (`splitting`), so a module the main entry and `portos-mock/server` both reach exists once in `dist/`
 * and a mock made by one is the mock the other serves. Every npm dependency stays an import (`packages:
 * 'external'`), so a consumer's msw, ajv, ws… are the ones the package uses; `import()` stays dynamic
 * (@msw/data loads on demand: decision 0006); JSON fixtures are inlined; the generated validators (.js)
 * are bundled like any module they are imported by, so no file list names them.
 *
 * One esbuild run for every entry (shared chunks need one run), platform `neutral` with Node's built-ins
 * external: the output is the source's own imports, nothing Node- or browser-specific is added. That the
 * browser-safe entries reach no Node built-in is checked on the output (`nodeImportsOf`).
 *
 * Usage: node src/build/build-package.ts [--outdir <dir>]   (default: dist/ of this repository; the
 * bench builds into its cache with `--outdir`). One line on stderr and exit 1 when the build fails.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The `exports` entries that are Node only (docs/consumers.md); every other entry must run in a browser. */
const NODE_ONLY_EXPORTS = new Set(['./server', './contract']);
/** Where tsc's build config sends its output, and the folder `exports` and `bin` point into. */
const DIST = 'dist';

interface Entry {
  /** The source file (`src/msw/index.ts`). */
  source: string;
  /** The output path relative to dist/ without `.js` (`src/msw/index`), as esbuild's `out`. */
  out: string;
  /** Whether a browser may load it (not a bin, not a Node-only export). */
  browserSafe: boolean;
}

/** Every JavaScript target of an `exports` entry (conditions nest; `types` and non-JS assets left out). */
function scriptTargets(entry: unknown): string[] {
  if (typeof entry === 'string') return entry.endsWith('.js') ? [entry] : [];
  return Object.entries(entry as Record<string, unknown>).flatMap(([condition, value]) => (condition === 'types' ? [] : scriptTargets(value)));
}

/** `./dist/src/msw/index.js` → its source (`src/msw/index.ts`, or a generated `.js` kept as JavaScript). */
function entryFor(target: string, browserSafe: boolean): Entry {
  const inDist = relative(DIST, target.replace(/^\.\//, ''));
  if (inDist.startsWith('..')) throw new Error(`${target} is not under ${DIST}/`);
  const out = inDist.replace(/\.js$/, '');
  const source = [`${out}.ts`, `${out}.js`].find((candidate) => existsSync(join(ROOT, candidate)));
  if (source === undefined) throw new Error(`${target} has no source (${out}.ts)`);
  return { source, out, browserSafe };
}

/** The package's entry points, read from package.json: one source per fact. */
async function entryPoints(): Promise<Entry[]> {
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; bin: Record<string, string> };
  const entries = new Map<string, Entry>();
  for (const [name, entry] of Object.entries(manifest.exports)) {
    for (const target of scriptTargets(entry)) {
      const found = entryFor(target, !NODE_ONLY_EXPORTS.has(name));
      const seen = entries.get(found.out);
      entries.set(found.out, { ...found, browserSafe: found.browserSafe && (seen?.browserSafe ?? true) });
    }
  }
  for (const target of Object.values(manifest.bin)) {
    const found = entryFor(target, false);
    entries.set(found.out, { ...found, browserSafe: false });
  }
  return [...entries.values()];
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * The Node built-ins an output file reaches through its imports, static or dynamic, transitively: what
 * a browser could not load. Each as `built-in (via chunk)`.
 */
function nodeImportsOf(outputs: Metafile['outputs'], file: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const pending = [file]; pending.length > 0; ) {
    const name = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const imported of outputs[name]?.imports ?? []) {
      if (outputs[imported.path]) pending.push(imported.path);
      else if (NODE_BUILTINS.has(imported.path)) found.push(`${imported.path} (via ${name})`);
    }
  }
  return found;
}

/** The declaration files in `dir`, recursively. */
async function declarationFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => /\.d\.c?ts$/.test(name)).map((name) => join(dir, name));
}

const RELATIVE_SPECIFIER = /(?:from\s+|import\(\s*)['"](\.\.?\/[^'"]+)['"]/g;

/**
 * The declarations tsc does not emit, because their module is JavaScript already (the generated
 * validators: `src/generated/*.js` + `.d.ts`): each relative import of an emitted declaration that has no
 * declaration in `outdir` is copied from the repository's own declaration at the same path (a JSON
 * module: the JSON). A missing one with no such file fails the build. Today no emitted declaration
 * imports one (the validators' types stay inside src/spec), so nothing is copied; this keeps it so if
 * one ever does.
 */
async function copyHandWrittenDeclarations(outdir: string): Promise<void> {
  for (const file of await declarationFiles(outdir)) {
    const text = await readFile(file, 'utf8');
    for (const [, specifier] of text.matchAll(RELATIVE_SPECIFIER)) {
      // tsc keeps the source's `./x.ts` in declarations; a consumer's TypeScript reads `./x.d.ts` for it.
      const declared = resolve(dirname(file), specifier!).replace(/\.[jt]s$/, '.d.ts').replace(/\.c[jt]s$/, '.d.cts').replace(/\.m[jt]s$/, '.d.mts');
      if (existsSync(declared)) continue;
      const source = join(ROOT, relative(outdir, declared));
      if (!existsSync(source)) throw new Error(`${relative(outdir, file)} imports ${specifier}, which has no declaration`);
      await mkdir(dirname(declared), { recursive: true });
      await copyFile(source, declared);
    }
  }
}

/** Builds the package into `outdir` (default `dist/` of the repository); resolves with esbuild's metafile. */
export async function buildPackage(outdir = join(ROOT, DIST)): Promise<Metafile> {
  await rm(outdir, { recursive: true, force: true });
  const entries = await entryPoints();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: entries.map((entry) => ({ in: entry.source, out: entry.out })),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2023',
    packages: 'external',
    external: [...NODE_BUILTINS],
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  for (const entry of entries.filter((each) => each.browserSafe)) {
    const file = relative(ROOT, join(outdir, `${entry.out}.js`));
    const reached = nodeImportsOf(outputs, file);
    if (reached.length > 0) throw new Error(`${entry.source} is a browser entry but reaches ${reached.join(', ')}`);
  }
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outdir], { cwd: ROOT }).catch((error: { stdout?: string; message: string }) => {
    throw new Error(`tsc (declarations) failed: ${(error.stdout ?? error.message).trim().split('\n')[0]}`);
  });
  await copyHandWrittenDeclarations(outdir);
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  await buildPackage(values.outdir === undefined ? undefined : resolve(values.outdir)).catch((error: unknown) => {
    // oxlint-disable-next-line no-console -- a build script: its one line of error
    console.error(`Cannot build the package: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    process.exit(1);
  });
}
