/**
 * POST /api/auth: log in (documented: authentication/jwt-bearer-authentication). Body property names
 * match case-insensitively; a missing `UserName` or `DeviceName` is a 400 naming it; an unknown user or
 * device, or a wrong password, is a 401 with errorCode 1 (inferred).
 */
import { bindStringMembers, readJsonObject } from '../../portos/index.ts';
import type { Operation } from '../context.ts';
import { json } from '../respond.ts';

const MEMBERS = [
  { name: 'UserName', required: true },
  { name: 'Password', required: false },
  { name: 'DeviceName', required: true },
] as const;

export const login: Operation = async (request, { lifecycle }) => {
  const body = bindStringMembers(await readJsonObject(request), MEMBERS);
  const result = await lifecycle.login({ userName: body.UserName!, password: body.Password, deviceName: body.DeviceName! });
  return json(result);
};
