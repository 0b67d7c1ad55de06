/**
 * `npm run build` (build-package.ts) into a temp dir: the files package.json names, each source module
 * once, dependencies left as imports. The packed and installed package is tested by
 * src/consumers/package/package.e2e.test.ts; this file is the quick check of the build's own promises.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from './build-package.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
let work: string;
let meta: Metafile;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'portos-build-'));
  // The built modules import msw, ajv…: resolved from the repository's node_modules, as an install would.
  await symlink(join(repo, 'node_modules'), join(work, 'node_modules'), 'dir');
  meta = await buildPackage(join(work, 'dist'));
}, 120_000);
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Every path an `exports` entry (conditions nest) or a bin names, `./` dropped. */
function targets(entry: unknown): string[] {
  return typeof entry === 'string' ? [entry.replace(/^\.\//, '')] : Object.values(entry as Record<string, unknown>).flatMap(targets);
}

describe('npm run build', () => {
  it('writes every file the exports and bins name, declarations included', () => {
    const named = [...targets(manifest.exports), ...targets(manifest.bin)].filter((path) => path.startsWith('dist/'));
    expect(named.filter((path) => !existsSync(join(work, path)))).toEqual([]);
    expect(named.filter((path) => path.endsWith('.d.cts'))).not.toEqual([]);
  });

  it('puts each source module in one output file, so entries used together share it', () => {
    const outputsOf = new Map<string, string[]>();
    for (const [output, { inputs }] of Object.entries(meta.outputs)) {
      for (const input of Object.keys(inputs)) outputsOf.set(input, [...(outputsOf.get(input) ?? []), output]);
    }
    expect([...outputsOf].filter(([, outputs]) => outputs.length > 1)).toEqual([]);
    expect(outputsOf.has('src/handlers/create-mock-core.ts')).toBe(true);
  });

  it('leaves npm dependencies as imports and loads @msw/data only by a dynamic import', () => {
    const imports = Object.values(meta.outputs).flatMap((output) => output.imports.filter((imported) => imported.external));
    const packages = new Set(imports.map((imported) => imported.path.split('/')[0]));
    for (const dependency of ['msw', 'ajv', 'ws', 'yaml', 'openapi-fetch', '@msw']) expect(packages, dependency).toContain(dependency);
    const mswData = imports.filter((imported) => imported.path === '@msw/data');
    expect(mswData.map((imported) => imported.kind)).toEqual(['dynamic-import']);
  });

  it('writes only modules and declarations: the JSON fixtures inlined, no source copied', async () => {
    const files = await readdir(join(work, 'dist'), { recursive: true, withFileTypes: true });
    const names = files.filter((file) => file.isFile()).map((file) => file.name);
    expect(names.filter((name) => !/\.(js|d\.ts|d\.cts)$/.test(name))).toEqual([]);
  });

  it('keeps the bins runnable: each starts with its #! line', async () => {
    for (const bin of Object.values<string>(manifest.bin)) expect((await readFile(join(work, bin), 'utf8')).split('\n')[0], bin).toBe('#!/usr/bin/env node');
  });

  it('serves one mock through the main entry and portos-mock/server together', async () => {
    const url = (target: string) => pathToFileURL(join(work, target)).href;
    const { createMockApi } = await import(/* @vite-ignore */ url(manifest.exports['.'].import.default));
    const { startServer } = await import(/* @vite-ignore */ url(manifest.exports['./server'].import));
    const api = createMockApi({ clock: '2023-08-04T21:30:00Z' });
    const running = await startServer({ port: 0, core: api.core });
    try {
      const login = await fetch(`${running.url}/api/auth`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
      });
      expect(login.status).toBe(200);
      expect(api.journal.find({ method: 'POST', path: '/api/auth', status: 200 })).toHaveLength(1);
    } finally {
      await running.close();
    }
  });

  it('18.1 the built main entry logs in and lists where eval and new Function throw', async () => {
    const main = pathToFileURL(join(work, manifest.exports['.'].import.default)).href;
    const script = `
      const { createMockApi } = await import(${JSON.stringify(main)});
      const api = createMockApi();
      const post = (body) => new Request('https://portos.example/api/auth', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const bad = await api.handle(post({ UserName: 999 }));
      const { tokenId } = await (await api.handle(post({ UserName: '999', DeviceName: 'BackOffice' }))).json();
      const list = await api.handle(new Request('https://portos.example/sessions?$take=5', { headers: { authorization: 'Bearer ' + tokenId } }));
      let blocked = false;
      try { new Function('return 1'); } catch { blocked = true; }
      console.log(JSON.stringify({ blocked, bad: bad.status, count: (await list.json()).count }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { cwd: work });
    expect(JSON.parse(stdout)).toEqual({ blocked: true, bad: 400, count: 5 });
  });
});
