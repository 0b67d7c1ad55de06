/**
 * The request body, for the operations that take one: a body the door cannot read (a client that stops
 * half-way, a worker whose stream fails) is the client's fault, a 400 naming the body as a whole.
 */
import { BODY_MEMBER, validationFailed } from '../http/index.ts';
import type { PlainRequest } from './plain.ts';

export async function readBody(request: PlainRequest): Promise<string> {
  try {
    return await request.text();
  } catch {
    throw validationFailed([{ memberName: BODY_MEMBER, message: 'The request body could not be read.' }]);
  }
}
