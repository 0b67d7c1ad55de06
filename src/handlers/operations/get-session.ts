/**
 * GET /sessions/{id}: the session, or 404 "Zdroj nebol nájdený" (docs/behaviour.md#get-session). Expired
 * sessions are not found (docs/behaviour.md#expired-sessions).
 */
import type { Operation } from '../context.ts';
import { json } from '../plain.ts';

export const getSession: Operation = async ({ params }, { lifecycle }) => json(lifecycle.getSession(params.id ?? ''));
