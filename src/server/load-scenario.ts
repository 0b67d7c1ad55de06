/**
 * `--scenario <name | folder | file>`: a built-in scenario by name, or one of your own
 * (docs/behaviour.md#scenarios): a folder with users.json, devices.json, sessions.json and, optionally,
 * scenario.json (`{ "description", "sessionLifetime", "unavailable" }`; the name is the folder's), or
 * one JSON file `{ "name", "description", "sessionLifetime", "unavailable", "fixtures": { "users",
 * "devices", "sessions" } }`. Whatever cannot be read is named in one line and left untouched.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { UsageError } from '../cli/command-line.ts';
import { BUILT_IN_SCENARIOS, SESSION_RULE_COLLECTIONS, type Fixtures, type Scenario } from '../handlers/index.ts';
import { loadFixtures } from './load-fixtures.ts';

const OPTION = '--scenario';
const SETTINGS = ['description', 'sessionLifetime', 'unavailable'] as const;

async function readJson(file: string): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${OPTION}: cannot read ${file} (${code ?? (error as Error).message.replace(/\.$/, '')}).`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${OPTION}: ${file} must hold a JSON object.`);
  return value as Record<string, unknown>;
}

/** The settings of a scenario file, each checked for its type (the values themselves are checked at start). */
function settings(file: string, raw: Record<string, unknown>): Pick<Scenario, 'sessionLifetime' | 'unavailable'> & { description?: string } {
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS) {
    const value = raw[key];
    if (value === undefined) continue;
    const wanted = key === 'unavailable' ? 'boolean' : 'string';
    if (typeof value !== wanted) throw new UsageError(`${OPTION}: ${file}: "${key}" must be a ${wanted}.`);
    out[key] = value;
  }
  return out;
}

/**
 * The name of a built-in scenario, or a scenario read from the folder or file `choice` names.
 * @param collections The collections a scenario folder may hold (the bundled ones and the `--spec`s').
 */
export async function loadScenario(choice: string, collections?: readonly string[]): Promise<string | Scenario> {
  if (BUILT_IN_SCENARIOS.some((scenario) => scenario.name === choice)) return choice;
  const kind = await stat(choice).then(
    (found) => (found.isDirectory() ? 'folder' : 'file'),
    () => undefined,
  );
  if (kind === undefined) {
    throw new UsageError(`${OPTION} must name a scenario (${BUILT_IN_SCENARIOS.map((s) => s.name).join(', ')}) or a folder or JSON file of your own; "${choice}" is neither.`);
  }
  if (kind === 'folder') {
    const fixtures = await loadFixtures(choice, OPTION, collections);
    const extra = await stat(join(choice, 'scenario.json')).then(
      () => readJson(join(choice, 'scenario.json')),
      () => ({}),
    );
    const { description, ...rest } = settings(join(choice, 'scenario.json'), extra);
    return { name: basename(choice), description: description ?? `Fixtures from ${choice}.`, fixtures, ...rest };
  }
  const raw = await readJson(choice);
  const fixtures = raw.fixtures as Readonly<Record<string, unknown>> | undefined;
  if (!fixtures || typeof fixtures !== 'object' || !SESSION_RULE_COLLECTIONS.every((key) => Array.isArray(fixtures[key]))) {
    throw new UsageError(`${OPTION}: ${choice} must have "fixtures": { ${SESSION_RULE_COLLECTIONS.map((key) => `"${key}": [...]`).join(', ')} }.`);
  }
  const name = typeof raw.name === 'string' ? raw.name : basename(choice, extname(choice));
  const { description, ...rest } = settings(choice, raw);
  return { name, description: description ?? `Fixtures from ${choice}.`, fixtures: fixtures as unknown as Fixtures, ...rest };
}
