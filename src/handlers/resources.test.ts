/**
 * Users, devices and API keys, served from the spec and the fixtures by the generic resource handlers:
 * NData lists, item routes, device writes with versions, rights and locks (docs/behaviour.md#resource-lists,
 * #rights, #resource-versions, #resource-locked, #write-only-fields). Every answer is checked against the spec
 * by the harness.
 */
import { describe, expect, it } from 'vitest';
import { useMock } from './mock-client.test-support.ts';

const mock = useMock();

const NEW_DEVICE = { name: 'K1', envName: 'Tool' as const, description: 'Kiosk', preferences: {}, settings: {} };

describe('GET /users, /devices, /apikeys', () => {
  it('lists users in userName order by default, without passwords', async () => {
    const { tokenId } = await mock.login();
    const { status, body } = await mock.call('GET', '/users', { token: tokenId });
    expect(status).toBe(200);
    expect(body.items.map((u: { userName: string }) => u.userName)).toEqual(['100', '101', '102', '103', '104', '200', '999', 'demo', 'eshop']);
    expect(body.items.some((u: object) => 'password' in u)).toBe(false);
    expect(body).toMatchObject({ count: 9, totalCount: 9 });
  });

  it('filters on booleans and strings, sorts descending, pages and counts', async () => {
    const { tokenId } = await mock.login();
    const virtual = await mock.call('GET', '/users?isVirtual=TRUE', { token: tokenId });
    expect(virtual.body.items.map((u: { userName: string }) => u.userName)).toEqual(['eshop']);
    const page = await mock.call('GET', '/devices?envName=in:PDA:Tool&$sort=envName:desc,-name&$skip=1&$take=3', { token: tokenId });
    expect(page.body.items.map((d: { name: string }) => d.name)).toEqual(['Tool', 'PDA10', 'PDA09']);
    expect(page.body).toMatchObject({ count: 3, totalCount: 12 });
    const inactive = await mock.call('GET', '/devices?isActive=false&$count=true', { token: tokenId });
    expect(inactive.body).toEqual({ count: 1, totalCount: 1 });
    const keys = await mock.call('GET', '/apikeys?$sort=-createdAt', { token: tokenId });
    expect(keys.body.items.map((k: { name: string }) => k.name)).toEqual(['Skener skladu', 'E-shop', 'Starý export']);
  });

  it('answers a 400 naming the member for a filter argument not of its type, and for an unknown sort key', async () => {
    const { tokenId } = await mock.login();
    const bad = await mock.call('GET', '/apikeys?isActive=yes&$sort=secret', { token: tokenId });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { memberName: string }) => e.memberName)).toEqual(['isActive', '$sort']);
  });

  it('needs a token', async () => {
    expect((await mock.call('GET', '/devices')).status).toBe(401);
    expect((await mock.call('GET', '/apikeys/64c8f1a2b3c4d5e6f7a8b901')).status).toBe(401);
  });

  it('finds one record by its key, without write-only fields, and 404 for an unknown key', async () => {
    const { tokenId } = await mock.login();
    const key = await mock.call('GET', '/apikeys/64c8f1a2b3c4d5e6f7a8b901', { token: tokenId });
    expect(key.body).toMatchObject({ clientId: 'a1b2c3d4e5f60718293a4b5c', userName: 'eshop' });
    expect(key.body).not.toHaveProperty('clientSecret');
    expect((await mock.call('GET', '/users/635f7ae3072edfeae7c26a20', { token: tokenId })).body.name).toBe('Jana Nováková');
    expect((await mock.call('GET', '/devices/P%2001', { token: tokenId })).status).toBe(404);
  });
});

