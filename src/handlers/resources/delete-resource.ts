/**
 * `DELETE /{collection}/{key}` for any catalogued resource: the caller needs the operation's rights
 * (docs/behaviour.md#rights); 404 when unknown; 423 when a live session holds the record
 * (docs/behaviour.md#resource-locked); 204 with no body.
 */
import { notFound } from '../../http/index.ts';
import { checkNotHeldBySession } from '../../portos/index.ts';
import type { CatalogueResource, ResourceOperation } from '../../spec/index.ts';
import type { Operation } from '../context.ts';
import { noContent } from '../plain.ts';
import { changedRecord, keyOf, requireCallerRights, tableOf } from './resource-answers.ts';

export function deleteResource(resource: CatalogueResource, operation: ResourceOperation): Operation {
  return async (call, context) => {
    requireCallerRights(call, context, operation.rights);
    const table = tableOf(resource, context);
    const key = keyOf(resource, call);
    const current = table.get(key);
    if (!current) throw notFound();
    checkNotHeldBySession(context.store, resource.name, resource.schemaName, current);
    // Parallel DELETEs of one record all pass the check above; only the one that removes it answers 204.
    if (!(await table.remove(key))) throw notFound();
    context.changes.emit({ change: 'deleted', resource: changedRecord(resource, current) });
    return noContent();
  };
}
