/**
 * The bundled fixtures: valid against the spec, and shaped as docs/behaviour.md#fixtures and
 * fixtures/README.md describe them.
 */
import { describe, expect, it } from 'vitest';
import devices from '../../fixtures/devices.json' with { type: 'json' };
import sessions from '../../fixtures/sessions.json' with { type: 'json' };
import users from '../../fixtures/users.json' with { type: 'json' };
import { formatIssues, validateSchema } from '../spec/index.ts';
import { buildSeed } from './build-seed.ts';
import type { Fixtures } from './fixtures.ts';
import { userRecordIssues } from './record-schemas.ts';

const fixtures = { users, devices, sessions } as unknown as Fixtures;
const NOW = new Date('2023-08-04T21:30:00Z');

describe('the bundled fixtures', () => {
  const seed = buildSeed(fixtures, NOW);

  it('validate against the spec: every device as Device, every session as Session, every user as UserProfile minus device', () => {
    for (const device of seed.devices) expect(formatIssues(validateSchema('Device', device)), device.name).toBe('');
    for (const session of seed.sessions) expect(formatIssues(validateSchema('Session', session)), session.sessionId).toBe('');
    for (const user of seed.users) expect(userRecordIssues(user), user.userName).toEqual([]);
  });

  it('hold the two documented sessions verbatim at 2023-08-04T21:30:00Z', () => {
    expect(seed.sessions.slice(0, 2)).toEqual([
      {
        sessionId: 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3',
        identity: { userName: '999', deviceName: 'P01', envName: 'CashRegister', authenticationType: 'Bearer' },
        startedAt: '2023-08-04T11:19:38.015Z',
        expiresAt: '2023-08-04T23:19:38.015Z',
        lastAccessAt: '2023-08-04T11:19:39.98Z',
        _v: 2,
      },
      {
        sessionId: 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA',
        identity: { userName: '999', deviceName: 'BackOffice', envName: 'BackOffice', authenticationType: 'Bearer' },
        startedAt: '2023-08-04T21:21:07.66Z',
        expiresAt: '2023-08-05T09:21:07.66Z',
        lastAccessAt: '2023-08-04T21:21:11.578Z',
        _v: 4,
      },
    ]);
  });

  it('hold user 999 (Majiteľ, admin, no password) and devices P01 and BackOffice', () => {
    expect(seed.users.find((u) => u.userName === '999')).toEqual({
      id: '635f7ae3072edfeae7c26a1e',
      isVirtual: false,
      name: 'Majiteľ',
      userName: '999',
      featureName: null,
      rights: ['admin'],
    });
    expect(seed.devices.find((d) => d.name === 'P01')).toMatchObject({ envName: 'CashRegister', preferences: {}, settings: { MaxQuantity: '200', DefaultFiscalName: 'eKasa' } });
    expect(seed.devices.find((d) => d.name === 'BackOffice')?.envName).toBe('BackOffice');
  });

  it('hold at least 50 live sessions over all four environments, one at most per sale device', () => {
    expect(seed.sessions.length).toBeGreaterThanOrEqual(50);
    expect(new Set(seed.sessions.map((s) => s.identity.envName))).toEqual(new Set(['CashRegister', 'PDA', 'BackOffice', 'Tool']));
    expect(new Set(seed.devices.map((d) => d.envName))).toEqual(new Set(['CashRegister', 'PDA', 'BackOffice', 'Tool']));
    for (const session of seed.sessions) expect(Date.parse(session.expiresAt)).toBeGreaterThan(NOW.getTime());
    const sale = seed.sessions.filter((s) => s.identity.envName === 'CashRegister' || s.identity.envName === 'PDA').map((s) => s.identity.deviceName);
    expect(new Set(sale).size).toBe(sale.length);
  });

  it('vary users, devices, times and versions enough for filtering, sorting and paging', () => {
    expect(new Set(seed.sessions.map((s) => s.identity.userName)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(seed.sessions.map((s) => s.identity.deviceName)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(seed.sessions.map((s) => s._v)).size).toBeGreaterThanOrEqual(15);
    const starts = seed.sessions.map((s) => s.startedAt);
    expect(new Set(starts).size).toBe(starts.length - 1); // one deliberate tie
  });

  it('give users with and without passwords', () => {
    expect(seed.users.filter((u) => !u.password).map((u) => u.userName)).toEqual(['999', '103']);
    expect(seed.users.filter((u) => u.password).length).toBeGreaterThanOrEqual(5);
  });
});
