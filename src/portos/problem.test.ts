import { describe, expect, it } from 'vitest';
import { formatIssues, validateSchema } from '../spec/index.ts';
import { isProblemError, ProblemError } from './problem.ts';
import { methodNotAllowed, notFound, unauthenticated, validationFailed } from './problems.ts';

const request = (lang?: string) => new Request('http://portos.test/sessions/abc?x=1', { headers: lang ? { 'accept-language': lang } : {} });

describe('ProblemError', () => {
  it('renders application/problem+json with status, localised title, instance and a traceId', async () => {
    const response = notFound().toResponse(request('en-GB'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    const body = await response.json();
    expect(body).toEqual({ title: 'Resource not found', status: 404, instance: '/sessions/abc', traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/) });
    expect(formatIssues(validateSchema('ProblemDetails', body))).toBe('');
  });

  it('carries errorCode 1 on a 401 and errorCode 3 with errors on a 400', () => {
    expect(unauthenticated('why').toBody(request())).toMatchObject({ status: 401, errorCode: 1, detail: 'why', title: 'Používateľ nie je overený.' });
    const body = validationFailed([{ memberName: '$take', message: 'no' }]).toBody(request());
    expect(body).toMatchObject({ status: 400, errorCode: 3, errors: [{ memberName: '$take', message: 'no' }] });
    expect(formatIssues(validateSchema('PortosValidationProblemDetails', body))).toBe('');
  });

  it('always gives a 400 an errors list, as the spec requires', () => {
    expect(new ProblemError(400).toBody(request())).toMatchObject({ errors: [] });
  });

  it('adds Allow to a 405', () => {
    const response = methodNotAllowed('PUT', ['GET', 'DELETE']).toResponse(request());
    expect(response.headers.get('allow')).toBe('GET, DELETE');
  });

  it('is recognised by name too (across module copies)', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ProblemError', toResponse: () => new Response() });
    expect(isProblemError(foreign)).toBe(true);
    expect(isProblemError(new Error('x'))).toBe(false);
  });
});
