/**
 * Reads a `--fixtures <dir>`: `<collection>.json` for each collection of the spec (and of every
 * `--spec`); the files of the collections the session rules need (`SESSION_RULE_COLLECTIONS`: users,
 * devices, sessions) must be there, the others (apikeys.json, stocks.json) may be absent: that collection is then empty (docs/behaviour.md#option-spec). Shapes are checked later, at
 * seed time, against the spec; here only "is it there and is it JSON" is answered, with the file named
 * (docs/behaviour.md#option-fixtures).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURE_COLLECTIONS, SESSION_RULE_COLLECTIONS, type Fixtures } from '../handlers/index.ts';
import { UsageError } from '../cli/command-line.ts';

const REQUIRED = new Set(SESSION_RULE_COLLECTIONS);
const REQUIRED_FILES = SESSION_RULE_COLLECTIONS.map((name) => `${name}.json`);
/** `users.json, devices.json and sessions.json` */
const NEEDED = `${REQUIRED_FILES.slice(0, -1).join(', ')} and ${REQUIRED_FILES.at(-1)}`;

async function readArray(dir: string, name: string, option: string): Promise<unknown[] | undefined> {
  const file = join(dir, `${name}.json`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !REQUIRED.has(name)) return undefined;
    throw new UsageError(`${option}: cannot read ${file} (${code ?? (error as Error).message}); the folder needs ${NEEDED}.`);
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

/**
 * @param option The option that named the folder, for messages (`--fixtures`, `--scenario`).
 * @param collections The collections to read: the bundled document's, and those of the `--spec`s.
 */
export async function loadFixtures(dir: string, option = '--fixtures', collections: readonly string[] = FIXTURE_COLLECTIONS): Promise<Fixtures> {
  // One file after the other, in this order: with several missing or broken, the message always names
  // the first of them, not whichever read happened to fail first.
  const fixtures: Record<string, unknown[]> = {};
  for (const name of collections) {
    const records = await readArray(dir, name, option);
    if (records !== undefined) fixtures[name] = records;
  }
  return fixtures as unknown as Fixtures;
}
