/**
 * Mutation self-test: deliberately broken servers, each built by wrapping the real mock with an injected
 * fetch, must make the suite fail — and the test checks that the RIGHT named check caught it. Breaks of
 * inferred rules (docs/behaviour.md marks them) are caught only with `strictInferred`; without it they
 * must show as warnings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHtmlReport } from './report/html.ts';
import { formatJsonReport } from './report/json.ts';
import { formatJunitReport } from './report/junit.ts';
import { formatMarkdownReport } from './report/markdown.ts';
import { reproduce } from './report/reproduce.ts';
import { runChecks, type RunOptions } from './run.ts';
import { compose, eachSession, isGet, MOCK_LOGIN, rebuild, rewriteJson, rewriteQuery, rewriteResponse, startMock, type Wrap } from './test-helpers.ts';
import type { FetchLike } from './target.ts';

interface Mutant {
  /** `<issue>-<slug>`. */
  name: string;
  /** The check that must catch it. */
  caughtBy: string;
  /** True when the broken rule is inferred (not documented by PORTOS): it fails only with strictInferred. */
  inferred?: boolean;
  options?: Partial<RunOptions>;
  wrap: Wrap;
}

const SESSION_PATH = /^\/sessions\/[^/]+$/;
const SESSIONS = /^\/sessions(\/[^/]+)?$/;
const protectedRequest = (request: Request) => !(request.method === 'POST' && new URL(request.url).pathname.startsWith('/api/auth'));

/** Remembers bearer tokens the server accepted, for mutants that wrongly accept other requests. */
function tokenMemory() {
  const accepted: string[] = [];
  const wrap: Wrap = (next) => async (request) => {
    const response = await next(request);
    const auth = request.headers.get('authorization');
    if (auth && response.status < 400 && !accepted.includes(auth)) accepted.push(auth);
    return response;
  };
  return { accepted, wrap };
}

/** Sends `request` again with each remembered token until one is not refused. */
async function retryWithLiveToken(next: FetchLike, request: Request, accepted: readonly string[], skip: string | null): Promise<Response | undefined> {
  for (const auth of [...accepted].reverse()) {
    if (auth === skip) continue;
    const headers = new Headers(request.headers);
    headers.set('authorization', auth);
    const retried = await next(new Request(request.url, { method: request.method, headers }));
    if (retried.status !== 401) return retried;
  }
  return undefined;
}

function flipSort(term: string): string {
  if (term.startsWith('-')) return term.slice(1);
  if (/:desc$/i.test(term)) return term.replace(/:desc$/i, ':asc');
  if (/:asc$/i.test(term)) return term.replace(/:asc$/i, ':desc');
  return `-${term}`;
}

