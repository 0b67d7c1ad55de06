import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm run mock:prism` and `npm run start:validated` as a user runs them: a child process, its exit
 * status and what it prints. Each child gets a process group of its own, so that the clean-up can reach
 * a Prism grandchild too, whatever the test did to its parent.
 */
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const started: ChildProcess[] = [];
const holders: Server[] = [];

afterEach(async () => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // The group is gone already: the child and its Prism stopped.
    }
  }
  await Promise.all(holders.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function launch(args: string[]): { child: ChildProcess; output: () => { stdout: string; stderr: string }; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exited };
}

async function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { output, exited } = launch(args);
  const code = await exited;
  return { code, ...output() };
}

/** Resolves with the URL of the first "listening on" line; rejects if the child exits first. */
function listening(started: ReturnType<typeof launch>): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = () => {
      const out = started.output().stdout;
      const url = /listening on (http:\/\/[^\s,)]+)/.exec(out)?.[1];
      // The banner is complete once its last line is out.
      if (url && /Ctrl\+C stops/.test(out)) resolve(url);
    };
    started.child.stdout!.on('data', () => setImmediate(look));
    void started.exited.then((code) => reject(new Error(`exited with ${code}: ${JSON.stringify(started.output())}`)));
  });
}

/** A port taken by a server that answers HTTP, as another mock left running would. */
async function busyPort(): Promise<number> {
  const server = createServer((_, response) => response.end('not Prism'));
  holders.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const refused = (url: string) => fetch(url).then(
  () => false,
  () => true,
);

/** True once no process of the child's group is left (the child and the Prism it spawned). */
function groupGone(child: ChildProcess): boolean {
  try {
    process.kill(-child.pid!, 0);
    return false;
  } catch {
    return true;
  }
}

describe.each([
  ['mock', 'mock:prism'],
  ['validated', 'start:validated'],
] as const)('node src/prism/cli.ts %s (npm run %s)', (mode, script) => {
  it('prints help and exits 0 without starting anything', async () => {
    const result = await run([mode, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: npm run ${script} -- [options]`);
    expect(result.stdout).toContain('--port <n>');
    expect(result.stdout).not.toMatch(/listening/i);
    expect(result.stderr).toBe('');
  });

  it('exits 1 with one line naming a busy port, even when something answers HTTP there', async () => {
    const port = await busyPort();
    const result = await run([mode, '--port', String(port)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${script}: port ${port} is in use; pick another with --port <n> (0 = any free port).\n`);
    expect(result.stdout).not.toMatch(/listening/i);
  });

  it('takes --port 0 as any free port, prints the real one, and stops cleanly on SIGTERM', async () => {
    const child = launch([mode, '--port', '0']);
    const url = await listening(child);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(url).not.toMatch(/:0$/);
    const response = await fetch(`${url}/sessions`, { headers: { Authorization: 'Bearer anything' } });
    // Prism's mock serves the documented example; the validated mock rejects the made-up token (401).
    expect(response.status).toBe(mode === 'mock' ? 200 : 401);
    await response.arrayBuffer();
    child.child.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    expect(await refused(url)).toBe(true);
    expect(groupGone(child.child)).toBe(true);
  });
});

describe('node src/prism/cli.ts mock (npm run mock:prism)', () => {
  it('exits 1 with one line when Prism dies after it started', async () => {
    const child = launch(['mock', '--port', '0']);
    await listening(child);
    // The Prism child of the script (Linux names a process's children in /proc).
    const prismPid = Number(readFileSync(`/proc/${child.child.pid}/task/${child.child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
    expect(prismPid).toBeGreaterThan(0);
    process.kill(prismPid, 'SIGKILL');
    expect(await child.exited).toBe(1);
    expect(child.output().stderr).toBe('mock:prism: Prism stopped on its own (killed by SIGKILL).\n');
  });

  it.each([
    [['--clock', '2023-08-04T21:30:00Z'], '--clock'],
    [['--fixtures', '/nonexistent'], '--fixtures'],
    [['--delay', '5'], '--delay'],
    [['--no-controls'], '--no-controls'],
  ])('rejects %j with one line naming the option, exit 2', async (args, flag) => {
    const result = await run(['mock', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${flag} does not apply to mock:prism.* See --help\\.$`))]);
    expect(result.stdout).toBe('');
  });
});

describe('node src/prism/cli.ts validated (npm run start:validated)', () => {
  it('stops what it started when SIGTERM comes while Prism is still starting', async () => {
    const child = launch(['validated', '--port', '0']);
    // Wait until the script has spawned its Prism (Linux names a process's children in /proc); whether
    // Prism is listening yet or not, the script must stop it and exit 0.
    const children = `/proc/${child.child.pid}/task/${child.child.pid}/children`;
    while (readFileSync(children, 'utf8').trim() === '') await new Promise((resolve) => setTimeout(resolve, 20));
    child.child.kill('SIGTERM');
    expect(await child.exited).toBe(0);
    expect(child.output().stderr).toBe('');
    expect(groupGone(child.child)).toBe(true);
  });

  it('exits 2 naming users.json when --fixtures does not exist', async () => {
    const result = await run(['validated', '--port', '0', '--fixtures', '/nonexistent']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('/nonexistent/users.json');
    expect(result.stdout).not.toMatch(/listening/i);
  });

  it('serves the stateful mock with --clock through Prism, and stops both on Ctrl+C', async () => {
    const child = launch(['validated', '--port', '0', '--clock', '2023-08-04T21:30:00Z', '--no-controls']);
    const url = await listening(child);
    const { stdout } = child.output();
    const mockUrl = /the mock itself: (http:\/\/[^\s)]+)/.exec(stdout)![1]!;
    expect(stdout).toContain('pinned at 2023-08-04T21:30:00Z');
    expect(stdout).toContain('controls: off');
    const login = await fetch(`${url}/api/auth`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }),
    });
    expect(login.status).toBe(200);
    const { tokenId } = (await login.json()) as { tokenId: string };
    const list = await fetch(`${url}/sessions?$sort=-startedAt&$take=1`, { headers: { Authorization: `Bearer ${tokenId}` } });
    expect(list.status).toBe(200);
    expect(list.headers.get('sl-violations')).toBeNull();
    // The newest session is the login above, started at the pinned now: --clock reached the mock.
    const page = (await list.json()) as { items: { startedAt: string }[] };
    expect(page.items[0]?.startedAt).toBe('2023-08-04T21:30:00Z');
    // Ctrl+C in a terminal signals the whole foreground group: the script and its Prism at once.
    process.kill(-child.child.pid!, 'SIGINT');
    expect(await child.exited).toBe(0);
    expect(child.output().stderr).toBe('');
    expect(await refused(url)).toBe(true);
    expect(await refused(`${mockUrl}/__mock/health`)).toBe(true);
    expect(groupGone(child.child)).toBe(true);
  });
});
