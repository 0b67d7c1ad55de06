/**
 * The state file's saving, without a process: a failed save keeps the change for the next try, the file
 * keeps its mode (0600 when new), stale temporary files of a killed save are removed at start, and a
 * folder the mock cannot write into stops the start with one line.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockCore } from '../handlers/index.ts';
import { createStateFile } from './state-file.ts';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'portos-state-file-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function attached(path: string) {
  const file = createStateFile(path);
  const core = createMockCore({ clock: '2023-08-04T21:30:00Z' });
  await core.ready;
  file.attach(core);
  return file;
}

describe('--state saving', () => {
  it('16.11 a failed save is reported and retried: the change is kept until a write succeeds', async () => {
    const folder = join(work, 'retry');
    await mkdir(folder);
    const path = join(folder, 'state.json');
    const file = await attached(path);
    file.changed();
    await rm(folder, { recursive: true });
    await expect(file.flush()).rejects.toThrow(/^portos-mock: cannot save the state to .*state\.json \(ENOENT\); it is retried with the next change and at shutdown\.$/);
    await mkdir(folder);
    // No new change: the failed one is still pending, so the next flush writes it.
    await file.flush();
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ format: 'portos-mock/state' });
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('16.11 a new state file is 0600 and a saved one keeps its mode', async () => {
    const path = join(work, 'mode.json');
    const file = await attached(path);
    file.changed();
    await file.flush();
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    await chmod(path, 0o640);
    file.changed();
    await file.flush();
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('16.11 stale temporary files of a killed save are removed at start, and nothing else', async () => {
    const folder = join(work, 'stale');
    await mkdir(folder);
    const keep = ['state.json.notes.tmp', 'other.json.123.tmp', 'state.json.123.tmp.bak', 'state.json'];
    for (const name of [...keep, 'state.json.123.tmp', 'state.json.99999.tmp']) await writeFile(join(folder, name), name === 'state.json' ? '' : 'x');
    await rm(join(folder, 'state.json'));
    expect(await createStateFile(join(folder, 'state.json')).read()).toBeUndefined();
    expect((await readdir(folder)).sort()).toEqual(keep.filter((name) => name !== 'state.json').sort());
  });

  it('16.11 a folder that does not exist stops the start with one line naming it', async () => {
    const path = join(work, 'missing', 'state.json');
    await expect(createStateFile(path).read()).rejects.toThrow(/^--state: cannot write into the folder .*missing \(ENOENT\); create it or choose another file\.$/);
  });
});
