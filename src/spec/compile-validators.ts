/**
 * Compiles the spec's validators with ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses, plus ajv-formats).
 * Only build-time and Node code uses this module: `npm run generate` writes the validators as code
 * (`validatorModule`, ajv's standalone mode), so no door compiles a schema with `new Function` at run time.
 * `compileValidators` is the seam for a document known only at run time (in Node): the same keys, the
 * same variants, the same error objects.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { AJV_FORMATS_DATE_TIME, DATE_TIME_FORMAT_SOURCE } from './date-time-format.ts';
import type { JsonSchema, OpenApiDocument } from './document.ts';
import { componentRef, createVariants, recordKeys, validatorEntries, type Variant, type Variants } from './validator-entries.ts';
import { createContract } from './add-documents.ts';
import type { SchemaCompiler as ContractCompiler } from './contract.ts';

// ajv-formats and ajv's standalone module are CommonJS; under Node's ESM interop their function sits on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as unknown as (
  ajv: Ajv2020,
  refs: Record<string, string>,
) => string;

export interface SchemaCompiler {
  /** A validator for any schema of the document's vocabulary, in one direction (component refs resolve into the bundles). */
  compile(schema: JsonSchema, variant: Variant): ValidateFunction;
}

function createAjv(variants: Variants, source: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    // Shared code for each referenced schema instead of a copy inlined at every `$ref`.
    ...(source ? { code: { source: true, esm: true, lines: true }, inlineRefs: false } : {}),
  });
  addFormats(ajv);
  // Ajv2020 always tracks which properties and items each schema evaluated (for `unevaluatedProperties`/
  // `unevaluatedItems`): a `validateN.evaluated` table and its upkeep in every generated function, and a
  // top-level statement per function that keeps a bundler from dropping the unused ones. The spec uses
  // neither keyword (`withoutEvaluatedTracking` checks), so the generated code leaves the tracking out.
  if (source) (ajv.opts as { unevaluated: boolean }).unevaluated = false;
  for (const bundle of variants.bundles()) ajv.addSchema(bundle);
  return ajv;
}

/** The keywords that need ajv's evaluated tracking, which the generated code leaves out. */
const EVALUATED_KEYWORDS = ['unevaluatedProperties', 'unevaluatedItems', '$dynamicRef', '$recursiveRef'];

/** Throws, naming the keyword, when a schema needs the tracking the generated code leaves out. */
function withoutEvaluatedTracking(components: Record<string, JsonSchema>): void {
  JSON.stringify(components, (key, value: unknown) => {
    if (EVALUATED_KEYWORDS.includes(key)) throw new Error(`the spec uses "${key}", which the generated validators do not support (src/spec/compile-validators.ts turns ajv's evaluated tracking off).`);
    return value;
  });
}

/**
 * Shrinks ajv's standalone code without changing what it checks or reports (src/spec/generated-validators.test.ts
 * holds it to the validators ajv compiles at run time):
 * - each failed check pushes its error through one helper instead of ajv's five-line `if (vErrors === null)`;
 * - errors carry no `schemaPath` (nothing reads it: ./issues.ts builds each issue from `instancePath`,
 *   `keyword`, `params` and `message`);
 * - the copies of the schemas ajv writes beside the code are dropped when no code reads them.
 */
function shrink(code: string): string {
  const pushed = code.replace(/^const (err\d+) = (\{.*\});\nif\(vErrors === null\)\{\nvErrors = \[\1\];\n\}\nelse \{\nvErrors\.push\(\1\);\n\}\n/gm, 'vErrors = pushError(vErrors, $2);\n');
  if (/\berr\d+\b/.test(pushed)) throw new Error('ajv wrote an error in a shape src/spec/compile-validators.ts does not know (`const errN = …`).');
  const pathless = pushed.replace(/,schemaPath:"(?:[^"\\]|\\.)*",/g, ',');
  if (pathless.includes('schemaPath')) throw new Error('ajv wrote a schemaPath in a shape src/spec/compile-validators.ts does not know.');
  return pathless.replace(/^const (schema\d+) = .*\n/gm, (line, name: string) => (new RegExp(`\\b${name}\\b`).test(pathless.replace(line, '')) ? line : ''));
}

/** A run-time compiler over `document` (ajv, `new Function`): for Node code and tests only. */
export function createSchemaCompiler(document: OpenApiDocument): SchemaCompiler {
  const variants = createVariants(document.components.schemas);
  const ajv = createAjv(variants, false);
  return { compile: (schema, variant) => ajv.compile(variants.toVariant(schema, variant) as JsonSchema) };
}

/**
 * Every validator of `document` by key, compiled now (the run-time twin of the generated module). It
 * carries `addDocuments`, so that passing it as a mock's `compileSchemas` is all that adding documents takes.
 */
