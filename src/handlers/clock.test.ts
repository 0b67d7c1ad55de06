/**
 * The clock option: pinned, it reproduces the documented sessions exactly and stands still; real time
 * by default, with the seed laid out around the real now.
 */
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { BACKOFFICE_SESSION, P01_SESSION, PINNED, useMock } from './mock-client.test-support.ts';

const mock = useMock();

describe('a pinned clock', () => {
  it('reproduces the documented session read with a fresh login token (only the caller is bumped)', async () => {
    const { tokenId } = await mock.login('999', 'BackOffice');
    const { body } = await mock.call('GET', `/sessions/${BACKOFFICE_SESSION}`, { token: tokenId });
    expect(body).toEqual({
      sessionId: 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA',
      identity: { userName: '999', deviceName: 'BackOffice', envName: 'BackOffice', authenticationType: 'Bearer' },
      startedAt: '2023-08-04T21:21:07.66Z',
      expiresAt: '2023-08-05T09:21:07.66Z',
      lastAccessAt: '2023-08-04T21:21:11.578Z',
      _v: 4,
    });
  });

  it('stands still between requests unless advanced in code', async () => {
    const { tokenId } = await mock.login();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { body } = await mock.call('GET', '/api/auth', { token: tokenId });
    expect(body.userName).toBe('999');
    expect(mock.api.clock.now().toISOString()).toBe('2023-08-04T21:30:00.000Z');
  });

  it('accepts a Date as well as an ISO string', async () => {
    const api = createMockApi({ clock: new Date(PINNED) });
    await api.ready;
    expect(api.store.getSession(P01_SESSION)?.startedAt).toBe('2023-08-04T11:19:38.015Z');
  });

  it('refuses an invalid instant with a clear message', () => {
    expect(() => createMockApi({ clock: 'yesterday' })).toThrow('"yesterday" is not a valid date-time');
  });
});

describe('the default real clock', () => {
  it('lays the seed around the real now, so every seeded session is alive', async () => {
    const api = createMockApi();
    await api.ready;
    const now = Date.now();
    expect(api.clock.pinned).toBe(false);
    const started = Date.parse(api.store.getSession(P01_SESSION)!.startedAt);
    expect(Math.abs(now - (10 * 3600_000 + 10 * 60_000 + 21_985) - started)).toBeLessThan(5_000);
    for (const session of (await api.store.collection('sessions')).all()) expect(Date.parse(session.expiresAt)).toBeGreaterThan(now);
  });
});
