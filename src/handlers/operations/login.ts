/**
 * POST /api/auth: log in (docs/behaviour.md#login). Body property names match case-insensitively; a
 * missing `UserName` or `DeviceName` is a 400 naming it (docs/behaviour.md#login-body-binding); an
 * unknown user or device, or a wrong password, is a 401 with errorCode 1 (docs/behaviour.md#login-credentials).
 */
import { bindStringMembers } from '../../http/index.ts';
import { readJsonObjectBody } from '../read-body.ts';
import type { Operation } from '../context.ts';
import { json } from '../plain.ts';

const MEMBERS = [
  { name: 'UserName', required: true },
  { name: 'Password', required: false },
  { name: 'DeviceName', required: true },
] as const;

export const login: Operation = async ({ request }, { lifecycle }) => {
  const body = bindStringMembers(await readJsonObjectBody(request), MEMBERS);
  const result = await lifecycle.login({ userName: body.UserName!, password: body.Password, deviceName: body.DeviceName! });
  return json(result);
};
