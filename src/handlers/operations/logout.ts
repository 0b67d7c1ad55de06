/**
 * DELETE /api/auth: log out; the caller's session is deleted and its token rejected, 204 (docs/behaviour.md#logout).
 */
import { callerOf, type Operation } from '../context.ts';
import { noContent } from '../plain.ts';

export const logout: Operation = async (call, { lifecycle }) => {
  await lifecycle.logout(callerOf(call));
  return noContent();
};
