/**
 * DELETE /sessions/{id}: the spec declares 204 without a body (what the mock sends, docs/decisions/0003)
 * and, as its alternative, 200 with the deleted Session (what the PORTOS page also shows). The kit
 * accepts either, says in the check's note which one the server chose, and counts both as the same
 * answer in the status coverage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../run.ts';
import { compose, MOCK_LOGIN, rebuild, startMock, type Wrap } from '../test-helpers.ts';

const SESSION_PATH = /^\/sessions\/[^/]+$/;

/** A server that answers a successful DELETE with 200 and the session as it was just before. */
function deleteAnswers200(body: (session: Record<string, unknown>) => unknown = (session) => session): Wrap {
  return (next) => async (request) => {
    if (request.method !== 'DELETE' || !SESSION_PATH.test(new URL(request.url).pathname)) return next(request);
    const before = await next(new Request(request.url, { method: 'GET', headers: request.headers }));
    const response = await next(request);
    if (response.status !== 204 || before.status !== 200) return response;
    const session = (await before.json()) as Record<string, unknown>;
    return rebuild(response, JSON.stringify(body(session)), { 'content-type': 'application/json; charset=utf-8' }, 200);
  };
}

let mock: Awaited<ReturnType<typeof startMock>>;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

async function lifecycleRun(...wraps: Wrap[]) {
  const report = await runChecks({ target: { baseUrl: mock.url, ...MOCK_LOGIN, fetch: compose(...wraps) }, destructive: true, only: ['lifecycle'] });
  const deleteCoverage = report.coverage!.statuses.items.filter((item) => item.operationId === 'deleteSession' && item.status !== 401 && item.status !== 404);
  return { report, own: report.results.find((result) => result.name === 'lifecycle_own_session'), deleteCoverage };
}

describe('16.19 DELETE /sessions/{id} may answer 204 or 200 with the Session', () => {
  it('passes the mock\'s 204 and notes it', async () => {
    const { own, report, deleteCoverage } = await lifecycleRun();
    expect({ status: own?.status, note: own?.note }).toEqual({ status: 'pass', note: expect.stringMatching(/answered 204 without a body/) });
    expect(report.results.filter((result) => result.status === 'fail')).toEqual([]);
    expect(deleteCoverage.map((item) => [item.status, item.observed > 0])).toEqual([[204, true]]);
  });

  it('16.19 the kit passes a server that answers 200 with the Session, and reports that it did', async () => {
    const { own, report, deleteCoverage } = await lifecycleRun(deleteAnswers200());
    expect({ status: own?.status, note: own?.note, failures: own?.failures }).toEqual({
      status: 'pass',
      note: expect.stringMatching(/answered 200 with the deleted Session/),
      failures: [],
    });
    // The session is gone all the same: the checks that follow the delete pass too.
    expect(report.results.filter((result) => result.status === 'fail').map((result) => result.name)).toEqual([]);
    expect(report.results.find((result) => result.name === 'deleted_session_not_found')?.status).toBe('pass');
    // One coverage line for the answer, observed through its alternative; nothing undeclared.
    expect(deleteCoverage.map((item) => [item.status, item.observed > 0])).toEqual([[204, true]]);
    expect(report.coverage!.undeclared).toEqual([]);
  });

  it('fails a 200 whose body is not the deleted session', async () => {
    const { own } = await lifecycleRun(deleteAnswers200((session) => ({ ...session, sessionId: 'SomeOtherSession000000000000000' })));
    expect(own?.status).toBe('fail');
    expect(own?.failures.map((failure) => failure.message)).toEqual([expect.stringMatching(/DELETE answered 200, but its body is not the deleted session/)]);
  });
});
