/**
 * The generic handlers of a catalogued resource (list, item, create, put, delete), built once per
 * operation from src/spec's catalogue: no code per resource.
 *
 * @module
 */
import type { CatalogueResource, Contract, ResourceOperation } from '../../spec/index.ts';
import type { Operation } from '../context.ts';
import { createResource } from './create-resource.ts';
import { deleteResource } from './delete-resource.ts';
import { getResource } from './get-resource.ts';
import { listResource } from './list-resource.ts';
import { putResource } from './put-resource.ts';

/** The handler of one operation of a catalogued resource. */
export function resourceHandler(resource: CatalogueResource, operation: ResourceOperation, contract: Contract): Operation {
  switch (operation.kind) {
    case 'list':
      return listResource(resource);
    case 'item':
      return getResource(resource);
    case 'create':
      return createResource(resource, operation, contract);
    case 'put':
      return putResource(resource, operation, contract);
    case 'delete':
      return deleteResource(resource, operation);
  }
}
