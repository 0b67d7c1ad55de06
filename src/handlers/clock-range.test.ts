/**
 * Clock moves the mock cannot represent (docs/behaviour.md#clock-range) are refused before they happen,
 * in the control, in code and at start; after every move the control accepts, every operation and
 * control still answers (no 500), and `/__mock/health` never says ok when the mock cannot answer.
 */
import fc from 'fast-check';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockApi } from '../msw/index.ts';
import { PINNED, useMock } from './mock-client.test-support.ts';

const mock = useMock();

describe('clock moves out of range', () => {
  it.each([
    [{ advance: 'P100000000D' }, 'advance'],
    [{ advance: 'P3000000D' }, 'advance'],
    [{ advance: '-P20000D' }, 'advance'],
    [{ advance: `P${'9'.repeat(20)}D` }, 'advance'],
    [{ set: '9999-12-31T23:59:59Z' }, 'set'],
    [{ set: '1970-01-01T00:00:00Z' }, 'set'],
    [{ set: '0001-01-01T00:00:00Z' }, 'set'],
  ])('16.8 clock moves outside the representable range are a 400 naming the field (%j)', async (body, field) => {
    const { status, body: problem } = await mock.call('POST', '/__mock/clock', { body });
    expect(status).toBe(400);
    expect(problem.errorCode).toBe(3);
    expect(problem.errors[0].memberName).toBe(field);
    expect(problem.errors[0].message).toContain('1971-01-01T00:00:00Z to 9998-12-31T23:59:59.999Z');
    expect(mock.api.clock.now().toISOString()).toBe('2023-08-04T21:30:00.000Z');
    expect((await mock.call('GET', '/__mock/health')).status).toBe(200);
    await mock.login();
  });

  it('16.8 the same range holds in code: the clock option and api.clock refuse what the control refuses', () => {
    expect(() => createMockApi({ clock: '9999-12-31T23:59:59Z' })).toThrow('outside the instants the mock can represent');
    const api = createMockApi({ clock: PINNED });
    expect(() => api.clock.advance('P100000000D')).toThrow('outside the instants the mock can represent');
    expect(() => api.clock.set(new Date(8.64e15))).toThrow('outside the instants the mock can represent');
    expect(() => createMockApi().clock.advance(-Date.now())).toThrow('outside the instants the mock can represent');
    expect(api.clock.now().toISOString()).toBe('2023-08-04T21:30:00.000Z');
  });

  it('16.8 health is not ok once a real-time clock has run past what the mock can represent', async () => {
    const api = createMockApi();
    await api.ready;
    api.clock.set('9998-12-31T23:59:59.999Z');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const response = await getResponse(api.handlers, new Request('http://portos.test/__mock/health'));
    expect(response?.status).toBe(503);
    expect((await response!.json()).detail).toContain('outside the instants the mock can represent');
  });
});

/** Moves the control may be sent: durations up to ~11 000 years either way, instants from year 0 to 10 000, and the range's edges. */
const move = fc.oneof(
  fc.record({ sign: fc.constantFrom('', '-', '+'), days: fc.integer({ min: 0, max: 4_000_000 }), hours: fc.integer({ min: 0, max: 48 }) }).map(({ sign, days, hours }) => ({ advance: `${sign}P${days}DT${hours}H` })),
  fc.integer({ min: Date.UTC(0, 0, 1), max: Date.UTC(10000, 0, 1) }).map((ms) => ({ set: new Date(ms).toISOString() })),
  fc.integer({ min: 0, max: 30 * 86_400_000 }).map((ms) => ({ set: new Date(Date.UTC(9998, 11, 31, 23, 59, 59, 999) - ms).toISOString() })),
  fc.integer({ min: 0, max: 30 * 86_400_000 }).map((ms) => ({ set: new Date(Date.UTC(1971, 0, 1) + ms).toISOString() })),
  fc.constant({ reset: true }),
);

describe('after every accepted clock move', () => {
  it('16.8 every operation and control still answers (login, list, refresh, health, state: never a 500)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 5 }), async (moves) => {
        for (const m of moves) {
          const moved = 'reset' in m ? await mock.call('POST', '/__mock/reset') : await mock.call('POST', '/__mock/clock', { body: m });
          expect([200, 204, 400], JSON.stringify(m)).toContain(moved.status);
          const login = await mock.call('POST', '/api/auth', { body: { UserName: '999', DeviceName: 'Tool' } });
          expect(login.status, `login after ${JSON.stringify(m)}`).toBe(200);
          const { tokenId, refreshToken } = login.body;
          expect((await mock.call('GET', '/sessions?$sort=-lastAccessAt&$take=5', { token: tokenId })).status, `list after ${JSON.stringify(m)}`).toBe(200);
          expect((await mock.call('GET', '/api/auth', { token: tokenId })).status).toBe(200);
          expect((await mock.call('POST', '/api/auth/refresh', { body: { tokenId, refreshToken } })).status).toBe(200);
          expect((await mock.call('GET', '/__mock/health')).status).toBe(200);
          expect((await mock.call('GET', '/__mock/state')).status).toBe(200);
          expect((await mock.call('GET', '/__mock/requests')).status).toBe(200);
        }
      }),
      { numRuns: 15 },
    );
  });
});
