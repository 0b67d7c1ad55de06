/**
 * Issue 18.1: no door compiles code from strings at run time (ajv's validators are generated ahead of
 * time), so the handlers run on a page whose Content-Security-Policy has no `'unsafe-eval'`. Node's
 * `--disallow-code-generation-from-strings` makes `eval` and `new Function` throw, like such a page.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const child = fileURLToPath(new URL('./no-code-generation.test-support.ts', import.meta.url));

describe('every door without code generation from strings', () => {
  it('18.1 the msw door, the node door, the contract kit and the validators run where eval and new Function throw', async () => {
    const { stdout } = await run(process.execPath, ['--disallow-code-generation-from-strings', child], { timeout: 60_000 });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(result.codeGenerationBlocked).toBe(true);
    expect(result.mswDoor).toEqual({ login: 200, list: 200, count: 5, listValid: '' });
    expect(result.stored).toBe(60);
    expect(result.nodeDoor).toEqual({ login: 200, list: 200, count: 5, listValid: '' });
    expect(result.contract).toEqual({ ok: true, failed: [] });
    expect(result.validators).toEqual({
      session: expect.stringContaining('/_v must be >= 1'),
      userRecord: expect.stringContaining('/userName must be string'),
      login: "(root) must have required property 'UserName'\n/DeviceName must be string",
    });
  });
});
