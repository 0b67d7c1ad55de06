/**
 * What an operation needs to answer a request: the store, the PORTOS rules and the clock of one mock
 * instance. Passed explicitly, never global, so instances stay apart.
 */
import { internalError } from '../http/index.ts';
import type { Caller, ChangeFeed, Clock, SessionLifecycle } from '../portos/index.ts';
import type { MockStore } from './mock-store.ts';
import type { PlainAnswer, PlainRequest } from './plain.ts';

export interface OperationContext {
  /** The store with the session rules' view (`getSession`, `findUser`, …). */
  store: MockStore;
  lifecycle: SessionLifecycle;
  clock: Clock;
  /** Where a write announces the record it created, updated or deleted (docs/behaviour.md#notification-changes). */
  changes: ChangeFeed;
}

/** One decoded call: the request, the path parameters, and the caller the core authenticated (if the spec asks). */
export interface OperationCall {
  request: PlainRequest;
  params: Readonly<Record<string, string>>;
  caller: Caller | undefined;
}

/** One PORTOS operation: read the call, apply the rules, encode the answer; failures are thrown `ProblemError`s. */
export type Operation = (call: OperationCall, context: OperationContext) => Promise<PlainAnswer>;

/** The caller of an operation the spec protects: the core authenticated it before calling. */
export function callerOf(call: OperationCall): Caller {
  if (!call.caller) throw internalError();
  return call.caller;
}
