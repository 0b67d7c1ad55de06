/**
 * Reads a `--fixtures <dir>`: users.json, devices.json and sessions.json. Shapes are checked later, at
 * seed time, against the spec; here only "is it there and is it JSON" is answered, with the file named.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fixtures } from '../handlers/index.ts';
import { UsageError } from './options.ts';

const FILES = ['users', 'devices', 'sessions'] as const;

export async function loadFixtures(dir: string): Promise<Fixtures> {
  const entries = await Promise.all(
    FILES.map(async (name) => {
      const file = join(dir, `${name}.json`);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(`--fixtures: cannot read ${file} (${code ?? (error as Error).message}); the folder needs users.json, devices.json and sessions.json.`);
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new UsageError(`--fixtures: ${file} is not valid JSON: ${(error as Error).message}`);
      }
      if (!Array.isArray(value)) throw new UsageError(`--fixtures: ${file} must hold a JSON array.`);
      return [name, value] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as Fixtures;
}
