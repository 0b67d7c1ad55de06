/**
 * @msw/data, loaded on first use. Importing it costs about twice what importing msw does (its
 * `es-toolkit/compat` barrel alone is ~550 modules; docs/decisions/0006-msw-data-on-demand.md), so the
 * store keeps its records itself and only a test author who reaches for a collection
 * (`await api.store.collection('devices')`, or `createMockApi({ collections: true })`) pays for it.
 */
import type { Collection } from '@msw/data';

export type CollectionClass = typeof Collection;

let loading: Promise<CollectionClass> | undefined;

/** The `Collection` class; the first call imports @msw/data, later calls share that import. */
export function loadCollectionClass(): Promise<CollectionClass> {
  loading ??= import('@msw/data').then((module) => module.Collection);
  return loading;
}

/** The error a collection read throws before its store attached the collections. */
export function notAttached(name: string): Error {
  return new Error(
    `Failed to read store.${name}: the @msw/data collections load on demand. Use \`await store.collection('${name}')\`, or create the mock with \`{ collections: true }\` and await \`ready\` first.`,
  );
}