describe('device writes', () => {
  it('creates with _v 1, updates adding 1, and lists the change', async () => {
    const { tokenId } = await mock.login();
    const created = await mock.call('POST', '/devices', { token: tokenId, body: { ...NEW_DEVICE, _v: 40 } });
    expect(created.status).toBe(201);
    expect(created.body._v).toBe(1);
    const updated = await mock.call('PUT', '/devices/K1', { token: tokenId, body: { ...NEW_DEVICE, description: 'Kiosk 2', _v: 1 } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ description: 'Kiosk 2', _v: 2 });
    const unversioned = await mock.call('PUT', '/devices/K1', { token: tokenId, body: { ...NEW_DEVICE, description: 'Kiosk 3' } });
    expect(unversioned.body._v).toBe(3);
    const listed = await mock.call('GET', '/devices?name=K1', { token: tokenId });
    expect(listed.body.items).toEqual([unversioned.body]);
    expect((await mock.api.store.collection('devices')).findFirst((q) => q.where({ name: 'K1' }))?.description).toBe('Kiosk 3');
  });

  it('answers 409 with errorCode 6 and the resource for a PUT based on another version, and changes nothing', async () => {
    const { tokenId } = await mock.login();
    const stale = await mock.call('PUT', '/devices/P03', { token: tokenId, body: { name: 'P03', envName: 'CashRegister', description: 'x', preferences: {}, settings: {}, _v: 7 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ errorCode: 6, resource: { name: 'Device', id: 'P03', version: 1 } });
    expect((await mock.call('GET', '/devices/P03', { token: tokenId })).body.description).toBe('Pokladňa 3');
  });

  it('creates with PUT when the name is new (201), and refuses a POST of a name that exists (409)', async () => {
    const { tokenId } = await mock.login();
    expect((await mock.call('PUT', '/devices/K1', { token: tokenId, body: NEW_DEVICE })).status).toBe(201);
    expect((await mock.call('POST', '/devices', { token: tokenId, body: NEW_DEVICE })).status).toBe(409);
  });

  it('answers 400 naming the member for a body the schema refuses', async () => {
    const { tokenId } = await mock.login();
    const bad = await mock.call('POST', '/devices', { token: tokenId, body: { ...NEW_DEVICE, envName: 'Kiosk', settings: { A: 1 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { memberName: string }) => e.memberName).sort()).toEqual(['envName', 'settings.A']);
    const missing = await mock.call('POST', '/devices', { token: tokenId, body: { name: 'K2' } });
    expect(missing.body.errors.map((e: { memberName: string }) => e.memberName)).toContain('envName');
  });

  it('answers 403 with errorCode 2 to a caller without the right, and lets admin and the right holder through', async () => {
    const clerk = await mock.login('103', 'BackOffice');
    const refused = await mock.call('POST', '/devices', { token: clerk.tokenId, body: NEW_DEVICE });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ errorCode: 2, detail: 'The right "DeviceCreate" is required.' });
    expect((await mock.call('DELETE', '/devices/P19', { token: clerk.tokenId })).status).toBe(403);
    const manager = await mock.login('100', 'BackOffice', 'jana100');
    await (await mock.api.store.collection('users')).update((q) => q.where({ userName: '100' }), { data: (draft) => void (draft.rights = ['DeviceCreate']) });
    expect((await mock.call('PUT', '/devices/K1', { token: manager.tokenId, body: NEW_DEVICE })).status).toBe(201);
    // Updating needs DeviceUpdate, which creating did not.
    expect((await mock.call('PUT', '/devices/K1', { token: manager.tokenId, body: NEW_DEVICE })).status).toBe(403);
  });

  it('refuses to delete a device a live session runs on (423, errorCode 5) until the session ends', async () => {
    const { tokenId } = await mock.login();
    const locked = await mock.call('DELETE', '/devices/P01', { token: tokenId });
    expect(locked.status).toBe(423);
    expect(locked.body.errorCode).toBe(5);
    expect((await mock.call('DELETE', '/sessions/soZIt6uj62fzs8ep4UvnNSxRXFryUiq3', { token: tokenId })).status).toBe(204);
    expect((await mock.call('DELETE', '/devices/P01', { token: tokenId })).status).toBe(204);
    expect((await mock.call('GET', '/devices/P01', { token: tokenId })).status).toBe(404);
  });

  it('sees writes a test makes through store.devices (one write path, validated)', async () => {
    const { tokenId } = await mock.login();
    await (await mock.api.store.collection('devices')).create({ ...NEW_DEVICE, isActive: true, _v: 1 });
    expect((await mock.call('GET', '/devices/K1', { token: tokenId })).body.description).toBe('Kiosk');
    const error = console.error;
    console.error = () => {};
    try {
      await expect((await mock.api.store.collection('devices')).create({ ...NEW_DEVICE, name: 'K2', envName: 'Kiosk' as never, isActive: true, _v: 1 })).rejects.toThrow('does not match the schema');
    } finally {
      console.error = error;
    }
  });
});
