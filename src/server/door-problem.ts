/**
 * The problems only the node door can raise: a path the core does not own (404), an unreadable request
 * (400), a body over the limit (413), and a failure outside the core (500). They render through the same
 * `ProblemError` as the core's own, so they look alike to a client.
 */
import type { PlainAnswer } from '../handlers/index.ts';
import { internalError, notFound, ProblemError } from '../http/index.ts';

export function doorProblem(status: 400 | 404 | 413 | 500, acceptLanguage: string | undefined, instance: string, reason?: string): PlainAnswer {
  const problem =
    status === 404
      ? notFound()
      : status === 500
        ? internalError()
        : status === 400
          ? new ProblemError(400, { errors: [{ memberName: 'request', message: reason ?? 'The request could not be read.' }] })
          : new ProblemError(413, { detail: reason ?? 'The request body is too large.' });
  return problem.toAnswer(acceptLanguage, instance);
}
