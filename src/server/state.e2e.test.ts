/**
 * `npm start -- --state <file>` (docs/behaviour.md#state), as a frontend developer uses it: log in, stop
 * the mock with Ctrl+C, start it again, and the same token still lists the sessions. A file that cannot
 * be used stops the start with one line and is left exactly as it was.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, startListening } from '../bench/children.test-support.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'portos-state-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Stops a child with SIGINT (Ctrl+C) and resolves with its exit code. */
function interrupt(child: import('node:child_process').ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

function runCli(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 20_000 }, (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }));
  });
}

describe('npm start -- --state', () => {
  it('keeps the sessions and the token across a restart', async () => {
    const file = join(work, 's.json');
    const first = await startListening([CLI, '--port', '0', '--state', file]);
    const login = await fetch(`${first.url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"UserName":"999","DeviceName":"BackOffice"}' });
    const { tokenId } = (await login.json()) as { tokenId: string };
    await fetch(`${first.url}/sessions/soZIt6uj62fzs8ep4UvnNSxRXFryUiq3`, { method: 'DELETE', headers: { authorization: `Bearer ${tokenId}` } });
    expect(await interrupt(first.child)).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'portos-mock/state', version: 1 });

    const second = await startListening([CLI, '--port', '0', '--state', file]);
    try {
      const list = await fetch(`${second.url}/sessions?$count=true`, { headers: { authorization: `Bearer ${tokenId}` } });
      expect(list.status).toBe(200);
      expect(await list.json()).toEqual({ count: 59, totalCount: 59 });
    } finally {
      await second.close();
    }
  });

  it.each([
    ['broken JSON', '{"format": "portos-mock/st', 'is not valid JSON'],
    ['another version', JSON.stringify({ format: 'portos-mock/state', version: 99 }), 'saved by another version of portos-mock (state version 99; this one reads version 1)'],
    ['not a state', JSON.stringify({ sessions: [] }), 'it is not a portos-mock state'],
  ])('stops the start with one line for %s, and leaves the file untouched', async (_what, text, fragment) => {
    const file = join(work, `bad-${_what.replace(/\W/g, '-')}.json`);
    await writeFile(file, text);
    const { code, stderr } = await runCli(['--port', '0', '--state', file]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(fragment);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('16.11 a save that fails at shutdown exits 1 with one line', async () => {
    const folder = join(work, 'vanishing');
    await mkdir(folder);
    const file = join(folder, 's.json');
    const mock = await startListening([CLI, '--port', '0', '--quiet', '--state', file]);
    let stderr = '';
    mock.child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    await rm(folder, { recursive: true });
    await fetch(`${mock.url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"UserName":"999","DeviceName":"BackOffice"}' });
    expect(await interrupt(mock.child)).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^portos-mock: cannot save the state to .*s\.json \(ENOENT\)/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
