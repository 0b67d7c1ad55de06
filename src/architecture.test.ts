/**
 * The data flow of docs/architecture (spec → generated → ndata → store → portos → handlers → doors) as
 * rules on import statements, so a shortcut that would break the browser build or the engine's purity
 * fails a test instead of a review.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const isTest = (file: string) => /\.(test|e2e\.test|bench|test-support)\.ts$|test-support|test-helpers/.test(file);
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]!).filter(Boolean);
}

/** Folder (under src/ or the top level) that a resolved import lands in. */
function areaOf(path: string): string {
  const rel = relative(root, path);
  const parts = rel.split('/');
  return parts[0] === 'src' ? `src/${parts[1]}` : parts[0]!;
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'contract-tests'))].filter((f) => !f.includes('/generated/'));
const production = files.filter((f) => !isTest(f));

function edges(file: string): { specifier: string; target?: string }[] {
  return importsOf(file).map((specifier) =>
    specifier.startsWith('.') ? { specifier, target: resolve(dirname(file), specifier) } : { specifier },
  );
}

/** What each area may import from the project (besides itself). */
const ALLOWED: Record<string, string[]> = {
  'src/ndata': [],
  // The resource catalogue derives NData descriptions (types only; src/ndata imports nothing).
  'src/spec': ['src/generated', 'src/ndata'],
  'src/store': ['src/spec', 'src/ndata', 'src/portos', 'src/generated', 'fixtures'],
  'src/http': ['src/generated'],
  'src/portos': ['src/http', 'src/spec', 'src/generated'],
  'src/handlers': ['src/spec', 'src/ndata', 'src/http', 'src/portos', 'src/store', 'src/generated', 'fixtures'],
  // The two doors sit beside each other: each reaches the core, neither the other.
  'src/msw': ['src/handlers', 'src/http', 'src/generated'],
  // The node door may compile an added document's validators (src/spec/compile-validators.ts): Node only.
  'src/server': ['src/handlers', 'src/http', 'src/cli', 'src/spec'],
  'src/cli': [],
  'src/prism': ['src/cli', 'src/server', 'src/handlers'],
};
const BROWSER_SAFE = ['src/ndata', 'src/spec', 'src/store', 'src/http', 'src/portos', 'src/handlers', 'src/msw'];

describe('architecture', () => {
  it.each(Object.entries(ALLOWED))('%s imports only from its allowed upstream folders', (area, allowed) => {
    const offending = production
      .filter((file) => areaOf(file) === area)
      .flatMap((file) =>
        edges(file)
          .filter((edge) => edge.target && areaOf(edge.target) !== area && !allowed.includes(areaOf(edge.target)))
          .map((edge) => `${relative(root, file)} → ${edge.specifier}`),
      );
    expect(offending).toEqual([]);
  });

  it('keeps the NData engine free of packages, tests included', () => {
    const offending = files
      .filter((file) => areaOf(file) === 'src/ndata')
      .flatMap((file) =>
        edges(file)
          .filter((edge) => !edge.target && !(isTest(file) && /^(vitest|fast-check)$/.test(edge.specifier)))
          .map((edge) => `${relative(root, file)} → ${edge.specifier}`),
      );
    expect(offending).toEqual([]);
  });

  it('uses no Node built-in below the doors, so the handlers run in a browser', () => {
    const offending = production
      .filter((file) => BROWSER_SAFE.includes(areaOf(file)) && !file.endsWith('generate-spec-module.ts'))
      .flatMap((file) =>
        edges(file)
          .filter((edge) => edge.specifier.startsWith('node:') || /^(fs|path|http|os|crypto|url|util|stream)$/.test(edge.specifier))
          .map((edge) => `${relative(root, file)} → ${edge.specifier}`),
      );
    expect(offending).toEqual([]);
  });

  it('imports msw only in the msw door, so the node door and the core never load it', () => {
    const offending = production
      // src/consumers holds recipes written as a user of the package writes them, msw included.
      .filter((file) => areaOf(file) !== 'src/msw' && areaOf(file) !== 'src/consumers')
      .flatMap((file) => edges(file).filter((edge) => /^msw(\/|$)/.test(edge.specifier)).map((edge) => `${relative(root, file)} → ${edge.specifier}`));
    expect(offending).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map(production.map((file) => [file, edges(file).flatMap((e) => (e.target && e.target.endsWith('.ts') ? [e.target] : []))]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
