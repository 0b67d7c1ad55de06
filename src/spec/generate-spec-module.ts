/**
 * Writes the two modules derived from openapi/portos-sessions.yaml besides the types:
 * - src/generated/portos-sessions.spec.ts: the OpenAPI document as a plain object;
 * - src/generated/portos-sessions.record-validators.js (+ .d.ts): the validators the handlers call, as code
 *   (ajv standalone): each resource's record and each request body;
 * - src/generated/portos-sessions.validators.js (+ .d.ts): every validator (the responses too), sharing
 *   the records' code by importing it;
 * - src/generated/portos-sessions.outline.ts: its operations, paths, security, schema and property names
 *   and resource catalogue, all the handlers read of the document (./outline.ts), so that a browser
 *   bundle of the handlers need not carry the document.
 *
 * Why generated modules and not a YAML read and compiled at run time: the handlers, the store and their
 * validators also run in a browser's service worker, where there is no file system, and under a
 * Content-Security-Policy without `'unsafe-eval'`, where ajv cannot compile (`new Function`). The YAML
 * stays the only source; these modules are derived from it like the TypeScript types, and `--check`
 * fails with one line when one is stale.
 *
 * Usage: node src/spec/generate-spec-module.ts [--check] [--root <dir>]
 * (`--root`: the project folder holding openapi/ and src/generated/; default this repository.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { VALIDATOR_MODULE_TYPES, validatorModules, type ValidatorModules } from './compile-validators.ts';
import { buildCatalogue } from './catalogue.ts';
import type { OpenApiDocument } from './document.ts';
import { outlineOf } from './outline-of.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string' } } });
const root = values.root === undefined ? new URL('../../', import.meta.url) : pathToFileURL(`${values.root.replace(/\/$/, '')}/`);
const source = new URL('openapi/portos-sessions.yaml', root);

/** A spec that cannot be read, parsed or compiled: one line, no stack trace. */
function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  // oxlint-disable-next-line no-console -- a build script: its one line of error
  console.error(`Cannot generate from ${fileURLToPath(source)}: ${message.split('\n')[0]}`);
  process.exit(1);
}

const document = await readFile(source, 'utf8')
  .then((text): unknown => parse(text))
  .catch(fail);
let validatorSource: ValidatorModules;
try {
  const records = buildCatalogue([document as OpenApiDocument]).map((resource) => resource.schemaName);
  validatorSource = validatorModules(document as OpenApiDocument, records);
} catch (error) {
  fail(error);
}
const outputs: [string, string][] = [
  [
    'src/generated/portos-sessions.spec.ts',
    `/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts.
 * Do not make direct changes to the file: edit the YAML and run \`npm run generate\`.
 */
export const document = ${JSON.stringify(document, null, 2)};
`,
  ],
  ['src/generated/portos-sessions.validators.js', validatorSource.all],
  ['src/generated/portos-sessions.record-validators.js', validatorSource.records],
  [
    'src/generated/portos-sessions.outline.ts',
    `/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts:
 * what the handlers read of the document (src/spec/outline.ts), without the document.
 * Do not make direct changes to the file: edit the YAML and run \`npm run generate\`.
 */
export const outline = ${JSON.stringify(outlineOf(document as OpenApiDocument), null, 2)};
`,
  ],
  ['src/generated/portos-sessions.validators.d.ts', VALIDATOR_MODULE_TYPES],
  ['src/generated/portos-sessions.record-validators.d.ts', VALIDATOR_MODULE_TYPES],
];

if (values.check) {
  const stale: string[] = [];
  for (const [path, text] of outputs) {
    const current = await readFile(new URL(path, root), 'utf8').catch(() => '');
    if (current !== text) stale.push(path);
  }
  if (stale.length > 0) {
    // oxlint-disable-next-line no-console -- a build script: the one line a stale check prints
    console.error(`${stale.join(', ')} ${stale.length > 1 ? 'are' : 'is'} stale: run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
} else {
  for (const [path, text] of outputs) await writeFile(new URL(path, root), text);
}
