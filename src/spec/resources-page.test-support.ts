/**
 * docs/resources.md as its tests read it: the files its fenced blocks declare (```yaml file=<path>), the
 * shell commands of its `sh` blocks, one per line, and the fragment parsed. One reader, so every test
 * runs the page as written.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { OpenApiDocument } from './document.ts';

const page = readFileSync(new URL('../../docs/resources.md', import.meta.url), 'utf8');

/** Every ```<lang> file=<path> block: path → text. */
export const pageFiles: Readonly<Record<string, string>> = Object.fromEntries(
  [...page.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```/gm)].map((m) => [m[1]!, m[2]!]),
);

/** The lines of every ```sh block, in page order. */
export const pageCommands: readonly string[] = [...page.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((m) => m[1]!.split('\n').filter((line) => line.trim() !== ''));

/** The page's ```json block without a file: the answers of its curl lines, in order. */
export const pageAnswers: readonly unknown[] = [...page.matchAll(/^```json\n([\s\S]*?)^```/gm)].flatMap((m) => m[1]!.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown));

/** A fresh copy of the page's fragment (`my-mock/stocks.yaml`), parsed. */
export function stocksDocument(): OpenApiDocument {
  return parse(pageFiles['my-mock/stocks.yaml']!) as OpenApiDocument;
}

/** A fresh copy of the page's records (`my-mock/stocks.json`). */
export function stocksRecords(): Record<string, unknown>[] {
  return JSON.parse(pageFiles['my-mock/stocks.json']!) as Record<string, unknown>[];
}
