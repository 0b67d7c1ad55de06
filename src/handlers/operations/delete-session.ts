/**
 * DELETE /sessions/{id}: any authenticated caller may delete any session (docs/behaviour.md#delete-any-session);
 * 204 with no body (docs/behaviour.md#delete-session); 404 when unknown or expired. The deleted session's
 * token is rejected from then on.
 */
import type { Operation } from '../context.ts';
import { noContent } from '../plain.ts';

export const deleteSession: Operation = async ({ params }, { lifecycle }) => {
  await lifecycle.deleteSession(params.id ?? '');
  return noContent();
};
