/**
 * The store: one table per resource of the spec (src/spec's catalogue), the records kept in an NData
 * index (never @msw/data's own ordering or paging), every write from outside validated by the spec,
 * @msw/data 1.x collections over the tables on demand, seeded from fixtures checked by the spec and by
 * the domain's seed rules (src/portos lays sessions out around the clock's "now"). It names no
 * resource: the PORTOS rules reach their collections through `table(name)`. No Node built-ins: it runs
 * in a browser too.
 *
 * @module
 */

// Values
export { createStore } from './create-store.ts';

// Types
export type { Store } from './create-store.ts';
export type { ResourceTable, StoredRecord } from './resource-table.ts';
export type { BundledSeed } from './bundled-records.ts';
