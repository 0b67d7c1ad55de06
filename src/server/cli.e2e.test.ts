import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFixtures } from '../handlers/index.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `npm start`'s CLI and resolves with its banner once it has printed the curl line. */
function startCli(args: string[]): Promise<{ child: ChildProcess; banner: string; url: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url && out.includes('Ctrl+C')) resolve({ child, banner: out, url });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${out}`)));
  });
}

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm start (src/server/cli.ts)', () => {
  it('prints the URL, the credentials and a curl line that shows sessions when pasted', async () => {
    const { banner, url } = await startCli(['--port', '0', '--clock', '2023-08-04T21:30:00Z']);
    expect(banner).toContain('999      no password');
    // Every user with its password, as the README promises (docs/behaviour.md#login-credentials).
    const userLines = banner.split('\n').filter((l) => /^ {4}\S+ +(no password|password ")/.test(l));
    expect(userLines).toHaveLength(defaultFixtures.users.length);
    for (const user of defaultFixtures.users) {
      const password = 'password' in user && user.password ? `password "${user.password}"` : 'no password';
      expect(userLines.some((l) => l.trim().startsWith(`${user.userName} `) && l.includes(password))).toBe(true);
    }
    expect(banner).not.toContain('more in the fixtures');
    expect(banner).toContain('pinned at 2023-08-04T21:30:00Z');
    const line = banner.split('\n').find((l) => l.trim().startsWith('TOKEN='))!.trim();
    expect(line).toContain(url);
    const hasCurl = await promisify(execFile)('sh', ['-c', 'command -v curl']).then(
      () => true,
      () => false,
    );
    if (!hasCurl) return; // The line is still checked for the URL above; running it needs curl.
    const { stdout } = await promisify(execFile)('bash', ['-c', line]);
    const page = JSON.parse(stdout) as { items: unknown[]; count: number };
    expect(page.count).toBe(5);
    expect(page.items).toHaveLength(5);
  });

  it('closes cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { child, url } = await startCli(['--port', '0']);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill(signal);
      expect(await exited).toBe(0);
      await expect(fetch(`${url}/__mock/health`)).rejects.toThrow();
    }
  });

  it('prints help under the name of the installed bin, and starts nothing', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: portos-mock \[options\]$/m);
    expect(stdout).not.toMatch(/npm (start|run)/); // a consumer of the bin has no npm scripts
    expect(stdout).toContain('--no-controls');
    expect(stdout).toContain('--fixtures <dir>');
    expect(stdout).not.toContain('listening');
    expect(stderr).toBe('');
  });

  it.each([
    [['--port', 'many'], '--port must be a whole number from 0 to 65535; got "many".'],
    [['--delay', '-5'], '--delay must be a whole number from 0 to 60000; got "-5".'],
    [['--bogus'], "Unknown option '--bogus'. See --help."],
    [['--port'], "Option '--port <value>' argument missing. See --help."],
  ])('exits 2 with one line naming the bad option in %j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
    expect(stdout).toBe('');
  });

  it('exits 1 with one line naming a port that is in use', async () => {
    // Something that answers HTTP, as an earlier mock left running would.
    const holder = createServer((_, response) => response.end('another server'));
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    try {
      const port = (holder.address() as AddressInfo).port;
      const { code, stdout, stderr } = await runCli(['--port', String(port)]);
      expect(code).toBe(1);
      expect(stderr).toBe(`Failed to start the mock: port ${port} is in use; pick another with --port <n> (0 = any free port).\n`);
      expect(stdout).not.toContain('listening');
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('names the first missing fixture file in the order users, devices, sessions, every time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'portos-fixtures-'));
    await writeFile(join(dir, 'users.json'), '[]');
    // Several runs: the files were once read at the same time, and the one named varied with the race.
    for (let run = 0; run < 4; run++) {
      const result = await runCli(['--port', '0', '--fixtures', dir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `--fixtures: cannot read ${join(dir, 'devices.json')} (ENOENT); the folder needs users.json, devices.json and sessions.json.\n`,
      );
    }
    await writeFile(join(dir, 'devices.json'), '{');
    for (let run = 0; run < 2; run++) {
      const result = await runCli(['--port', '0', '--fixtures', dir]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--fixtures: ${join(dir, 'devices.json')} is not valid JSON`);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('names the fixture file that is missing or broken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'portos-fixtures-'));
    const missing = await runCli(['--port', '0', '--fixtures', dir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read ${join(dir, 'users.json')}`);
    await writeFile(join(dir, 'users.json'), '[');
    await writeFile(join(dir, 'devices.json'), '[]');
    await writeFile(join(dir, 'sessions.json'), '[]');
    const broken = await runCli(['--port', '0', '--fixtures', dir]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${join(dir, 'users.json')} is not valid JSON`);
  });

  it('fails with a clear message when a fixture breaks the spec', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'portos-fixtures-'));
    await writeFile(join(dir, 'users.json'), '[]');
    await writeFile(join(dir, 'devices.json'), JSON.stringify([{ name: 'X', envName: 'Kiosk', description: 'x', preferences: {}, settings: {} }]));
    await writeFile(join(dir, 'sessions.json'), '[]');
    const result = await runCli(['--port', '0', '--fixtures', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Failed to start the mock: .*envName/s);
  });
});

describe('npm start, per request', () => {
  /** Everything the child prints on stdout after its banner. */
  function after(child: ChildProcess): () => string {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    return () => out;
  }

  it('16.16 prints one line per request (method, path, status, ms, what was ignored); --quiet prints none', async () => {
    const loud = await startCli(['--port', '0', '--clock', '2023-08-04T21:30:00Z']);
    const quiet = await startCli(['--port', '0', '--quiet']);
    const loudOut = after(loud.child);
    const quietOut = after(quiet.child);
    for (const url of [loud.url, quiet.url]) {
      await fetch(`${url}/api/sessions`);
      await fetch(`${url}/sessions?$sotr=-lastAccessAt`, { headers: { authorization: 'Bearer x' } });
      await fetch(`${url}/__mock/health`);
    }
    await expect.poll(() => loudOut().trim().split('\n').length).toBe(3);
    expect(loudOut().trim().split('\n')).toEqual([
      expect.stringMatching(/^GET \/api\/sessions 404 \d+ ms$/),
      expect.stringMatching(/^GET \/sessions\?\$sotr=-lastAccessAt 401 \d+ ms$/),
      expect.stringMatching(/^GET \/__mock\/health 200 \d+ ms$/),
    ]);
    expect(quietOut()).toBe('');
  });
});

