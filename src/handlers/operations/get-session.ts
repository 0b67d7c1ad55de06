/**
 * GET /sessions/{id}: the session, or 404 "Zdroj nebol nájdený" (documented). Expired sessions are
 * not found (inferred).
 */
import type { Operation } from '../context.ts';
import { json } from '../respond.ts';

export const getSession: Operation = async (request, { lifecycle }, { id = '' }) => {
  await lifecycle.authenticate(request.headers.get('authorization'));
  return json(lifecycle.getSession(id));
};
