/**
 * DELETE /api/auth: log out; the caller's session is deleted and its token rejected (documented), 204.
 */
import type { Operation } from '../context.ts';
import { noContent } from '../respond.ts';

export const logout: Operation = async (request, { lifecycle }) => {
  const caller = await lifecycle.authenticate(request.headers.get('authorization'));
  await lifecycle.logout(caller);
  return noContent();
};
