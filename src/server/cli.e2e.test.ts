import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

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

  it('prints help', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--no-controls');
    expect(stdout).toContain('--fixtures <dir>');
  });

  it('exits 2 with one line naming a bad option', async () => {
    const { code, stderr } = await runCli(['--port', 'many']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('--port must be a whole number from 0 to 65535; got "many".');
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
