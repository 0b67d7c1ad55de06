/**
 * The CI recipes of README.md ("Check your server") and docs/contract-tests.md run as written: each
 * `npm run contract` command of their sh and YAML snippets is extracted from the Markdown, its
 * placeholders (the staging URL, the CI user and password, `${{ … }}` expressions) replaced by a mock
 * started here on port 0, and run by bash in an empty temporary folder. Every report it names must
 * exist afterwards and parse. A newcomer who pastes a recipe gets what the docs promise, not
 * `cannot write the report: ENOENT`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startMock, xmlProblems, outputOf } from './test-helpers.ts';
import type { Report } from './types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** A user of the bundled fixtures that has a password, standing in for the docs' `ci-bot`. */
const CI_USER = '100';
const CI_PASSWORD = 'jana100';
/** An active API key of the bundled fixtures, standing in for the docs' `PORTOS_API_KEY` and its secret. */
const CI_API_KEY = 'a1b2c3d4e5f60718293a4b5c';
const CI_API_SECRET = 'eshop-nws4-secret-0b7d2e9f41c6a853';

export interface Recipe {
  /** Where it was found, for test names. */
  where: string;
  /** The command as the docs show it (continuations joined). */
  command: string;
  /** True when it comes from a GitHub Actions step (it then runs with GITHUB_ACTIONS=true). */
  actions: boolean;
}

function fences(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!);
}

/** The `npm run contract` commands of a sh block: backslash continuations joined, comment lines dropped. */
function shCommands(block: string): string[] {
  return block
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line.startsWith('npm run contract'));
}

/** The `run:` of every step that calls `npm run contract`, wherever the steps sit in the YAML. */
function actionsCommands(block: string): string[] {
  const indent = Math.min(...block.split('\n').filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  const doc: unknown = parseYaml(block.split('\n').map((l) => l.slice(indent)).join('\n'));
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const run = (node as { run?: unknown }).run;
      if (typeof run === 'string' && run.includes('npm run contract')) found.push(run.trim());
      Object.values(node).forEach(walk);
    }
  };
  walk(doc);
  return found;
}

export function recipesOf(markdown: string, where: string): Recipe[] {
  return [
    ...fences(markdown, 'sh').flatMap(shCommands).map((command) => ({ where, command, actions: false })),
    ...fences(markdown, 'yaml').flatMap(actionsCommands).map((command) => ({ where, command, actions: true })),
  ];
}

/** README.md's "Check your server" section, up to the next second-level heading. */
export async function readmeSection(): Promise<string> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Check your server');
  if (start < 0) throw new Error('README.md has no "Check your server" section');
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end === -1 ? undefined : end);
}

export async function allRecipes(): Promise<Recipe[]> {
  const docs = await readFile(join(ROOT, 'docs/contract-tests.md'), 'utf8');
  return [...recipesOf(await readmeSection(), 'README.md'), ...recipesOf(docs, 'docs/contract-tests.md')];
}

/** The command with the docs' placeholders replaced, ready for bash. */
export function substitute(command: string, baseUrl: string): string {
  const values: Record<string, string> = {
    'vars.PORTOS_STAGING_URL': baseUrl,
    'vars.PORTOS_CI_USER': CI_USER,
    'secrets.PORTOS_CI_PASSWORD': CI_PASSWORD,
    'vars.PORTOS_API_KEY': CI_API_KEY,
  };
  return command
    .replace(/^npm run contract( --)?/, '"$CONTRACT_NODE" "$CONTRACT_CLI"')
    .replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
      if (values[name] === undefined) throw new Error(`no test value for \${{ ${name} }}; add one to substitute()`);
      return values[name];
    })
    .replaceAll('https://staging.example.com', baseUrl)
    .replace(/--user ci-bot\b/g, `--user ${CI_USER}`);
}

/** The report files a command writes, by option. */
export function reportPaths(command: string): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const m of command.matchAll(/--(junit|json|markdown|html|har) ("[^"]+"|\S+)/g)) paths[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  return paths;
}

export function runBash(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return outputOf(
    spawn('bash', ['-c', script], {
      cwd,
      // process.execPath is the Node 24 of the `node` devDependency that runs vitest.
      env: { PATH: process.env.PATH ?? '', HOME: cwd, CONTRACT_NODE: process.execPath, CONTRACT_CLI: CLI, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

const recipes = await allRecipes();

describe('the CI recipes of the README and docs/contract-tests.md, run as written', () => {
  let mock: { url: string; close(): Promise<void> };
  let dirs: string[] = [];
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(async () => {
    await mock?.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    dirs = [];
  });

  it('finds the recipes the docs promise', async () => {
    const recipes = await allRecipes();
    const readme = recipes.filter((r) => r.where === 'README.md');
    // The quick command, the staging command, and the GitHub Actions step.
    expect(readme.filter((r) => !r.actions).length).toBeGreaterThanOrEqual(2);
    expect(readme.filter((r) => r.actions)).toHaveLength(1);
    const docs = recipes.filter((r) => r.where === 'docs/contract-tests.md');
    expect(docs.some((r) => r.command.includes('--destructive'))).toBe(true);
    expect(docs.filter((r) => r.actions)).toHaveLength(1);
    // A recipe that asks for the lifecycle must log in: a --token run cannot run it.
    for (const recipe of recipes.filter((r) => r.command.includes('--destructive'))) expect(recipe.command).toMatch(/--user /);
  });

  it.each(recipes.map((r) => [`${r.where}${r.actions ? ' (GitHub Actions)' : ''}: ${r.command.slice(0, 110)}`, r] as const))(
    '%s',
    async (_, recipe) => {
      const cwd = await mkdtemp(join(tmpdir(), 'portos-recipe-'));
      dirs.push(cwd);
      const summaryFile = join(cwd, 'step-summary.md');
      await writeFile(summaryFile, '');
      // As a CI job's environment would hold them (a step's `env:` gives PORTOS_API_SECRET).
      const env: Record<string, string> = { PORTOS_PASSWORD: CI_PASSWORD, PORTOS_API_KEY: CI_API_KEY, PORTOS_API_SECRET: CI_API_SECRET };
      if (recipe.actions) Object.assign(env, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
      const script = substitute(recipe.command, mock.url);
      const { code, stdout, stderr } = await runBash(script, cwd, env);
      expect(code, `${script}\n${stdout}\n${stderr}`).toBe(0);
      expect(stderr).not.toMatch(/cannot write/);
      const paths = reportPaths(recipe.command);
      if (paths.junit) expect(xmlProblems(await readFile(join(cwd, paths.junit), 'utf8'))).toEqual([]);
      if (paths.json) {
        const report = JSON.parse(await readFile(join(cwd, paths.json), 'utf8')) as Report;
        expect(report.ok).toBe(true);
        // A recipe that asks for the lifecycle gets it: nothing it asked for is skipped for want of a flag.
        if (recipe.command.includes('--destructive')) {
          expect(report.results.filter((r) => r.group === 'lifecycle').map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
        }
      }
      if (paths.markdown) expect(await readFile(join(cwd, paths.markdown), 'utf8')).toMatch(/^# /m);
      if (paths.html) expect(await readFile(join(cwd, paths.html), 'utf8')).toMatch(/^<!doctype html>/i);
      if (paths.har) expect((JSON.parse(await readFile(join(cwd, paths.har), 'utf8')) as { log: { version: string } }).log.version).toBe('1.2');
      if (recipe.actions) {
        // In GitHub Actions the summary is appended to the step summary without any flag.
        expect(await readFile(summaryFile, 'utf8')).toMatch(/PORTOS contract/);
      }
    },
    60_000,
  );
});
