/**
 * The problems only the node door can raise: an unreadable request (400), a body over the limit (413),
 * and a failure outside the core (500). They render through the same `ProblemError` as the core's own,
 * so they look alike to a client. (The 404 for a path the mock does not own is the door policy's:
 * src/handlers/door-policy.ts.)
 */
import type { PlainAnswer } from '../handlers/index.ts';
import { internalError, ProblemError } from '../http/index.ts';

export function doorProblem(status: 400 | 413 | 500, acceptLanguage: string | undefined, instance: string, reason?: string): PlainAnswer {
  const problem =
    status === 500
      ? internalError()
      : status === 400
        ? new ProblemError(400, { errors: [{ memberName: 'request', message: reason ?? 'The request could not be read.' }] })
        : new ProblemError(413, { detail: reason ?? 'The request body is too large.' });
  return problem.toAnswer(acceptLanguage, instance);
}
