/**
 * Errors: unknown ids and malformed NData.
 */
import { validateSchema } from '../../src/spec/index.ts';
import { unknownSessionId } from '../sessions.ts';
import type { Exchange } from '../types.ts';
import type { Check } from './check.ts';

export const unknownSessionNotFound: Check = {
  name: 'unknown_session_not_found',
  group: 'errors',
  basis: 'documented',
  summary: 'GET and DELETE /sessions/{id} of an unknown id answer 404 with a ProblemDetails body.',
  async run(ctx) {
    const id = unknownSessionId();
    for (const exchange of [await ctx.target.getSession(id), await ctx.target.deleteSession(id)]) {
      const response = exchange.response!;
      if (!ctx.expectStatus(exchange, 404, `unknown id: expected 404, got ${response.status}`)) continue;
      const body = response.json;
      if (!ctx.expect(body !== undefined && typeof body === 'object' && !Array.isArray(body), `the 404 body is not a JSON problem (${response.text === '' ? 'empty' : JSON.stringify(response.text.slice(0, 60))})`, exchange, { expected: 'a ProblemDetails JSON body', actual: response.text === '' ? 'an empty body' : `Content-Type ${response.headers['content-type'] ?? '(none)'}, not a JSON object` })) continue;
      const issues = validateSchema('ProblemDetails', body);
      ctx.expect(issues.length === 0, `the 404 body is not a ProblemDetails: ${issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ')}`, exchange, { expected: 'a body valid against ProblemDetails', actual: issues.map((i) => `${i.path || '(root)'} ${i.message}`).join('; ') });
      const status = (body as { status?: unknown }).status;
      ctx.expect(status === undefined || status === 404, `the problem's status is ${JSON.stringify(status)}, expected 404`, exchange, { expected: 'problem status 404 (or none)', actual: `problem status ${JSON.stringify(status)}` });
    }
  },
};

/** Malformed NData and the parameter each must be blamed on. */
const MALFORMED_QUERIES: readonly { query: string; memberName: string }[] = [
  { query: 'sessionId=bogus:abc', memberName: 'sessionId' },
  { query: '$take=-1', memberName: '$take' },
  { query: '$skip=abc', memberName: '$skip' },
  { query: '$sort=noSuchKey', memberName: '$sort' },
  { query: '$count=maybe', memberName: '$count' },
];

async function sendMalformed(ctx: Parameters<Check['run']>[0]): Promise<{ exchange: Exchange; memberName: string }[]> {
  const sent: { exchange: Exchange; memberName: string }[] = [];
  for (const { query, memberName } of MALFORMED_QUERIES) sent.push({ exchange: await ctx.target.listSessions(query), memberName });
  return sent;
}

export const malformedNdataRejected: Check = {
  name: 'malformed_ndata_rejected',
  group: 'errors',
  basis: 'inferred',
  summary: 'Malformed NData (unknown operator, `$take=-1`, `$skip=abc`, unknown sort key, `$count=maybe`) answers 400 with a validation problem listing errors.',
  async run(ctx) {
    for (const { exchange } of await sendMalformed(ctx)) {
      const response = exchange.response!;
      if (!ctx.expectStatus(exchange, 400, `malformed NData: expected 400, got ${response.status}`)) continue;
      const errors = (response.json as { errors?: unknown } | undefined)?.errors;
      ctx.expect(Array.isArray(errors) && errors.length > 0, 'the 400 problem has no `errors` entries', exchange, { expected: 'a non-empty `errors` list', actual: `errors ${JSON.stringify(errors) ?? 'absent'}` });
    }
  },
};

export const validationMemberNames: Check = {
  name: 'validation_member_names',
  group: 'errors',
  basis: 'inferred',
  summary: 'Each 400 for malformed NData names the parameter in error as `errors[].memberName` (`$take`, `sessionId`…).',
  async run(ctx) {
    let answered = 0;
    for (const { exchange, memberName } of await sendMalformed(ctx)) {
      if (exchange.response?.status !== 400) continue;
      answered++;
      const errors = (exchange.response.json as { errors?: { memberName?: unknown }[] } | undefined)?.errors;
      const names = Array.isArray(errors) ? errors.map((e) => e?.memberName) : [];
      ctx.expect(names.includes(memberName), `expected an error with memberName ${JSON.stringify(memberName)}, got ${JSON.stringify(names)}`, exchange, { expected: `an error with memberName ${JSON.stringify(memberName)}`, actual: `memberNames ${JSON.stringify(names)}` });
    }
    // No 400 means no memberName to read (malformed_ndata_rejected reports the missing 400s).
    if (answered === 0) ctx.skip('no malformed query was answered with 400, so no memberName could be read');
  },
};
