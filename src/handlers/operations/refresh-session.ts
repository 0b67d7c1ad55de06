/**
 * POST /api/auth/refresh: a new token pair for `tokenId` + `refreshToken` (documented). No
 * Authorization header needed; the old pair stops working; `expiresAt` = now + 12 h (inferred).
 */
import { bindStringMembers } from '../../http/index.ts';
import { readJsonObjectBody } from '../read-body.ts';
import type { Operation } from '../context.ts';
import { json } from '../plain.ts';

const MEMBERS = [
  { name: 'tokenId', required: true },
  { name: 'refreshToken', required: true },
] as const;

export const refreshSession: Operation = async ({ request }, { lifecycle }) => {
  const body = bindStringMembers(await readJsonObjectBody(request), MEMBERS);
  return json(await lifecycle.refresh(body.tokenId!, body.refreshToken!));
};
