/**
 * What an operation needs to answer a request: the store, the PORTOS rules and the clock of one mock
 * instance. Passed explicitly, never global, so instances stay apart.
 */
import type { Clock, SessionLifecycle } from '../portos/index.ts';
import type { Store } from '../store/index.ts';

export interface OperationContext {
  store: Store;
  lifecycle: SessionLifecycle;
  clock: Clock;
}

/** One PORTOS operation: decode the request, call the rules, encode the response. */
export type Operation = (request: Request, context: OperationContext, params: { id?: string }) => Promise<Response>;