export const compileValidators: ContractCompiler = Object.assign(
  (document: OpenApiDocument): Record<string, ValidateFunction> => {
    const { compile } = createSchemaCompiler(document);
    return Object.fromEntries(validatorEntries(document).map((entry) => [entry.key, compile(entry.schema, entry.variant)]));
  },
  { addDocuments: createContract },
);

/**
 * ajv's standalone code writes `require("…")` for its run-time helpers even in ESM mode. Each becomes an
 * ESM namespace import; `cjs` picks the CommonJS exports object whichever interop the importer uses
 * (Node and esbuild in Node mode put `module.exports` on `default`, other bundlers spread it).
 */
function toEsm(code: string): { imports: string[]; body: string } {
  const modules: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    if (!modules.includes(specifier)) modules.push(specifier);
    return `cjs(runtime${modules.indexOf(specifier)})`;
  });
  const imports = modules.map((specifier, i) => `import * as runtime${i} from ${JSON.stringify(/\.[cm]?js$/.test(specifier) ? specifier : `${specifier}.js`)};`);
  return { imports, body };
}

/** A top-level declaration of ajv's standalone code: a function, a schema copy, a helper, an export alias. */
const TOP_LEVEL = /^(?:const ((?:schema|func|pattern|formats|root|wrapper|v)\d+) = |function (validate\d+)\()/;
const TOP_LEVEL_NAME = /\b(?:schema|func|pattern|formats|root|wrapper|validate|v)\d+\b/g;

interface Declaration {
  name: string;
  text: string;
}

/**
 * ajv's standalone code cut into its top-level declarations. It writes one statement a line and no
 * indentation, but the names of its top-level values (`validateN`, `schemaN`, `funcN`, …) are its own and
 * never declared inside a function, so a line declaring one starts a new declaration.
 */
function declarationsOf(code: string): Declaration[] {
  const declarations: Declaration[] = [];
  for (const line of code.split('\n')) {
    const match = TOP_LEVEL.exec(line);
    if (match) declarations.push({ name: (match[1] ?? match[2])!, text: '' });
    else if (declarations.length === 0) {
      if (line.trim() !== '') throw new Error(`ajv wrote code before its first declaration, which src/spec/compile-validators.ts does not know: ${line.slice(0, 80)}`);
      continue;
    }
    declarations.at(-1)!.text += `${line}\n`;
  }
  return declarations;
}

/** The names of `declarations` that `text` refers to. */
function namesIn(text: string, defined: ReadonlySet<string>): Set<string> {
  return new Set((text.match(TOP_LEVEL_NAME) ?? []).filter((name) => defined.has(name)));
}

const HEADER = (what: string) => `/* oxlint-disable -- generated code */
/**
 * This file was auto-generated from openapi/portos-sessions.yaml by src/spec/generate-spec-module.ts
 * (ajv's standalone code, JSON Schema 2020-12, ajv-formats), compiled ahead of time so that no door calls
 * \`new Function\`: ${what}.
 * JavaScript, not TypeScript: Node would type-strip it on every start (≈ 10× its import time); its types
 * are in the .d.ts beside it. Keys: src/spec/validator-entries.ts.
 * Do not make direct changes to the file: edit the YAML and run \`npm run generate\`.
 */
`;

const HELPERS: [name: string, source: string][] = [
  [
    'cjs',
    `function cjs(namespace) {
  const exports = namespace.default;
  return exports && typeof exports === 'object' && exports.__esModule ? exports : namespace;
}`,
  ],
  [
    'pushError',
    `/** Adds a failed check's error to the list (null until the first). */
function pushError(list, error) {
  if (list === null) return [error];
  list.push(error);
  return list;
}`,
  ],
  ['dateTimeFormat', DATE_TIME_FORMAT_SOURCE],
];

/** One generated module: its imports, the helpers its code calls, its declarations, its map of validators. */
function moduleSource(what: string, declarations: readonly Declaration[], imported: string, exported: readonly string[], map: string): string {
  const { imports, body } = toEsm(declarations.map((declaration) => declaration.text).join(''));
  const helpers = HELPERS.filter(([name]) => new RegExp(`\\b${name}\\b`).test(body)).map(([, source]) => `${source}\n`);
  const exports = exported.length > 0 ? `\n/** What the other validators module shares of this one's code. */\nexport { ${exported.join(', ')} };\n` : '';
  return `${HEADER(what)}${[...imports, imported].filter(Boolean).join('\n')}

${helpers.join('\n')}
${body}
/** The validators by key; each sets \`.errors\` (ajv's error objects, without \`schemaPath\`) when it returns false. */
export const validators = {
${map}
};
${exports}`;
}

/** Where the handlers' validators are, seen from the other module. */
const RECORDS_MODULE = './portos-sessions.record-validators.js';

/** The two generated modules' sources (deterministic: same document, same text). */
export interface ValidatorModules {
  /** src/generated/portos-sessions.record-validators.js: the keys of `recordKeys` (the handlers' run time). */
  records: string;
  /** src/generated/portos-sessions.validators.js: every key; imports what it shares with `records` from it. */
  all: string;
}

/**
 * The validator modules for \`document\`: ajv's standalone code for every entry, cut in two. The declarations
 * that the entries of \`recordKeys\` reach (\`recordSchemas\`: the catalogue's record schemas) go into the
 * records module; the rest into the other, which imports what it shares. So a browser bundle of the
 * handlers carries only the records' code, and Node code that loads both loads each function once.
 */
export function validatorModules(document: OpenApiDocument, recordSchemas: readonly string[]): ValidatorModules {
  withoutEvaluatedTracking(document.components.schemas);
  const variants = createVariants(document.components.schemas);
  const ajv = createAjv(variants, true);
  const entries = validatorEntries(document);
  // A ref to a component is the bundle's own validator (compiled once, its refs shared); any other schema
  // is compiled on its own.
  const ids = entries.map((entry, i) => {
    const component = componentRef(entry.schema);
    if (component !== undefined) return variants.refId(component, entry.variant);
    const id = `urn:portos-sessions:inline:${i}`;
    ajv.addSchema({ $id: id, ...(variants.toVariant(entry.schema, entry.variant) as JsonSchema) });
    return id;
  });
  const distinct = [...new Set(ids)];
  const refs = Object.fromEntries(distinct.map((id, i) => [`v${i}`, id]));
  const code = shrink(standaloneCode(ajv, refs))
    .replace(/^"use strict";/, '')
    // The validators are reached through the map of each module, not as named exports.
    .replace(/^export const (v\d+) = /gm, 'const $1 = ')
    // The date-time check is written into the module (./date-time-format.ts) instead of importing
    // ajv-formats' whole table for it; any other format still comes from ajv-formats.
    .replaceAll(AJV_FORMATS_DATE_TIME, 'dateTimeFormat');
  const declarations = declarationsOf(code);
  const defined = new Set(declarations.map((declaration) => declaration.name));
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
  const aliasOf = (i: number) => `v${distinct.indexOf(ids[i]!)}`;
  const records = recordKeys(entries, recordSchemas);
  // Everything the records' validators reach, by name.
  const reached = new Set<string>();
  const visit = (name: string): void => {
    if (reached.has(name)) return;
    reached.add(name);
    for (const next of namesIn(byName.get(name)!.text, defined)) visit(next);
  };
  entries.forEach((entry, i) => records.has(entry.key) && visit(aliasOf(i)));
  const recordDeclarations = declarations.filter((declaration) => reached.has(declaration.name));
  const rest = declarations.filter((declaration) => !reached.has(declaration.name));
  const mapOf = (keep: (key: string) => boolean) =>
    entries.flatMap((entry, i) => (keep(entry.key) ? [`  ${JSON.stringify(entry.key)}: ${aliasOf(i)},`] : [])).join('\n');
  const allMap = mapOf(() => true);
  const shared = [...namesIn(rest.map((declaration) => declaration.text).join('') + allMap, reached)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    records: moduleSource("the validators the handlers call (each resource's record, each request body)", recordDeclarations, '', shared, mapOf((key) => records.has(key))),
    all: moduleSource(
      'every validator of the spec\n * (the responses too: for tests, the validating layer and the contract kit)',
      rest,
      shared.length > 0 ? `import { ${shared.join(', ')} } from ${JSON.stringify(RECORDS_MODULE)};` : '',
      [],
      allMap,
    ),
  };
}

/** The types of src/generated/portos-sessions.validators.js and .record-validators.js (the same for every document). */
export const VALIDATOR_MODULE_TYPES = `/**
 * This file was auto-generated by src/spec/generate-spec-module.ts: the types of the .js module beside it.
 * Do not make direct changes to the file: run \`npm run generate\`.
 */
import type { ErrorObject } from 'ajv';

/** ajv's error object without \`schemaPath\`, which the generated code leaves out. */
export type ValidatorError = Pick<ErrorObject, 'instancePath' | 'keyword' | 'params' | 'message'>;

/** The module's validators by key; each sets \`.errors\` (ajv's error objects, without \`schemaPath\`) when it returns false. */
export declare const validators: Readonly<Record<string, { (data: unknown): boolean; errors?: ValidatorError[] | null }>>;
`;
