/**
 * The PORTOS operations that carry session and auth rules, by the spec's operationId (the lists and
 * item reads, sessions' included, are the generic handlers of src/handlers/resources/). Each one reads
 * its call (the core has routed and authenticated it already), calls the rules in src/portos and
 * encodes the answer; failures are thrown as `ProblemError`s.
 *
 * @module
 */
import type { Operation } from '../context.ts';
import { deleteSession } from './delete-session.ts';
import { getCurrentUser } from './get-current-user.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { refreshSession } from './refresh-session.ts';

export const operationsById: Readonly<Record<string, Operation>> = {
  deleteSession,
  login,
  getCurrentUser,
  logout,
  refreshSession,
};
