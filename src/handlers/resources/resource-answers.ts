/**
 * What the generic resource handlers share: the table behind a catalogued resource, a record as
 * answered (its `writeOnly` fields left out: docs/behaviour.md#write-only-fields), and the caller's
 * rights check.
 */
import { internalError } from '../../http/index.ts';
import { requireRights, VERSION_FIELD } from '../../portos/index.ts';
import type { CatalogueResource } from '../../spec/index.ts';
import type { ResourceTable, StoredRecord } from '../../store/index.ts';
import type { OperationCall, OperationContext } from '../context.ts';

/** The table of a catalogued resource; the store has one for each (a programmer's error otherwise). */
export function tableOf(resource: CatalogueResource, { store }: OperationContext): ResourceTable {
  const table = store.table(resource.name);
  if (!table) throw internalError();
  return table;
}

/** The record as answered: without the fields the schema marks `writeOnly` (a password, an API secret). */
export function visible(resource: CatalogueResource, record: StoredRecord): StoredRecord {
  if (resource.writeOnly.length === 0) return record;
  return Object.fromEntries(Object.entries(record).filter(([field]) => !resource.writeOnly.includes(field)));
}

/** Throws 403 unless the caller's user holds one of `rights` (docs/behaviour.md#rights). */
export function requireCallerRights(call: OperationCall, { store }: OperationContext, rights: readonly string[]): void {
  if (rights.length === 0) return;
  const user = call.caller ? store.findUser(call.caller.session.identity.userName) : undefined;
  requireRights(user, rights);
}

/** The key a keyed route names (`/devices/{name}` → `params.name`). */
export function keyOf(resource: CatalogueResource, call: OperationCall): string {
  return call.params[resource.keyParameter] ?? '';
}

/** A record as a change event names it: its collection, key and `_v` (docs/behaviour.md#notification-payload). */
export function changedRecord(resource: CatalogueResource, record: Readonly<Record<string, unknown>>): { name: string; id: string; version?: number } {
  const version = record[VERSION_FIELD];
  return { name: resource.name, id: String(record[resource.key]), ...(typeof version === 'number' && { version }) };
}
