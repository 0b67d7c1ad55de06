/**
 * Every operation's handler is resolved once, when a mock is created: an operation the spec declares
 * without a handler fails the start with one line naming it, not a request with a 500.
 */
import { describe, expect, it } from 'vitest';
import { bundledContract, operations, type Operation } from '../spec/index.ts';
import { resolveHandlers } from './resolve-handlers.ts';

describe('resolveHandlers', () => {
  it('finds a handler for every operation of the spec: session and auth rules, and the generic resource handlers', () => {
    const handlers = resolveHandlers();
    expect([...handlers.keys()].sort()).toEqual(operations.map((o) => o.operationId).sort());
  });

  it('fails the start, naming the operation, when one has no handler', () => {
    const stray: Operation = { operationId: 'listStocks', method: 'GET', path: '/stocks', requiresAuth: true, definition: { operationId: 'listStocks', responses: {} } };
    expect(() => resolveHandlers({ ...bundledContract, operations: [...operations, stray] })).toThrow('Failed to create the mock API: GET /stocks (listStocks) has no handler');
  });
});
