/**
 * DELETE /sessions/{id}: any authenticated caller may delete any session (documented: no rights
 * required); 204 with no body (the status code page and RFC 9110 over the example body); 404 when
 * unknown or expired. The deleted session's token is rejected from then on.
 */
import type { Operation } from '../context.ts';
import { noContent } from '../respond.ts';

export const deleteSession: Operation = async (request, { lifecycle }, { id = '' }) => {
  await lifecycle.authenticate(request.headers.get('authorization'));
  await lifecycle.deleteSession(id);
  return noContent();
};
