import { describe, expect, it, vi } from 'vitest';
import type { ResourceChanged } from '../portos/index.ts';
import { BACKOFFICE_SESSION, P01_SESSION, useMock } from './mock-client.test-support.ts';

const mock = useMock();

/** Every change the core raises from now on. */
function record(): ResourceChanged[] {
  const seen: ResourceChanged[] = [];
  mock.api.core.changes.subscribe((event) => seen.push(event));
  return seen;
}

describe('the change feed (docs/behaviour.md#notification-changes)', () => {
  it('raises one change per login, and on a sale device first the deletion of its earlier session', async () => {
    const seen = record();
    const version = mock.api.store.getSession(P01_SESSION)?._v;
    await mock.login('999', 'P01');
    expect(seen).toEqual([
      { change: 'deleted', resource: { name: 'sessions', id: P01_SESSION, version } },
      { change: 'created', resource: { name: 'sessions', id: expect.any(String), version: 1 } },
    ]);
  });

  it('raises nothing for the bump of an accepted token, nor for a refresh at the same instant', async () => {
    const pair = await mock.login('999', 'BackOffice');
    const seen = record();
    expect((await mock.call('GET', '/sessions', { token: pair.tokenId })).status).toBe(200);
    expect((await mock.call('POST', '/api/auth/refresh', { body: pair })).status).toBe(200);
    expect(seen).toEqual([]);
  });

  it('raises a deletion for each session the expiry sweep removes, once', async () => {
    const seen = record();
    mock.api.clock.advance('PT13H');
    const { status } = await mock.call('POST', '/api/auth', { body: { UserName: '999', DeviceName: 'BackOffice' } });
    expect(status).toBe(200);
    const deleted = seen.filter((event) => event.change === 'deleted').map((event) => event.resource.id);
    expect(deleted).toContain(BACKOFFICE_SESSION);
    expect(new Set(deleted).size).toBe(deleted.length);
    expect(deleted.length).toBe(59);
    expect(seen.at(-1)?.change).toBe('created');
  });

  it('raises nothing for a reset (a mock-only control), and stops calling a listener that unsubscribed', async () => {
    const seen: ResourceChanged[] = [];
    const stop = mock.api.core.changes.subscribe((event) => seen.push(event));
    await mock.api.reset();
    expect(seen).toEqual([]);
    stop();
    await mock.login();
    expect(seen).toEqual([]);
  });

  it('keeps serving, and logs, when a listener throws', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    mock.api.core.changes.subscribe(() => {
      throw new Error('listener bug');
    });
    const seen = record();
    await mock.login();
    expect(seen.map((event) => event.change)).toContain('created');
    expect(log).toHaveBeenCalledWith('[portos-mock] A change listener failed:', expect.objectContaining({ message: 'listener bug' }));
    log.mockRestore();
  });
});

describe('the change feed for any resource (docs/behaviour.md#notification-payload)', () => {
  it('raises created, updated and deleted for device writes, each with the collection, key and _v', async () => {
    const { tokenId } = await mock.login('999', 'BackOffice');
    const seen = record();
    const device = { name: 'K9', isActive: true, envName: 'Tool', description: 'Kiosk', roles: [], preferences: {}, settings: {} };
    expect((await mock.call('POST', '/devices', { token: tokenId, body: device })).status).toBe(201);
    expect((await mock.call('PUT', '/devices/K9', { token: tokenId, body: { ...device, description: 'Kiosk 2', _v: 1 } })).status).toBe(200);
    expect((await mock.call('DELETE', '/devices/K9', { token: tokenId })).status).toBe(204);
    expect(seen).toEqual([
      { change: 'created', resource: { name: 'devices', id: 'K9', version: 1 } },
      { change: 'updated', resource: { name: 'devices', id: 'K9', version: 2 } },
      { change: 'deleted', resource: { name: 'devices', id: 'K9', version: 2 } },
    ]);
  });
});
