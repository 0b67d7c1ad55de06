import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrism, type RunningPrism } from './start-prism.ts';
import { startServer, type RunningServer } from '../server/serve.ts';

/**
 * `npm run start:validated`: the stateful mock behind `prism proxy --errors`. Prism is an independent
 * validator: any request or response of these flows that breaks the spec shows up as an
 * `sl-violations` header or a Prism error response, and fails the test.
 */
describe('the mock behind prism proxy --errors', () => {
  let mock: RunningServer;
  let prism: RunningPrism;
  const seen: { what: string; status: number; violations: string | null }[] = [];

  beforeAll(async () => {
    mock = await startServer({ port: 0, clock: '2023-08-04T21:30:00Z' });
    prism = await startPrism({ mode: 'proxy', upstream: mock.url });
  });
  afterAll(async () => {
    await prism?.close();
    await mock?.close();
  });

  async function call(what: string, path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(`${prism.url}${path}`, init);
    seen.push({ what, status: response.status, violations: response.headers.get('sl-violations') });
    return response;
  }

  const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  it('passes login, list, get, refresh, delete, logout and the documented errors without a violation', async () => {
    const login = await call('login', '/api/auth', json({ UserName: '999', DeviceName: 'BackOffice' }));
    expect(login.status).toBe(200);
    const { tokenId, refreshToken } = (await login.json()) as { tokenId: string; refreshToken: string };
    const auth = { headers: { Authorization: `Bearer ${tokenId}` } };

    expect((await call('profile', '/api/auth', auth)).status).toBe(200);
    expect((await call('list', '/sessions', auth)).status).toBe(200);
    expect((await call('list with NData', '/sessions?sessionId=gt:a;lt:z&$sort=-lastAccessAt,identity.userName&$skip=2&$take=5', auth)).status).toBe(200);
    expect((await call('count', '/sessions?$count=true', auth)).status).toBe(200);
    expect((await call('get', '/sessions/Hq6563mjODIOwNa87Cgi295uNPlKeOqA', auth)).status).toBe(200);
    expect((await call('unknown id', '/sessions/NoSuchSession0000000000000000000', auth)).status).toBe(404);
    expect((await call('bad sort key', '/sessions?$sort=colour', auth)).status).toBe(400);
    expect((await call('garbage token', '/sessions', { headers: { Authorization: 'Bearer garbage' } })).status).toBe(401);
    expect((await call('wrong password', '/api/auth', json({ UserName: '100', Password: 'nope', DeviceName: 'BackOffice' }))).status).toBe(401);

    const refreshed = await call('refresh', '/api/auth/refresh', json({ tokenId, refreshToken }));
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as { tokenId: string };
    const nextAuth = { headers: { Authorization: `Bearer ${next.tokenId}` } };

    // A second session to delete: the only one on device Tool that started at the pinned now.
    const other = await call('second login', '/api/auth', json({ UserName: '999', DeviceName: 'Tool' }));
    const otherAuth = { headers: { Authorization: `Bearer ${((await other.json()) as { tokenId: string }).tokenId}` } };
    const all = (await (await call('list all', '/sessions?$sort=-startedAt', otherAuth)).json()) as {
      items: { sessionId: string; startedAt: string; identity: { deviceName: string } }[];
    };
    const otherId = all.items.find((s) => s.identity.deviceName === 'Tool' && s.startedAt === '2023-08-04T21:30:00Z')!.sessionId;
    expect((await call('delete', `/sessions/${otherId}`, { method: 'DELETE', ...nextAuth })).status).toBe(204);
    expect((await call('logout', '/api/auth', { method: 'DELETE', ...nextAuth })).status).toBe(204);
    expect((await call('after logout', '/sessions', nextAuth)).status).toBe(401);

    expect(seen.filter((entry) => entry.violations !== null)).toEqual([]);
  });

  it('17 lists, filters and gets one user, device and API key, and writes a device (201, 200, 409, 204, 403), without a violation', async () => {
    const login = await call('admin login', '/api/auth', json({ UserName: '999', DeviceName: 'BackOffice' }));
    const { tokenId } = (await login.json()) as { tokenId: string };
    const headers = { Authorization: `Bearer ${tokenId}` };
    const before = seen.length;
    const lists = [
      ['/users', '/users?isActive=true&$sort=-name&$skip=1&$take=3&$count=true'],
      ['/devices', '/devices?envName=in:PDA:Tool&$sort=envName,-name&$take=5'],
      ['/apikeys', '/apikeys?isActive=true&$sort=-createdAt'],
    ] as const;
    for (const [collection, filtered] of lists) {
      const list = await call(`list ${collection}`, collection, { headers });
      expect(list.status, collection).toBe(200);
      const { items } = (await list.json()) as { items: Record<string, unknown>[] };
      expect(items.length, collection).toBeGreaterThan(0);
      expect((await call(`filter ${collection}`, filtered, { headers })).status, filtered).toBe(200);
      // The item route's key is the path parameter's field: `id` for users and keys, `name` for devices.
      const key = collection === '/devices' ? items[0]!.name : items[0]!.id;
      const one = await call(`get one of ${collection}`, `${collection}/${encodeURIComponent(String(key))}`, { headers });
      expect(one.status, collection).toBe(200);
      expect((await call(`unknown in ${collection}`, `${collection}/no-such-record`, { headers })).status, collection).toBe(404);
    }
    const device = { name: 'Validated1', envName: 'Tool', description: null, preferences: {}, settings: {} };
    const write = (method: string, path: string, body: unknown): RequestInit => ({ method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await call('create a device', '/devices', write('POST', '/devices', device))).status).toBe(201);
    const updated = await call('update a device', '/devices/Validated1', write('PUT', '/devices/Validated1', { ...device, description: 'x', _v: 1 }));
    expect(updated.status).toBe(200);
    expect((await call('stale _v', '/devices/Validated1', write('PUT', '/devices/Validated1', { ...device, _v: 1 }))).status).toBe(409);
    expect((await call('delete a device', '/devices/Validated1', { method: 'DELETE', headers })).status).toBe(204);
    // A clerk (103, sales only) lacks DeviceCreate: the 403 passes the validator too.
    const clerk = (await (await call('clerk login', '/api/auth', json({ UserName: '103', DeviceName: 'BackOffice' }))).json()) as { tokenId: string };
    const refused = await call('create without the right', '/devices', { ...write('POST', '/devices', device), headers: { Authorization: `Bearer ${clerk.tokenId}`, 'Content-Type': 'application/json' } });
    expect(refused.status).toBe(403);
    expect(seen.length - before).toBe(18);
    expect(seen.slice(before).filter((entry) => entry.violations !== null)).toEqual([]);
  });
});
