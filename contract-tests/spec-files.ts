/**
 * `--spec <file>`: more OpenAPI 3.1 documents (YAML or JSON; JSON is YAML) whose resources the kit checks
 * beside the bundled document's. A file that cannot be read or is not an OpenAPI document is one line;
 * the conventions themselves are the catalogue's to judge (src/spec/catalogue.ts).
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { OpenApiDocument } from '../src/spec/index.ts';

/** A `--spec` file the kit cannot use; the message is one line naming the file. */
export class SpecFileError extends Error {
  override name = 'SpecFileError';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and parses one document; `components` the catalogue reads are filled in when absent. */
async function loadSpecFile(path: string): Promise<OpenApiDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SpecFileError(`--spec ${JSON.stringify(path)}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new SpecFileError(`--spec ${JSON.stringify(path)}: not YAML or JSON: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  if (!isObject(document) || typeof document.openapi !== 'string' || !document.openapi.startsWith('3.') || !isObject(document.paths)) {
    throw new SpecFileError(`--spec ${JSON.stringify(path)}: not an OpenAPI 3 document (it needs \`openapi: 3.1.0\` and \`paths\`).`);
  }
  const components = isObject(document.components) ? document.components : {};
  return {
    ...document,
    components: { schemas: {}, parameters: {}, examples: {}, ...components },
  } as unknown as OpenApiDocument;
}

export function loadSpecFiles(paths: readonly string[]): Promise<OpenApiDocument[]> {
  return Promise.all(paths.map(loadSpecFile));
}
