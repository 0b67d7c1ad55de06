/**
 * Reads a `--fixtures <dir>`: users.json, devices.json and sessions.json. Shapes are checked later, at
 * seed time, against the spec; here only "is it there and is it JSON" is answered, with the file named
 * (docs/behaviour.md#option-fixtures).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fixtures } from '../handlers/index.ts';
import { UsageError } from '../cli/command-line.ts';

const FILES = ['users', 'devices', 'sessions'] as const;

async function readArray(dir: string, name: (typeof FILES)[number], option: string): Promise<unknown[]> {
  const file = join(dir, `${name}.json`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${option}: cannot read ${file} (${code ?? (error as Error).message}); the folder needs users.json, devices.json and sessions.json.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${option}: ${file} is not valid JSON: ${(error as Error).message.replace(/\.?$/, '.')}`);
  }
  if (!Array.isArray(value)) throw new UsageError(`${option}: ${file} must hold a JSON array.`);
  return value;
}

/** @param option The option that named the folder, for messages (`--fixtures`, `--scenario`). */
export async function loadFixtures(dir: string, option = '--fixtures'): Promise<Fixtures> {
  // One file after the other, in this order: with several missing or broken, the message always names
  // the first of them, not whichever read happened to fail first.
  const fixtures: Record<string, unknown[]> = {};
  for (const name of FILES) fixtures[name] = await readArray(dir, name, option);
  return fixtures as unknown as Fixtures;
}
