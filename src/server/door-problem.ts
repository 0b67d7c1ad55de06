/**
 * The problems only the node door can raise: a path no handler knows (404), an unreadable request
 * (400), a body over the limit (413), and a failure outside every handler (500). They render through
 * the same `ProblemError` as the handlers' own, so they look alike to a client.
 */
import { internalError, notFound, ProblemError } from '../portos/index.ts';

export function doorProblem(request: Request, status: 400 | 404 | 413 | 500, reason?: string): Response {
  const problem =
    status === 404
      ? notFound()
      : status === 500
        ? internalError()
        : status === 400
          ? new ProblemError(400, { errors: [{ memberName: 'request', message: reason ?? 'The request could not be read.' }] })
          : new ProblemError(413, { detail: reason ?? 'The request body is too large.' });
  return problem.toResponse(request);
}
