/**
 * Lists are written from each record's cached JSON (issue 18.3: the table keeps a record's answer text
 * until the record is written). These tests hold the cache to what a fresh `JSON.stringify` would say.
 */
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { ORIGIN, PINNED } from './mock-client.test-support.ts';

async function login(api: ReturnType<typeof createMockApi>): Promise<string> {
  const response = await api.handle(new Request(`${ORIGIN}/api/auth`, { method: 'POST', body: JSON.stringify({ UserName: '999', DeviceName: 'Tool' }) }));
  return ((await response!.json()) as { tokenId: string }).tokenId;
}

async function list(api: ReturnType<typeof createMockApi>, path: string, token: string): Promise<string> {
  const response = await api.handle(new Request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${token}` } }));
  expect(response!.status).toBe(200);
  return response!.text();
}

describe('18.3 list answers from cached record JSON', () => {
  it('writes exactly what JSON.stringify of the page writes, writeOnly fields left out', async () => {
    const api = createMockApi({ clock: PINNED });
    const token = await login(api);
    const text = await list(api, '/users?$take=4', token);
    const page = JSON.parse(text) as { items: Record<string, unknown>[] };
    expect(text).toBe(JSON.stringify(page));
    expect(Object.keys(page)).toEqual(['items', 'count', 'totalCount']);
    expect(page.items.some((user) => 'password' in user)).toBe(false);
    const empty = await list(api, '/devices?name=nobody', token);
    expect(empty).toBe('{"items":[],"count":0,"totalCount":0}');
  });

  it('shows every write at once: the caller\'s own bump, a PUT, and a write through the collection', async () => {
    const api = createMockApi({ clock: PINNED });
    const token = await login(api);
    type Page = { items: { sessionId: string; _v: number; identity: { deviceName: string } }[] };
    const own = (text: string) => (JSON.parse(text) as Page).items.find((s) => s.identity.deviceName === 'Tool')!;
    const first = own(await list(api, '/sessions?$sort=-lastAccessAt&$take=5', token));
    const second = own(await list(api, '/sessions?$sort=-lastAccessAt&$take=5', token));
    expect(second.sessionId).toBe(first.sessionId);
    expect(second._v).toBe(first._v + 1);
    expect(second).toEqual(api.store.getSession(first.sessionId));

    const device = (text: string) => (JSON.parse(text) as { items: { description: string; _v: number }[] }).items[0]!;
    const before = device(await list(api, '/devices?name=P03', token));
    const put = await api.handle(
      new Request(`${ORIGIN}/devices/P03`, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ name: 'P03', envName: 'CashRegister', description: 'Front', preferences: {}, settings: {}, _v: before._v }) }),
    );
    expect(put!.status).toBe(200);
    expect(device(await list(api, '/devices?name=P03', token))).toMatchObject({ description: 'Front', _v: before._v + 1 });
    const devices = await api.store.collection('devices');
    await devices.update((q) => q.where({ name: 'P03' }), { data: (draft) => void (draft.description = 'Back') });
    expect(device(await list(api, '/devices?name=P03', token)).description).toBe('Back');
  });
});
