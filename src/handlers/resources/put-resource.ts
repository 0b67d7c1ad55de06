/**
 * `PUT /{collection}/{key}` for any catalogued resource: "creates new or updates existing" (documented
 * for devices). Creating needs the rights of the collection's POST, updating the PUT's own
 * (docs/behaviour.md#rights); the body's key must be the path's; an update based on another `_v` answers
 * 409 with errorCode 6 (docs/behaviour.md#resource-versions). 201 with a new record, 200 with an update.
 */
import { validationFailed } from '../../http/index.ts';
import { checkVersion, nextVersion, VERSION_FIELD } from '../../portos/index.ts';
import type { CatalogueResource, Contract, ResourceOperation } from '../../spec/index.ts';
import type { Operation } from '../context.ts';
import { json } from '../plain.ts';
import { changedRecord, keyOf, requireCallerRights, tableOf, visible } from './resource-answers.ts';
import { readWriteBody } from './write-body.ts';

export function putResource(resource: CatalogueResource, operation: ResourceOperation, contract: Contract): Operation {
  const createRights = resource.operations.find((o) => o.kind === 'create')?.rights ?? operation.rights;
  return async (call, context) => {
    const table = tableOf(resource, context);
    const key = keyOf(resource, call);
    const current = table.get(key);
    requireCallerRights(call, context, current ? operation.rights : createRights);
    const body = await readWriteBody(call.request, resource, operation.operationId, contract);
    if (body[resource.key] !== key) {
      throw validationFailed([{ memberName: resource.key, message: `${resource.key} must be the one in the path, ${JSON.stringify(key)}; got ${JSON.stringify(body[resource.key])}.` }]);
    }
    if (current) checkVersion({ name: resource.schemaName, id: key }, current[VERSION_FIELD] as number, body[VERSION_FIELD]);
    const stored = await table.put(nextVersion(body, current));
    context.changes.emit({ change: current ? 'updated' : 'created', resource: changedRecord(resource, stored) });
    return json(visible(resource, stored), current ? 200 : 201);
  };
}
