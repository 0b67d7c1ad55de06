/**
 * No global state: two instances never share records, tokens or journals, and `reset()` restores the
 * seed of one instance only.
 */
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { BACKOFFICE_SESSION, ORIGIN, P01_SESSION, PINNED } from './mock-client.test-support.ts';

async function login(api: ReturnType<typeof createMockApi>, deviceName = 'P02'): Promise<string> {
  const response = await api.handle(new Request(`${ORIGIN}/api/auth`, { method: 'POST', body: JSON.stringify({ UserName: '999', DeviceName: deviceName }) }));
  return ((await response!.json()) as { tokenId: string }).tokenId;
}

const get = (api: ReturnType<typeof createMockApi>, path: string, token: string) =>
  api.handle(new Request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${token}` } }));

describe('two instances', () => {
  it('keep their own sessions', async () => {
    const a = createMockApi({ clock: PINNED });
    const b = createMockApi({ clock: PINNED });
    await Promise.all([a.ready, b.ready]);
    const token = await login(a);
    await a.handle(new Request(`${ORIGIN}/sessions/${P01_SESSION}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }));
    expect(a.store.getSession(P01_SESSION)).toBeUndefined();
    expect(b.store.getSession(P01_SESSION)).toBeDefined();
    expect(b.store.sessionsOnDevice('P02')).toHaveLength(1);
    expect(b.store.sessionsOnDevice('P02')[0]?.identity.userName).toBe('demo');
  });

  it('reject each other\'s tokens (each signs with its own key)', async () => {
    const a = createMockApi({ clock: PINNED });
    const b = createMockApi({ clock: PINNED });
    const token = await login(a);
    expect((await get(b, '/api/auth', token))?.status).toBe(401);
    expect((await get(a, '/api/auth', token))?.status).toBe(200);
  });

  it('keep their own journals and clocks', async () => {
    const a = createMockApi({ clock: PINNED });
    const b = createMockApi({ clock: PINNED });
    await a.handle(new Request(`${ORIGIN}/sessions`));
    a.clock.advance(1000);
    expect(a.journal.entries).toHaveLength(1);
    expect(b.journal.entries).toHaveLength(0);
    expect(b.clock.now().toISOString()).toBe('2023-08-04T21:30:00.000Z');
  });
});

describe('reset()', () => {
  it('restores the seed: deleted sessions return, new ones go', async () => {
    const api = createMockApi({ clock: PINNED });
    const token = await login(api);
    await api.handle(new Request(`${ORIGIN}/sessions/${BACKOFFICE_SESSION}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }));
    await api.reset();
    expect(api.store.getSession(BACKOFFICE_SESSION)?._v).toBe(4);
    expect(api.store.sessionsOnDevice('P02')[0]?.identity.userName).toBe('demo');
    expect((await api.store.collection('sessions')).count()).toBe(59);
  });

  it('keeps the collections attached with { collections: true }: read synchronously before and after', async () => {
    const api = createMockApi({ clock: PINNED, collections: true });
    await api.ready;
    expect(api.store.sessions.count()).toBe(59);
    const token = await login(api, 'Tool');
    expect(api.store.sessions.count()).toBe(60);
    await api.handle(new Request(`${ORIGIN}/sessions/${BACKOFFICE_SESSION}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } }));
    expect(api.store.sessions.findFirst((q) => q.where({ sessionId: BACKOFFICE_SESSION }))).toBeUndefined();
    await api.reset();
    expect(api.store.sessions.count()).toBe(59);
    expect(api.store.devices.findFirst((q) => q.where({ name: 'P02' }))?.envName).toBe('CashRegister');
  });

  it('rejects every token issued before it', async () => {
    const api = createMockApi({ clock: PINNED });
    const token = await login(api);
    await api.reset();
    expect((await get(api, '/api/auth', token))?.status).toBe(401);
    expect((await get(api, '/api/auth', await login(api)))?.status).toBe(200);
  });

  it('lays the seed out around the clock\'s current now', async () => {
    const api = createMockApi({ clock: PINNED });
    api.clock.set('2030-01-01T12:00:00Z');
    await api.reset();
    expect(api.store.getSession(P01_SESSION)?.startedAt).toBe('2030-01-01T01:49:38.015Z');
  });

  it('leaves another instance alone', async () => {
    const a = createMockApi({ clock: PINNED });
    const b = createMockApi({ clock: PINNED });
    const tokenB = await login(b);
    await a.reset();
    expect((await get(b, '/api/auth', tokenB))?.status).toBe(200);
  });
});
