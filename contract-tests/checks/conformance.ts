/**
 * Conformance: every operation answers, and every response the run receives (from any check) has a
 * documented status, a documented Content-Type and a body valid against the spec's schema.
 */
import { documentedResponse, getOperation, mediaTypeOf, operations, validateResponse, type SchemaIssue } from '../../src/spec/index.ts';
import type { CheckContext } from '../context.ts';
import { readPage, unknownSessionId } from '../sessions.ts';
import { describeAnswer } from '../target.ts';
import type { Exchange } from '../types.ts';
import type { Check } from './check.ts';

const EXTRA_FIELD = 'has a property the spec does not declare';

const bundled = new Set(operations.map((operation) => operation.operationId));

/**
 * The answered exchanges of the bundled document's operations: those validators are compiled ahead of
 * time; the operations of a `--spec` document are judged by the per-resource checks only.
 */
function answered(ctx: CheckContext): Exchange[] {
  return ctx.target.journal.filter((exchange) => exchange.response !== undefined && bundled.has(exchange.operationId));
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** The documented media types for an exchange's status, or undefined when the status is undocumented. */
function documentedMediaTypes(exchange: Exchange): string[] | undefined {
  const documented = documentedResponse(getOperation(exchange.operationId), exchange.response!.status);
  return documented ? Object.keys(documented.content ?? {}) : undefined;
}

export const operationsSucceed: Check = {
  name: 'operations_succeed',
  group: 'conformance',
  basis: 'documented',
  summary: 'Every operation the suite may call without --destructive answers its success status (login, profile, list, get, refresh).',
  async run(ctx) {
    const { target } = ctx;
    // The run logged in before the first check (when given credentials); that login is judged here.
    const login = ctx.state.login;
    if (login) ctx.expectStatus(login, 200, `POST /api/auth: expected 200, got ${login.response?.status}`);
    const profile = await target.currentUser();
    ctx.expectStatus(profile, 200, `GET /api/auth: expected 200, got ${profile.response?.status}`);
    if (target.credentials && profile.response?.status === 200) {
      const userName = (profile.response.json as { userName?: unknown } | undefined)?.userName;
      ctx.expect(userName === target.credentials.user, `GET /api/auth: expected userName ${JSON.stringify(target.credentials.user)}, got ${JSON.stringify(userName)}`, profile, { expected: `userName ${JSON.stringify(target.credentials.user)}`, actual: `userName ${JSON.stringify(userName)}` });
    }
    const list = await target.listSessions('');
    const page = readPage(list);
    if (!ctx.expect(page?.items !== undefined, `GET /sessions: expected 200 with items, got ${list.response?.status}`, list)) return;
    const first = page!.items![0];
    if (first) {
      const one = await target.getSession(first.sessionId);
      ctx.expectStatus(one, 200, `GET /sessions/{id} of a listed session: expected 200, got ${one.response?.status}`);
      const body = one.response?.json as { sessionId?: unknown } | undefined;
      ctx.expect(body?.sessionId === first.sessionId, `GET /sessions/{id}: expected sessionId ${first.sessionId}, got ${JSON.stringify(body?.sessionId)}`, one, { expected: `sessionId ${first.sessionId}`, actual: `sessionId ${JSON.stringify(body?.sessionId)}` });
    }
    // DELETE of an id nobody has: exercises the operation without deleting anything.
    await target.deleteSession(unknownSessionId());
    if (target.token && target.refreshToken) {
      const refreshed = await target.refresh({ tokenId: target.token, refreshToken: target.refreshToken });
      const pair = refreshed.response?.json as { tokenId?: unknown; refreshToken?: unknown } | undefined;
      if (ctx.expect(refreshed.response?.status === 200 && typeof pair?.tokenId === 'string', `POST /api/auth/refresh: expected 200 with a new token pair, got ${refreshed.response?.status}`, refreshed)) {
        target.token = pair!.tokenId as string;
        target.refreshToken = typeof pair!.refreshToken === 'string' ? pair!.refreshToken : undefined;
        const check = await target.currentUser();
        ctx.expectStatus(check, 200, `the refreshed token was refused: GET /api/auth answered ${describeAnswer(check)}`);
      }
    } else {
      ctx.note = 'refresh not exercised: the suite did not log in itself (a --token run has no refresh token)';
    }
  },
};

export const statusCodeConformance: Check = {
  name: 'status_code_conformance',
  group: 'conformance',
  basis: 'documented',
  phase: 'final',
  summary: 'Every response of the run has a status the spec documents for its operation.',
  async run(ctx) {
    for (const exchange of answered(ctx)) {
      const status = exchange.response!.status;
      if (documentedMediaTypes(exchange) === undefined) {
        const listed = Object.keys(getOperation(exchange.operationId).definition.responses).join(', ');
        ctx.fail(`status ${status} is not documented for ${exchange.operationId} (documented: ${listed})`, exchange, { expected: `status ${listed.replace(/, /g, ' or ')}`, actual: `status ${status}` });
      }
    }
    ctx.note = `${answered(ctx).length} responses`;
  },
};

export const contentTypeConformance: Check = {
  name: 'content_type_conformance',
  group: 'conformance',
  basis: 'documented',
  phase: 'final',
  summary:
    'Every response carries a documented Content-Type (a JSON one for errors; the exact problem+json is `problem_media_type`), and bodiless statuses carry no body.',
  async run(ctx) {
    for (const exchange of answered(ctx)) {
      const response = exchange.response!;
      const types = documentedMediaTypes(exchange);
      if (types === undefined) continue;
      const actual = mediaTypeOf(response.headers['content-type']);
      if (types.length === 0) {
        if (response.text !== '') ctx.fail(`status ${response.status} must have no body, got ${response.text.length} bytes`, exchange, { expected: 'no body', actual: `${response.text.length} bytes` });
        continue;
      }
      const ok = types.includes(actual) || (response.status >= 400 && isJsonMediaType(actual));
      if (!ok) ctx.fail(`Content-Type "${response.headers['content-type'] ?? ''}" is not documented for ${response.status} (expected ${types.join(' or ')})`, exchange, { expected: `Content-Type ${types.join(' or ')}`, actual: `Content-Type ${response.headers['content-type'] ?? '(none)'}` });
    }
  },
};

export const responseSchemaConformance: Check = {
  name: 'response_schema_conformance',
  group: 'conformance',
  basis: 'documented',
  phase: 'final',
  summary:
    'Every response body is valid against the schema the spec documents for its status: required fields, types, formats, enums, and no undeclared fields (unless --allow-extra-fields).',
  async run(ctx) {
    for (const exchange of answered(ctx)) {
      const response = exchange.response!;
      const types = documentedMediaTypes(exchange);
      if (types === undefined || types.length === 0) continue;
      // Validate against the documented schema even when the media type is wrong: that is reported by
      // content_type_conformance, and the body's shape is a separate question.
      const mediaType = types.includes(mediaTypeOf(response.headers['content-type'])) ? response.headers['content-type'] : types[0];
      if (response.json === undefined) {
        ctx.fail(`the body is not JSON (${response.text === '' ? 'empty' : `"${response.text.slice(0, 60)}"`}), expected ${types.join(' or ')}`, exchange, { expected: `a ${types.join(' or ')} body`, actual: response.text === '' ? 'an empty body' : 'a body that is not JSON' });
        continue;
      }
      let issues: SchemaIssue[] = validateResponse(exchange.operationId, response.status, mediaType, response.json).body;
      if (ctx.flags.allowExtraFields) issues = issues.filter((issue) => !issue.message.startsWith(EXTRA_FIELD));
      const schema = `the schema of ${exchange.operationId} ${response.status} ${mediaTypeOf(mediaType)}`;
      for (const issue of issues) ctx.fail(`${issue.path || '(root)'} ${issue.message}`, exchange, { expected: `a body valid against ${schema}`, actual: `${issue.path || '(root)'} ${issue.message}` });
    }
  },
};

export const problemMediaType: Check = {
  name: 'problem_media_type',
  group: 'conformance',
  basis: 'inferred',
  phase: 'final',
  summary: 'Every error response (4xx, 5xx) is `application/problem+json`.',
  async run(ctx) {
    for (const exchange of answered(ctx)) {
      const response = exchange.response!;
      if (response.status < 400) continue;
      const actual = mediaTypeOf(response.headers['content-type']);
      if (actual !== 'application/problem+json') {
        ctx.fail(`error ${response.status} has Content-Type "${response.headers['content-type'] ?? ''}", expected application/problem+json`, exchange, { expected: 'Content-Type application/problem+json', actual: `Content-Type ${response.headers['content-type'] ?? '(none)'}` });
      }
    }
  },
};
