/**
 * Issue 18.3, "a read that does not write what it does not change": a POST body is parsed once (the
 * journal keeps the operation's parse), and a list's query string is parsed once and remembered, which
 * must never change an answer: not after a write, not for a bad query, not once the memory is full.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { ORIGIN, PINNED } from './mock-client.test-support.ts';

type Api = ReturnType<typeof createMockApi>;

async function login(api: Api, body: string): Promise<Response> {
  return (await api.handle(new Request(`${ORIGIN}/api/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })))!;
}

async function get(api: Api, path: string, token: string): Promise<{ status: number; body: any }> {
  const response = (await api.handle(new Request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${token}` } })))!;
  return { status: response.status, body: await response.json() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('18.3 a POST body is parsed once', () => {
  it('parses a login body once: the journal keeps the operation\'s parse, its secret redacted', async () => {
    const api = createMockApi({ clock: PINNED });
    const body = JSON.stringify({ UserName: '100', Password: 'jana100', DeviceName: 'P02' });
    const parse = vi.spyOn(JSON, 'parse');
    const response = await login(api, body);
    expect(response.status).toBe(200);
    expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(1);
    expect(api.journal.entries.at(-1)!.body).toEqual({ UserName: '100', Password: '(redacted)', DeviceName: 'P02' });
  });

  it('journals a body the operation could not bind as before: text that is not JSON, an array, a blank body', async () => {
    const api = createMockApi({ clock: PINNED });
    for (const body of ['{"UserName":', '[1,2]', '  ']) expect((await login(api, body)).status).toBe(400);
    expect(api.journal.entries.map((entry) => entry.body)).toEqual(['{"UserName":', [1, 2], '  ']);
  });
});

describe('18.3 a list query string is parsed once and remembered', () => {
  it('answers the same query string again with the data as it is now, not as it was', async () => {
    const api = createMockApi({ clock: PINNED });
    const { tokenId } = (await (await login(api, JSON.stringify({ UserName: '999', DeviceName: 'Tool' }))).json()) as { tokenId: string };
    const path = '/devices?name=P01&$take=1';
    const before = await get(api, path, tokenId);
    expect(before.body.items[0]).toMatchObject({ name: 'P01', _v: 1 });
    const put = await api.handle(new Request(`${ORIGIN}/devices/P01`, { method: 'PUT', headers: { authorization: `Bearer ${tokenId}` }, body: JSON.stringify({ ...before.body.items[0], description: 'moved' }) }));
    expect(put!.status).toBe(200);
    expect((await get(api, path, tokenId)).body.items[0]).toMatchObject({ name: 'P01', _v: 2, description: 'moved' });
  });

  it('answers a bad query string 400 naming the member each time it is asked', async () => {
    const api = createMockApi({ clock: PINNED });
    const { tokenId } = (await (await login(api, JSON.stringify({ UserName: '999', DeviceName: 'Tool' }))).json()) as { tokenId: string };
    for (let i = 0; i < 3; i++) {
      const { status, body } = await get(api, '/devices?$take=-1', tokenId);
      expect(status).toBe(400);
      expect(body.errors.map((error: { memberName: string }) => error.memberName)).toEqual(['$take']);
    }
  });

  it('answers every query string right once more have been asked than it remembers (300), the first ones again too', async () => {
    const api = createMockApi({ clock: PINNED });
    const { tokenId } = (await (await login(api, JSON.stringify({ UserName: '999', DeviceName: 'Tool' }))).json()) as { tokenId: string };
    const take = (n: number) => `/devices?$take=${(n % 7) + 1}&$skip=${Math.floor(n / 7)}&$count=true`;
    const total = (await get(api, '/devices?$count=true', tokenId)).body.totalCount as number;
    for (const n of [...Array.from({ length: 300 }, (_, i) => i), 0, 1, 2]) {
      const { body } = await get(api, take(n), tokenId);
      expect(body).toEqual({ count: Math.max(0, Math.min((n % 7) + 1, total - Math.floor(n / 7))), totalCount: total });
    }
  });

  it('parses a long query string each time and answers it alike', async () => {
    const api = createMockApi({ clock: PINNED });
    const { tokenId } = (await (await login(api, JSON.stringify({ UserName: '999', DeviceName: 'Tool' }))).json()) as { tokenId: string };
    const path = `/devices?name=in:${Array.from({ length: 400 }, (_, i) => `X${i}`).join(':')}:P01`;
    for (let i = 0; i < 2; i++) expect((await get(api, path, tokenId)).body).toMatchObject({ count: 1, items: [{ name: 'P01' }] });
  });
});
