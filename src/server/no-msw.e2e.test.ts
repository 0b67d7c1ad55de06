/**
 * The node door answers every operation without msw: in a process of its own, nothing under
 * node_modules/msw or @mswjs is ever loaded (the door converts IncomingMessage ⇄ plain for the core).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./no-msw.test-support.ts', import.meta.url));

describe('the node door', () => {
  it('answers every operation of the spec with no msw module loaded, nor @msw/data (18.2: collections load on demand)', async () => {
    const { stdout } = await run(process.execPath, [child], { timeout: 30_000 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { statuses: Record<string, number>; msw: string[]; mswData: string[]; modules: number };
    expect(result.statuses).toEqual({ login: 200, getSessions: 200, getSession: 200, getCurrentUser: 200, deleteSession: 204, refreshSession: 200, logout: 204 });
    expect(result.modules).toBeGreaterThan(20);
    expect(result.msw).toEqual([]);
    expect(result.mswData).toEqual([]);
  });
});
