/**
 * State that survives (docs/behaviour.md#state): a snapshot is plain data; restoring it, into the same
 * mock or a new one, brings back the records, the scenario, the clock and the tokens issued before;
 * what is not a state this version reads is refused with a sentence and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { BACKOFFICE_SESSION, ORIGIN, P01_SESSION, PINNED, useMock } from './mock-client.test-support.ts';

async function login(api: ReturnType<typeof createMockApi>): Promise<string> {
  const response = await api.handle(new Request(`${ORIGIN}/api/auth`, { method: 'POST', body: JSON.stringify({ UserName: '999', DeviceName: 'BackOffice' }) }));
  return ((await response!.json()) as { tokenId: string }).tokenId;
}
const call = (api: ReturnType<typeof createMockApi>, path: string, token: string, method = 'GET') =>
  api.handle(new Request(`${ORIGIN}${path}`, { method, headers: { authorization: `Bearer ${token}` } }));

describe('snapshot and restore in code', () => {
  it('is plain data that survives JSON, and brings back records, scenario, clock and tokens in a new mock', async () => {
    const a = createMockApi({ clock: PINNED, scenario: 'expiring' });
    const token = await login(a);
    await call(a, `/sessions/${P01_SESSION}`, token, 'DELETE');
    a.clock.advance('PT1M');
    const state = JSON.parse(JSON.stringify(await a.snapshot()));
    expect(state).toMatchObject({ format: 'portos-mock/state', version: 1, scenario: 'expiring', clock: { now: '2023-08-04T21:31:00.000Z', pinned: true } });

    const b = createMockApi({ clock: '2030-01-01T00:00:00Z' });
    await b.restore(state);
    expect(b.clock.now().toISOString()).toBe('2023-08-04T21:31:00.000Z');
    expect(b.scenario.name).toBe('expiring');
    expect(b.store.getSession(P01_SESSION)).toBeUndefined();
    expect((await call(b, '/api/auth', token))!.status).toBe(200);
    const list = await (await call(b, '/sessions?$count=true', token))!.json();
    expect(list).toEqual({ count: 59, totalCount: 59 });
  });

  it('restores into the same mock, undoing what came after the snapshot', async () => {
    const api = createMockApi({ clock: PINNED });
    const token = await login(api);
    const state = await api.snapshot();
    await call(api, `/sessions/${BACKOFFICE_SESSION}`, token, 'DELETE');
    await api.restore(state);
    expect(api.store.getSession(BACKOFFICE_SESSION)).toBeDefined();
    expect((await call(api, `/sessions/${BACKOFFICE_SESSION}`, token))!.status).toBe(200);
  });

  it.each([
    [null, 'it is not a JSON object.'],
    [{ format: 'x' }, 'it is not a portos-mock state'],
    [{ format: 'portos-mock/state', version: 2 }, 'saved by another version of portos-mock (state version 2; this one reads version 1)'],
  ])('refuses %j with a sentence and changes nothing', async (value, sentence) => {
    const api = createMockApi({ clock: PINNED });
    const token = await login(api);
    await expect(api.restore(value)).rejects.toThrow(sentence);
    expect((await call(api, '/api/auth', token))!.status).toBe(200);
  });

  it('refuses a state whose records break the spec, naming the record', async () => {
    const api = createMockApi({ clock: PINNED });
    const state = await api.snapshot();
    (state.records.sessions[0] as { _v: unknown })._v = 'many';
    await expect(api.restore(state)).rejects.toThrow(/sessions\[0\].*_v/);
    expect((await api.store.collection('sessions')).count()).toBe(59);
  });
});

describe('GET and PUT /__mock/state', () => {
  const mock = useMock();

  it('answers the state, and takes it back with a 204', async () => {
    const { tokenId } = await mock.login('999', 'BackOffice');
    const saved = await mock.call('GET', '/__mock/state');
    expect(saved.status).toBe(200);
    await mock.call('POST', '/__mock/reset');
    expect((await mock.call('GET', '/api/auth', { token: tokenId })).status).toBe(401);
    expect((await mock.call('PUT', '/__mock/state', { body: saved.body })).status).toBe(204);
    expect((await mock.call('GET', '/api/auth', { token: tokenId })).status).toBe(200);
  });

  it('answers a broken state with a 400 naming the body, and keeps its own', async () => {
    const json = { 'content-type': 'application/json' };
    const bad = await mock.call('PUT', '/__mock/state', { rawBody: '{"format":"portos-mock/state","version":0}', headers: json });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ memberName: '$', message: expect.stringContaining('another version') });
    expect((await mock.call('PUT', '/__mock/state', { rawBody: 'not json', headers: json })).status).toBe(400);
    expect((await mock.api.store.collection('sessions')).count()).toBe(59);
  });
});

describe('snapshots with concurrent tests', () => {
  it('keep each boundary to its own mock: one restore does not leak into the other (msw server.boundary)', async () => {
    const { setupServer } = await import('msw/node');
    const server = setupServer();
    server.listen({ onUnhandledFrame: 'error' });
    try {
      const flow = server.boundary(async (deleteFirst: boolean) => {
        const api = createMockApi({ clock: PINNED });
        server.use(...api.handlers);
        const token = ((await (await fetch(`${ORIGIN}/api/auth`, { method: 'POST', body: '{"UserName":"999","DeviceName":"BackOffice"}' })).json()) as { tokenId: string }).tokenId;
        const state = await api.snapshot();
        if (deleteFirst) await fetch(`${ORIGIN}/sessions/${P01_SESSION}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (deleteFirst) await api.restore(state);
        const list = (await (await fetch(`${ORIGIN}/sessions?$count=true`, { headers: { authorization: `Bearer ${token}` } })).json()) as { totalCount: number };
        return list.totalCount;
      });
      // Both boundaries run at once, each against its own mock through the same server.
      expect(await Promise.all([flow(true), flow(false)])).toEqual([60, 60]);
    } finally {
      server.close();
    }
  });
});
