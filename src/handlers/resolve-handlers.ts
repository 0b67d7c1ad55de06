/**
 * Every operation of the spec with its handler, resolved once when a mock is created: the operations
 * that carry PORTOS session and auth rules (src/handlers/operations/) first, then the generic handler
 * of a catalogued resource. An operation with neither fails the start, not a request.
 */
import { bundledContract, type Contract } from '../spec/index.ts';
import type { Operation } from './context.ts';
import { operationsById } from './operations/index.ts';
import { resourceHandler } from './resources/index.ts';

export function resolveHandlers(contract: Contract = bundledContract): ReadonlyMap<string, Operation> {
  const handlers = new Map<string, Operation>();
  for (const { operationId, method, path } of contract.operations) {
    const own = operationsById[operationId];
    const resource = contract.catalogue.find((r) => r.operations.some((o) => o.operationId === operationId));
    const operation = resource?.operations.find((o) => o.operationId === operationId);
    const handler = own ?? (resource && operation ? resourceHandler(resource, operation, contract) : undefined);
    if (!handler) throw new Error(`Failed to create the mock API: ${method} ${path} (${operationId}) has no handler; it is neither a session or auth operation nor an operation of a resource the spec declares.`);
    handlers.set(operationId, handler);
  }
  return handlers;
}
