/**
 * Issue 17.3: docs/resources.md runs as written. Its setup line, its files (the fragment and the
 * records) and its `npm start` line run in a scratch folder (port 0 instead of the default, the page's
 * URL replaced by the real one); its curl lines answer what the page says. And a `--spec` that clashes
 * or breaks a convention stops the start with one line and a non-zero exit.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAnswers, pageCommands, pageFiles } from '../spec/resources-page.test-support.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const PAGE_URL = 'http://127.0.0.1:4010';
let folder: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'portos-resources-'));
  // The page copies the bundled seed from the project's fixtures/ folder; the scratch folder gets one.
  await cp(FIXTURES, join(folder, 'fixtures'), { recursive: true });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(folder, { recursive: true, force: true });
});

function bash(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', script], { cwd: folder, timeout: 30_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${script}: ${stderr || error.message}`)) : resolve(stdout)));
  });
}

/** `npm start -- <args>` as the CLI's own argument list (the page's lines have no quoting). */
function startArgs(line: string): string[] {
  const match = /^npm start -- (.*)$/.exec(line.trim());
  if (!match) throw new Error(`not an npm start line: ${line}`);
  return match[1]!.split(/\s+/);
}

function start(args: string[]): Promise<string> {
  const child = spawn(process.execPath, [CLI, ...args, '--port', '0', '--quiet'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url && out.includes('Ctrl+C')) resolve(url);
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${out}`)));
  });
}

const KIT = fileURLToPath(new URL('../../contract-tests/cli.ts', import.meta.url));

/** `npm run contract -- <args>` as the kit's own argument list, run from the page's folder. */
function runKit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KIT, ...args], { cwd: folder, timeout: 90_000, env: { ...process.env, GITHUB_ACTIONS: '' } }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }));
  });
}

function startFails(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args, '--port', '0'], { cwd: folder, timeout: 30_000 }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }));
  });
}

describe('docs/resources.md', () => {
  it('17.3 the stocks walk-through runs as written: the mock serves /stocks with NData from the fragment and the fixtures file', async () => {
    const [setup, startLine, ...rest] = pageCommands;
    // The log-in and the queries; a later `npm run contract -- --spec …` line is the kit's walk-through.
    const curls = rest.filter((line) => /^(TOKEN=\$\(curl|curl) /.test(line));
    expect(setup).toMatch(/^mkdir -p my-mock && cp fixtures\/\*\.json my-mock\/$/);
    await bash(setup!);
    for (const [path, text] of Object.entries(pageFiles)) {
      await mkdir(join(folder, dirname(path)), { recursive: true });
      await writeFile(join(folder, path), text);
    }
    expect(Object.keys(pageFiles).sort()).toEqual(['my-mock/stocks.json', 'my-mock/stocks.yaml']);
    const url = await start(startArgs(startLine!));
    expect(curls.length).toBeGreaterThan(1);
    expect(curls.every((line) => line.includes(PAGE_URL))).toBe(true);
    const stdout = await bash(curls.map((line) => line.replaceAll(PAGE_URL, url)).join(' && echo && '));
    const answers = stdout.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown);
    // The first line logs in (its answer goes to TOKEN); each other answers as the page says.
    expect(answers).toEqual(pageAnswers);
    expect(pageAnswers).toHaveLength(curls.length - 1);
    // The kit's walk-through, against the same running mock: paging, sorting and filtering checks on /stocks pass.
    const contractLine = rest.find((line) => line.startsWith('npm run contract -- '));
    expect(contractLine).toBeDefined();
    const kit = await runKit(contractLine!.slice('npm run contract -- '.length).replaceAll(PAGE_URL, url).split(/\s+/));
    expect(kit.code, kit.stdout + kit.stderr).toBe(0);
    for (const check of ['ndata_paging_skip[stocks]', 'ndata_paging_take[stocks]', 'ndata_sorting[stocks]', 'ndata_filtering[stocks]', 'ndata_count[stocks]', 'item_lookup[stocks]', 'unknown_key_not_found[stocks]']) {
      expect(kit.stdout).toContain(check);
    }
    expect(kit.stdout).toMatch(/^OK: /m);
  }, 120_000);

  describe('a --spec that the mock cannot add stops the start with one line naming it', () => {
    const fragment = () => parse(pageFiles['my-mock/stocks.yaml']!) as any;
    it.each([
      ['a path of the bundled document', (doc: any) => (doc.paths['/devices'] = doc.paths['/stocks']), 'its path "/devices" is declared already'],
      ['a list without a QueryResult answer', (doc: any) => (doc.paths['/stocks'].get.responses['200'].content['application/json'].schema = { type: 'array' }), 'Failed to read the resource at GET /stocks: a list operation must answer 200 with a QueryResult'],
      ['a sort key the schema lacks', (doc: any) => (doc.paths['/stocks'].get['x-ndata-sort-keys'] = ['name', 'code']), 'Failed to read the resource at GET /stocks: an x-ndata-sort-keys entry is not a field of Stock ("code").'],
      ['a filter on a field the schema lacks', (doc: any) => doc.paths['/stocks'].get.parameters.unshift({ name: 'warehouse', in: 'query', schema: { type: 'string' } }), 'Failed to read the resource at GET /stocks: a filter member is not a field of Stock ("warehouse").'],
    ])('%s', async (_what, change, message) => {
      const doc = fragment();
      change(doc);
      const file = join(folder, `broken-${Math.random().toString(36).slice(2)}.yaml`);
      await writeFile(file, stringify(doc));
      const { code, stderr, stdout } = await startFails(['--spec', file]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(`Failed to start the mock: --spec ${file}: ${message}`)]);
    }, 30_000);

    it('a file that is not there or is neither YAML nor JSON is a usage error (exit 2), naming the file', async () => {
      const missing = join(folder, 'no-such.yaml');
      const notYaml = join(folder, 'not-yaml.yaml');
      await writeFile(notYaml, 'paths: [unclosed');
      for (const [file, message] of [
        [missing, `--spec: cannot read ${missing} (ENOENT).`],
        [notYaml, `--spec: ${notYaml} is neither YAML nor JSON: `],
      ] as const) {
        const { code, stderr } = await startFails(['--spec', file]);
        expect(code).toBe(2);
        expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(message)]);
      }
    }, 30_000);
  });
});
