/**
 * What a page fetches when it loads the main entry (issue 18.2): the bench measures the bytes
 * (`node src/bench/http.bench.ts --only bundle`); this test holds what must stay out of them, each part
 * by its module, so a static import that drags one back in fails here and not only in a figure.
 */
import { build, type Metafile } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temps: string[] = [];

afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The input modules of the main entry's chunk and the chunks it imports statically, as the browser loads them. */
async function pageLoadInputs(): Promise<{ initial: string[]; lazy: string[] }> {
  const outdir = await mkdtemp(join(tmpdir(), 'portos-page-load-'));
  temps.push(outdir);
  const result = await build({
    entryPoints: [join(root, 'src/msw/index.ts')],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir,
    external: ['msw', 'msw/*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint !== undefined)!;
  const fetched = new Set<string>();
  for (const pending = [entry]; pending.length > 0; ) {
    const name = pending.pop()!;
    if (fetched.has(name)) continue;
    fetched.add(name);
    for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) pending.push(imported.path);
  }
  const inputsOf = (names: string[]) => names.flatMap((name) => Object.keys(outputs[name]!.inputs));
  const chunks = Object.keys(outputs).filter((name) => name.endsWith('.js'));
  return { initial: inputsOf(chunks.filter((name) => fetched.has(name))), lazy: inputsOf(chunks.filter((name) => !fetched.has(name))) };
}

describe('a page load of the main entry', () => {
  it("18.2 fetches the handlers' validators only: no response validators, no document, no ajv compiler, no catalogue builder, no API-key verifier", async () => {
    const { initial, lazy } = await pageLoadInputs();
    expect(initial).toContain('src/generated/portos-sessions.record-validators.js');
    expect(initial).toContain('src/generated/portos-sessions.outline.ts');
    const unwanted = initial.filter(
      (input) =>
        input === 'src/generated/portos-sessions.validators.js' ||
        input === 'src/generated/portos-sessions.spec.ts' ||
        // Adding documents (the catalogue builder with it) comes with the schema compiler a caller passes.
        input === 'src/spec/add-documents.ts' ||
        input === 'src/spec/catalogue.ts' ||
        input.startsWith('src/portos/nws4/') ||
        /node_modules\/(ajv\/dist\/(compile|core|2020)|ajv-formats|@msw\/data)/.test(input),
    );
    expect(unwanted).toEqual([]);
    // The verifier is still bundled, in a chunk of its own that the first signed request loads.
    expect(lazy).toContain('src/portos/nws4/verify.ts');
  });
});
