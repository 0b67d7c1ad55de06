/**
 * Reads `--spec <file>` documents (YAML or JSON; JSON is YAML too) for `createMockCore({ specs })`.
 * Only "is it there and does it parse" is answered here, with the file named; whether the document
 * follows the conventions is the contract's question, asked at start (docs/resources.md).
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { UsageError } from '../cli/command-line.ts';
import type { OpenApiDocument } from '../handlers/index.ts';

export async function loadSpecs(files: readonly string[]): Promise<OpenApiDocument[]> {
  const documents: OpenApiDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UsageError(`--spec: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    }
    try {
      documents.push(parse(text) as OpenApiDocument);
    } catch (error) {
      throw new UsageError(`--spec: ${file} is neither YAML nor JSON: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return documents;
}