function mutants(): Mutant[] {
  const auth = tokenMemory();
  const stale = tokenMemory();
  return [
    {
      name: '5-dropped-field',
      caughtBy: 'response_schema_conformance',
      wrap: rewriteJson((rq) => isGet(rq, SESSIONS), (body) => eachSession(body, (s) => delete s.expiresAt)),
    },
    {
      name: '5-wrong-type',
      caughtBy: 'response_schema_conformance',
      wrap: rewriteJson((rq) => isGet(rq, SESSIONS), (body) => eachSession(body, (s) => (s._v = String(s._v)))),
    },
    {
      name: '5-extra-field',
      caughtBy: 'response_schema_conformance',
      wrap: rewriteJson((rq) => isGet(rq, SESSIONS), (body) => eachSession(body, (s) => (s.tenantId = 'acme'))),
    },
    {
      name: '5-skip-ignored',
      caughtBy: 'skip_pages_join',
      wrap: rewriteQuery((params) => params.delete('$skip')),
    },
    {
      // Issue 17: every listable resource is checked, not only /sessions.
      name: '17-devices-skip-ignored',
      caughtBy: 'ndata_paging_skip[devices]',
      wrap: (next) => async (request) => {
        const url = new URL(request.url);
        if (request.method !== 'GET' || url.pathname !== '/devices' || !url.searchParams.has('$skip')) return next(request);
        url.searchParams.delete('$skip');
        return next(new Request(url, { method: request.method, headers: request.headers, signal: request.signal }));
      },
    },
    {
      name: '5-take-ignored',
      caughtBy: 'take_bounds_page',
      wrap: rewriteQuery((params) => params.delete('$take')),
    },
    {
      name: '5-reversed-sort',
      caughtBy: 'sort_top_level',
      wrap: rewriteQuery((params) => {
        const sorts = params.getAll('$sort');
        params.delete('$sort');
        for (const sort of sorts) params.append('$sort', sort.split(',').map(flipSort).join(','));
      }),
    },
    {
      name: '5-dotted-sort-ignored',
      caughtBy: 'sort_dotted_keys',
      inferred: true,
      wrap: rewriteQuery((params) => {
        const sorts = params.getAll('$sort').map((sort) => sort.split(',').filter((t) => !t.toLowerCase().includes('identity.')).join(','));
        params.delete('$sort');
        for (const sort of sorts.filter(Boolean)) params.append('$sort', sort);
      }),
    },
    {
      name: '5-total-count-wrong',
      caughtBy: 'total_count_exact',
      inferred: true,
      wrap: rewriteJson((rq, rs) => isGet(rq, /^\/sessions$/) && rs.status === 200, (body) => (Array.isArray(body.items) ? { ...body, totalCount: body.items.length } : body)),
    },
    {
      name: '5-count-off-by-one',
      caughtBy: 'count_matches_items',
      wrap: rewriteJson((rq, rs) => isGet(rq, /^\/sessions$/) && rs.status === 200, (body) => (Array.isArray(body.items) && body.items.length > 0 ? { ...body, count: body.count + 1 } : body)),
    },
    {
      name: '5-count-ignored',
      caughtBy: 'count_only_no_items',
      wrap: rewriteQuery((params) => params.delete('$count')),
    },
    {
      name: '5-filter-ignored',
      caughtBy: 'filter_gt_lt',
      wrap: rewriteQuery((params) => params.delete('sessionId')),
    },
    {
      name: '5-neq-as-eq',
      caughtBy: 'filter_neq_complement',
      inferred: true,
      wrap: rewriteQuery((params) => {
        const values = params.getAll('sessionId').map((v) => v.replace(/^neq:/i, 'eq:'));
        params.delete('sessionId');
        for (const value of values) params.append('sessionId', value);
      }),
    },
    {
      name: '5-gte-as-gt',
      caughtBy: 'fuzz_matches_reference',
      inferred: true,
      options: { fuzz: 200, seed: 5 },
      wrap: rewriteQuery((params) => {
        const values = params.getAll('sessionId').map((v) => v.replace(/(^|;)gte:/gi, '$1gt:'));
        params.delete('sessionId');
        for (const value of values) params.append('sessionId', value);
      }),
    },
    {
      name: '5-unknown-login-as-400',
      caughtBy: 'bad_credentials_rejected',
      inferred: true,
      wrap: rewriteResponse((response, request) =>
        request.method === 'POST' && new URL(request.url).pathname === '/api/auth' && response.status === 401 ? rebuild(response, null, {}, 400) : response,
      ),
    },
    {
      name: '5-ok-for-unknown-id',
      caughtBy: 'unknown_session_not_found',
      wrap: (next) => async (request) => {
        const response = await next(request);
        if (!isGet(request, SESSION_PATH) || response.status !== 404) return response;
        const list = await next(new Request(new URL('/sessions?$take=1', request.url), { headers: request.headers }));
        const first = ((await list.json()) as { items: unknown[] }).items[0];
        return rebuild(response, JSON.stringify(first), { 'content-type': 'application/json' }, 200);
      },
    },
    {
      name: '5-404-without-problem',
      caughtBy: 'unknown_session_not_found',
      wrap: rewriteResponse((response) => (response.status === 404 ? rebuild(response, 'Not Found', { 'content-type': 'text/plain' }) : response)),
    },
    {
      name: '5-problem-as-plain-json',
      caughtBy: 'problem_media_type',
      inferred: true,
      wrap: rewriteResponse((response) => (response.status >= 400 ? new Response(response.body, { status: response.status, headers: { 'content-type': 'application/json' } }) : response)),
    },
    {
      name: '5-validation-as-500',
      caughtBy: 'status_code_conformance',
      wrap: rewriteResponse((response) => (response.status === 400 ? new Response(response.body, { status: 500, headers: response.headers }) : response)),
    },
    {
      name: '5-wrong-content-type',
      caughtBy: 'content_type_conformance',
      wrap: rewriteResponse((response) => (response.status === 200 ? new Response(response.body, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } }) : response)),
    },
    {
      name: '5-auth-not-required',
      caughtBy: 'auth_missing_token_rejected',
      wrap: (next) =>
        auth.wrap(async (request) => {
          if (request.headers.has('authorization') || !protectedRequest(request) || auth.accepted.length === 0) return next(request);
          const headers = new Headers(request.headers);
          headers.set('authorization', auth.accepted[auth.accepted.length - 1]!);
          return next(new Request(request.url, { method: request.method, headers }));
        }),
    },
    {
      name: '5-garbage-token-accepted',
      caughtBy: 'auth_garbage_token_rejected',
      inferred: true,
      wrap: (next) =>
        auth.wrap(async (request) => {
          const response = await next(request);
          const token = request.headers.get('authorization');
          if (response.status !== 401 || !token || auth.accepted.includes(token)) return response;
          return (await retryWithLiveToken(next, request, auth.accepted, token)) ?? response;
        }),
    },
    {
      name: '5-delete-does-not-delete',
      caughtBy: 'deleted_session_not_found',
      options: { destructive: true },
      wrap: (next) => async (request) => {
        if (request.method !== 'DELETE' || !SESSION_PATH.test(new URL(request.url).pathname)) return next(request);
        const exists = await next(new Request(request.url, { headers: request.headers }));
        return exists.status === 200 ? new Response(null, { status: 204 }) : next(request);
      },
    },
    {
      name: '5-deleted-token-accepted',
      caughtBy: 'deleted_token_rejected',
      options: { destructive: true },
      wrap: (next) =>
        stale.wrap(async (request) => {
          const response = await next(request);
          const token = request.headers.get('authorization');
          if (response.status !== 401 || !token || !stale.accepted.includes(token)) return response;
          return (await retryWithLiveToken(next, request, stale.accepted, token)) ?? response;
        }),
    },
    {
      name: '5-logout-keeps-session',
      caughtBy: 'logout_ends_session',
      options: { destructive: true },
      wrap: (next) => async (request) =>
        request.method === 'DELETE' && new URL(request.url).pathname === '/api/auth' && request.headers.has('authorization')
          ? new Response(null, { status: 204 })
          : next(request),
    },
  ];
}

