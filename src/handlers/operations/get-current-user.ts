/**
 * GET /api/auth: the caller's user profile with the device of the caller's session (documented).
 */
import type { Operation } from '../context.ts';
import { json } from '../respond.ts';

export const getCurrentUser: Operation = async (request, { lifecycle }) => {
  const caller = await lifecycle.authenticate(request.headers.get('authorization'));
  return json(lifecycle.profileOf(caller));
};
