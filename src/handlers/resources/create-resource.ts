/**
 * `POST /{collection}` for any catalogued resource: the caller needs the operation's rights
 * (docs/behaviour.md#rights); a key that exists answers 409 (docs/behaviour.md#resource-create); the new
 * record gets `_v` 1 whatever the body says (docs/behaviour.md#resource-versions); 201 with the record.
 */
import { alreadyExists } from '../../http/index.ts';
import { nextVersion } from '../../portos/index.ts';
import type { CatalogueResource, Contract, ResourceOperation } from '../../spec/index.ts';
import type { Operation } from '../context.ts';
import { json } from '../plain.ts';
import { changedRecord, requireCallerRights, tableOf, visible } from './resource-answers.ts';
import { readWriteBody } from './write-body.ts';

export function createResource(resource: CatalogueResource, operation: ResourceOperation, contract: Contract): Operation {
  const put = resource.operations.find((o) => o.kind === 'put');
  return async (call, context) => {
    requireCallerRights(call, context, operation.rights);
    const body = await readWriteBody(call.request, resource, operation.operationId, contract);
    const table = tableOf(resource, context);
    const key = String(body[resource.key]);
    if (table.get(key)) {
      const hint = put ? `; PUT ${put.path.replace(`{${resource.keyParameter}}`, encodeURIComponent(key))} updates it` : '';
      throw alreadyExists(`A ${resource.schemaName} with ${resource.key} "${key}" exists already${hint}.`);
    }
    const stored = await table.put(nextVersion(body, undefined));
    context.changes.emit({ change: 'created', resource: changedRecord(resource, stored) });
    return json(visible(resource, stored), 201);
  };
}
