import { describe, expect, it } from 'vitest';
import { formatIssues, validateSchema } from '../spec/index.ts';
import { isProblemError, ProblemError } from './problem.ts';
import { methodNotAllowed, notFound, unauthenticated, validationFailed } from './problems.ts';

const INSTANCE = '/sessions/abc';

describe('ProblemError', () => {
  it('renders application/problem+json with status, localised title, instance and a traceId', async () => {
    const answer = notFound().toAnswer('en-GB', INSTANCE);
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(answer.headers['content-language']).toBe('en-GB');
    const body = JSON.parse(answer.body);
    expect(body).toEqual({ title: 'Resource not found', status: 404, instance: '/sessions/abc', traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/) });
    expect(formatIssues(validateSchema('ProblemDetails', body))).toBe('');
  });

  it('carries errorCode 1 on a 401 and errorCode 3 with errors on a 400', () => {
    expect(unauthenticated('why').toBody('sk-SK', INSTANCE)).toMatchObject({ status: 401, errorCode: 1, detail: 'why', title: 'Používateľ nie je overený.' });
    const body = validationFailed([{ memberName: '$take', message: 'no' }]).toBody('sk-SK', INSTANCE);
    expect(body).toMatchObject({ status: 400, errorCode: 3, errors: [{ memberName: '$take', message: 'no' }] });
    expect(formatIssues(validateSchema('PortosValidationProblemDetails', body))).toBe('');
  });

  it('always gives a 400 an errors list, as the spec requires', () => {
    expect(new ProblemError(400).toBody('sk-SK', INSTANCE)).toMatchObject({ errors: [] });
  });

  it('adds Allow to a 405', () => {
    const answer = methodNotAllowed('PUT', ['GET', 'DELETE']).toAnswer(undefined, INSTANCE);
    expect(answer.headers.allow).toBe('GET, DELETE');
  });

  it('is recognised by name too (across module copies)', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ProblemError', toAnswer: () => ({ status: 500, headers: {}, body: '' }) });
    expect(isProblemError(foreign)).toBe(true);
    expect(isProblemError(new Error('x'))).toBe(false);
  });
});
