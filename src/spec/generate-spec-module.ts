/**
 * Writes src/generated/portos-sessions.spec.ts: the OpenAPI document as a plain object.
 *
 * Why a generated module and not a YAML read at run time: the handlers, the store and their validators
 * also run in a browser's service worker, where there is no file system. The YAML stays the only
 * source; this module is derived from it like the TypeScript types, and `--check` fails when stale.
 *
 * Usage: node src/spec/generate-spec-module.ts [--check]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const source = new URL('openapi/portos-sessions.yaml', root);
const target = new URL('src/generated/portos-sessions.spec.ts', root);

const document: unknown = parse(await readFile(source, 'utf8'));
const text = `/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts.
 * Do not make direct changes to the file: edit the YAML and run \`npm run generate\`.
 */
export const document = ${JSON.stringify(document, null, 2)};
`;

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    // oxlint-disable-next-line no-console -- a build script: the one line a stale check prints
    console.error(`${fileURLToPath(target)} is stale: run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
} else {
  await writeFile(target, text);
}
