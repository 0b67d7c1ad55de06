/**
 * The request body, for the operations that take one: a body the door cannot read (a client that stops
 * half-way, a worker whose stream fails) is the client's fault, a 400 naming the body as a whole.
 */
import { BODY_MEMBER, readJsonObject, validationFailed } from '../http/index.ts';
import type { PlainRequest } from './plain.ts';

export async function readBody(request: PlainRequest): Promise<string> {
  try {
    return await request.text();
  } catch {
    throw validationFailed([{ memberName: BODY_MEMBER, message: 'The request body could not be read.' }]);
  }
}

/**
 * The JSON object each request's operation parsed its body into, so the journal does not parse it again.
 * @note The value is read, never changed, by the operations (a write stores a clone); the journal keeps
 * a redacted copy of it.
 */
const parsedBodies = new WeakMap<PlainRequest, Record<string, unknown>>();

/** The body as a JSON object (`readJsonObject`: an empty body binds like `{}`); anything else is a 400. */
export async function readJsonObjectBody(request: PlainRequest): Promise<Record<string, unknown>> {
  const text = await readBody(request);
  const body = readJsonObject(text);
  // An empty (or blank) body parsed to nothing: the journal keeps it as it was sent.
  if (text.trim() !== '') parsedBodies.set(request, body);
  return body;
}

/** The body an operation parsed with `readJsonObjectBody`, if one did. */
export function parsedBodyOf(request: PlainRequest): Record<string, unknown> | undefined {
  return parsedBodies.get(request);
}
