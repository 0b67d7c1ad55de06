/**
 * package-lock.json's root entry is npm's copy of package.json. When the two differ, `npm install` on a
 * fresh clone rewrites the lockfile, so a newcomer starts with a modified file they never touched, and
 * `npm ci` installs from a description of the package that is no longer true. Reads files only: no npm.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const manifest = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
const lock = JSON.parse(await readFile(join(repo, 'package-lock.json'), 'utf8'));

const FIELDS = ['name', 'version', 'license', 'bin', 'dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'engines'];
/** npm writes bin paths without a leading `./`. */
const normalise = (field: string, value: unknown) =>
  field === 'bin' && value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([name, path]) => [name, String(path).replace(/^\.\//, '')])) : value;
const pick = (object: Record<string, unknown>) =>
  Object.fromEntries(FIELDS.filter((field) => object[field] !== undefined).map((field) => [field, normalise(field, object[field])]));

it("package-lock.json's root entry matches package.json (run `npm install` after editing package.json)", () => {
  expect(lock.name).toBe(manifest.name);
  expect(lock.version).toBe(manifest.version);
  expect(pick(lock.packages[''])).toEqual(pick(manifest));
});
