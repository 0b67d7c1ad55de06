/**
 * `npm start -- --scenario <name | folder | file>` (docs/behaviour.md#scenarios), as a child process:
 * the built-in scenarios by name, one of your own from a folder and from a file (then selectable by name
 * with `POST /__mock/scenario`), and one clear line with exit 2 for what cannot be used.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, startListening, type Child } from '../bench/children.test-support.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let work: string;
const running: Child[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'portos-scenario-'));
});

afterAll(async () => {
  await Promise.all(running.map((child) => child.close()));
  await rm(work, { recursive: true, force: true });
});

async function start(...args: string[]): Promise<Child> {
  const child = await startListening([CLI, '--port', '0', ...args]);
  running.push(child);
  return child;
}

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"UserName":"999","DeviceName":"BackOffice"}' });
  expect(response.status).toBe(200);
  return ((await response.json()) as { tokenId: string }).tokenId;
}

async function sessions(url: string, token: string, query = ''): Promise<{ totalCount: number; items: { startedAt: string; expiresAt: string }[] }> {
  return (await fetch(`${url}/sessions${query}`, { headers: { authorization: `Bearer ${token}` } })).json() as never;
}

function runCli(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 20_000 }, (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }));
  });
}

describe('npm start -- --scenario', () => {
  it('starts from a built-in scenario by name, says so in the banner, and switches at run time', async () => {
    const mock = await start('--scenario', 'empty');
    const token = await login(mock.url);
    expect((await sessions(mock.url, token)).totalCount).toBe(1);
    const switched = await fetch(`${mock.url}/__mock/scenario`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"crowded"}' });
    expect(switched.status).toBe(200);
    expect((await sessions(mock.url, await login(mock.url), '?$count=true')).totalCount).toBeGreaterThan(4000);
  });

  it.each(['default', 'empty', 'crowded', 'expiring', 'sale-device-taken', 'unavailable'])('starts from the built-in %s scenario', async (name) => {
    const mock = await start('--scenario', name);
    const current = (await (await fetch(`${mock.url}/__mock/scenario`)).json()) as { name: string };
    expect(current.name).toBe(name);
    const login = await fetch(`${mock.url}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"UserName":"999","DeviceName":"BackOffice"}' });
    expect(login.status).toBe(name === 'unavailable' ? 503 : 200);
    if (name === 'unavailable') return;
    const { tokenId } = (await login.json()) as { tokenId: string };
    const expected = { default: 60, empty: 1, expiring: 60, 'sale-device-taken': undefined, crowded: undefined }[name];
    const { totalCount, items } = await sessions(mock.url, tokenId, '?$sort=-startedAt');
    if (expected !== undefined) expect(totalCount).toBe(expected);
    else expect(totalCount).toBeGreaterThan(name === 'crowded' ? 4000 : 40);
    const own = items[0]!;
    expect(Date.parse(own.expiresAt) - Date.parse(own.startedAt)).toBe(name === 'expiring' ? 5 * 60_000 : 12 * 3600_000);
  });

  it('starts from a folder of your own, with scenario.json settings, selectable by its name afterwards', async () => {
    const folder = join(work, 'short-lived');
    await mkdir(folder);
    for (const file of ['users.json', 'devices.json']) await copyFile(join(FIXTURES, file), join(folder, file));
    await writeFile(join(folder, 'sessions.json'), '[]');
    await writeFile(join(folder, 'scenario.json'), JSON.stringify({ description: 'No sessions; new ones live a minute.', sessionLifetime: 'PT1M' }));
    const mock = await start('--scenario', folder, '--clock', '2023-08-04T21:30:00Z');
    const token = await login(mock.url);
    const { items } = await sessions(mock.url, token);
    expect(items).toHaveLength(1);
    expect(Date.parse(items[0]!.expiresAt) - Date.parse(items[0]!.startedAt)).toBe(60_000);
    await fetch(`${mock.url}/__mock/scenario`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"default"}' });
    const back = await fetch(`${mock.url}/__mock/scenario`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"short-lived"}' });
    expect(((await back.json()) as { name: string }).name).toBe('short-lived');
    expect((await sessions(mock.url, await login(mock.url))).totalCount).toBe(1);
  });

  it('starts from one JSON file of your own', async () => {
    const file = join(work, 'two-devices.json');
    const users = JSON.parse(await readFile(join(FIXTURES, 'users.json'), 'utf8'));
    const devices = JSON.parse(await readFile(join(FIXTURES, 'devices.json'), 'utf8')).filter((d: { name: string }) => d.name === 'BackOffice' || d.name === 'P01');
    await writeFile(file, JSON.stringify({ name: 'two-devices', unavailable: false, fixtures: { users, devices, sessions: [] } }));
    const mock = await start('--scenario', file);
    const token = await login(mock.url);
    expect((await sessions(mock.url, token)).totalCount).toBe(1);
    const current = (await (await fetch(`${mock.url}/__mock/scenario`)).json()) as { name: string };
    expect(current.name).toBe('two-devices');
  });

  it.each([
    [['--scenario', 'nope'], '--scenario must name a scenario (default, empty, crowded, expiring, sale-device-taken, unavailable) or a folder or JSON file of your own; "nope" is neither.'],
    [['--scenario', 'empty', '--fixtures', 'fixtures'], 'Give either --fixtures or --scenario, not both (a scenario has its own fixtures).'],
  ])('exits 2 with one line for %j', async (args, line) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(line);
  });

  it('exits 2 naming a broken scenario file, and leaves it as it was', async () => {
    const file = join(work, 'broken.json');
    await writeFile(file, '{ "fixtures": ');
    const { code, stderr } = await runCli(['--scenario', file]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`--scenario: cannot read ${file}`);
    expect(await readFile(file, 'utf8')).toBe('{ "fixtures": ');
  });
});
