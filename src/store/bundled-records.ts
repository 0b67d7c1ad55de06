/**
 * The record type of each collection of the bundled document, read from the generated types: every
 * path `/{collection}` whose GET answers 200 with a `QueryResult` (`items` of one schema, `count`,
 * `totalCount`), as src/spec's catalogue reads the document. So `store.devices` is typed without a
 * line written per resource.
 */
import type { paths } from '../generated/portos-sessions.ts';
import type { Seed } from './build-seed.ts';

type PageOf<Item> = Item extends { get: { responses: { 200: { content: { 'application/json': infer Page } } } } } ? Page : never;
type RecordOf<Page> = Page extends { items?: (infer R)[]; count: number; totalCount: number } ? R : never;
type CollectionOf<Path> = Path extends `/${infer Name}` ? (Name extends `${string}/${string}` ? never : Name) : never;

/** Collection name → record type, for every list operation of the bundled document. */
export type BundledRecords = {
  [Path in keyof paths as [RecordOf<PageOf<paths[Path]>>] extends [never] ? never : CollectionOf<Path>]: RecordOf<PageOf<paths[Path]>>;
};

/** A seed (or a store's records) holds every collection of the bundled document, typed, and the others'. */
export type BundledSeed = Seed & { [Name in keyof BundledRecords]: BundledRecords[Name][] };