/** How HTML and JUnit (XML) write text: `&`, `<`, `>` and quotes escaped. */
function escapeForMarkup(text: string, format: 'HTML' | 'JUnit'): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return format === 'JUnit' ? escaped.replace(/"/g, '&quot;').replace(/'/g, '&apos;') : escaped.replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

describe('deliberately broken servers make the suite fail, caught by the right check', () => {
  let mock: { url: string; close(): Promise<void> };
  beforeEach(async () => {
    mock = await startMock();
  });
  afterEach(async () => {
    await mock?.close();
  });

  it('has at least 12 mutants with unique <issue>-<slug> names', () => {
    const names = mutants().map((m) => m.name);
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\d+-[a-z0-9-]+$/);
  });

  for (const mutant of mutants()) {
    it(`${mutant.name} is caught by ${mutant.caughtBy}${mutant.inferred ? ' (with strictInferred)' : ''}`, async () => {
      // A fresh mutant per run: some keep state (remembered tokens).
      const fresh = mutants().find((m) => m.name === mutant.name)!;
      const report = await runChecks({
        target: { baseUrl: mock.url, ...MOCK_LOGIN, fetch: compose(fresh.wrap) },
        strictInferred: fresh.inferred ?? false,
        seed: 5,
        ...fresh.options,
      });
      const failed = report.results.filter((r) => r.status === 'fail').map((r) => r.name);
      expect(report.ok).toBe(false);
      expect(failed).toContain(fresh.caughtBy);
      // Every report a person reads names the failing check and shows a curl line for its failure.
      const failure = report.results.find((r) => r.name === fresh.caughtBy)!.failures.find((f) => f.exchange);
      const curl = failure && reproduce(failure)?.curl;
      for (const [format, text] of [
        ['HTML', formatHtmlReport(report)],
        ['Markdown', formatMarkdownReport(report)],
        ['JUnit', formatJunitReport(report)],
        ['JSON', formatJsonReport(report)],
      ] as const) {
        expect(text, format).toContain(fresh.caughtBy);
        if (curl) expect(text, `${format} shows the curl line`).toContain(format === 'JSON' ? JSON.stringify(curl).slice(1, 40) : format === 'Markdown' ? curl : escapeForMarkup(curl, format).slice(0, 40));
      }
      if (fresh.inferred) {
        // Without strictInferred the same break is a warning, not a failure.
        const lenient = await runChecks({
          target: { baseUrl: mock.url, ...MOCK_LOGIN, fetch: compose(mutants().find((m) => m.name === mutant.name)!.wrap) },
          seed: 5,
          ...fresh.options,
        });
        expect(lenient.results.find((r) => r.name === fresh.caughtBy)?.status).toBe('warn');
      }
    });
  }

  it('5-extra-field passes with allowExtraFields', async () => {
    const extra = mutants().find((m) => m.name === '5-extra-field')!;
    const report = await runChecks({ target: { baseUrl: mock.url, ...MOCK_LOGIN, fetch: compose(extra.wrap) }, allowExtraFields: true, strictInferred: true });
    expect(report.results.filter((r) => r.status !== 'pass' && r.status !== 'skip').map((r) => r.name)).toEqual([]);
  });

  it('5-no-lists-no-400s: checks with nothing to look at skip with a reason instead of passing', async () => {
    // Every list answered 401 and every malformed query 200: nothing to count, no memberName to read.
    const wrap: Wrap = (next) => async (request) => {
      const url = new URL(request.url);
      if (request.method === 'GET' && url.pathname === '/sessions') {
        return new Response(JSON.stringify({ title: 'Unauthenticated.', status: 401 }), { status: 401, headers: { 'content-type': 'application/problem+json' } });
      }
      return next(request);
    };
    const report = await runChecks({ target: { baseUrl: mock.url, ...MOCK_LOGIN, fetch: compose(wrap) }, only: ['count_matches_items', 'validation_member_names'] });
    const byName = Object.fromEntries(report.results.map((r) => [r.name, r]));
    expect(byName.count_matches_items?.status).toBe('skip');
    expect(JSON.stringify(byName.count_matches_items)).toContain('no list response with items was seen');
    expect(byName.validation_member_names?.status).toBe('skip');
  });
});
