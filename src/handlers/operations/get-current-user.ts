/**
 * GET /api/auth: the caller's user profile with the device of the caller's session (docs/behaviour.md#current-user).
 */
import { callerOf, type Operation } from '../context.ts';
import { json } from '../plain.ts';

export const getCurrentUser: Operation = async (call, { lifecycle }) => json(lifecycle.profileOf(callerOf(call)));
