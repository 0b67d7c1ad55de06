/**
 * The bundled fixtures: valid against the spec, and shaped as docs/behaviour.md#fixtures and
 * fixtures/README.md describe them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import devices from '../../fixtures/devices.json' with { type: 'json' };
import sessions from '../../fixtures/sessions.json' with { type: 'json' };
import users from '../../fixtures/users.json' with { type: 'json' };
import { formatIssues, validateSchema } from '../spec/index.ts';
import { buildSeed } from './build-seed.ts';
import { sessionSeedRules, type Fixtures } from '../portos/index.ts';
import type { BundledSeed } from './bundled-records.ts';
import { bundledContract } from '../spec/index.ts';
import { parseDuration } from '../portos/duration.ts';

const fixtures = { users, devices, sessions } as unknown as Fixtures;
const NOW = new Date('2023-08-04T21:30:00Z');

describe('the bundled fixtures', () => {
  const seed = buildSeed(fixtures, NOW, bundledContract, sessionSeedRules) as BundledSeed;

  it('validate against the spec: every device as Device, every session as Session, every user as UserProfile minus device', () => {
    for (const device of seed.devices) expect(formatIssues(validateSchema('Device', device)), device.name).toBe('');
    for (const session of seed.sessions) expect(formatIssues(validateSchema('Session', session)), session.sessionId).toBe('');
    for (const user of seed.users) expect(validateSchema('User', user, 'request'), user.userName).toEqual([]);
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
      isActive: true,
      isVirtual: false,
      userName: '999',
      name: 'Majiteľ',
      featureName: null,
      rights: ['admin'],
      _v: 1,
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

describe('fixtures/README.md', () => {
  const readme = readFileSync(new URL('../../fixtures/README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  const MINUTE = 60_000;
  const offset = (text: string) => parseDuration(text)!;
  const others = sessions.slice(2);

  /** The number the README states, found by a pattern with one or more captured numbers. */
  function stated(pattern: RegExp): number[] {
    const match = pattern.exec(readme);
    expect(match, `fixtures/README.md should say ${pattern}`).not.toBeNull();
    return match!.slice(1).map(Number);
  }

  it('states how many other sessions there are, on which devices, and which sale devices are free', () => {
    const sale = others.filter((s) => s.identity.envName === 'CashRegister' || s.identity.envName === 'PDA');
    expect(stated(/The other (\d+) sessions/)).toEqual([others.length]);
    expect(stated(/(\d+) on sale devices \(one each\), (\d+) on the BackOffice and Tool devices/)).toEqual([sale.length, others.length - sale.length]);
    const held = new Set(sessions.map((s) => s.identity.deviceName));
    const free = devices.filter((d) => (d.envName === 'CashRegister' || d.envName === 'PDA') && !held.has(d.name)).map((d) => d.name);
    expect(readme).toContain(`${free.slice(0, -1).join(', ')} and ${free.at(-1)} hold no session`);
  });

  it('states when they started, to the nearest minute, and their range of _v', () => {
    const agoMs = others.map((s) => -offset(s.startedAt));
    const earliest = Math.round(Math.max(...agoMs) / MINUTE);
    const latest = Math.round(Math.min(...agoMs) / MINUTE);
    expect(stated(/started between about (\d+) h (\d+) min and (\d+) min before now/)).toEqual([Math.floor(earliest / 60), earliest % 60, latest]);
    const versions = others.map((s) => s._v);
    expect(stated(/`_v` from (\d+) to (\d+)/)).toEqual([Math.min(...versions), Math.max(...versions)]);
  });

  it('states how expiresAt was derived and when the first seeded session expires', () => {
    const TWELVE_HOURS = 12 * 60 * MINUTE;
    for (const s of others) {
      const expires = offset(s.expiresAt);
      expect([offset(s.startedAt) + TWELVE_HOURS, offset(s.lastAccessAt) + TWELVE_HOURS], s.sessionId).toContain(expires);
    }
    const first = Math.min(...sessions.map((s) => offset(s.expiresAt)));
    const [about, minutes, seconds] = stated(/earliest seeded expiry is about (\d+) minutes after now \((\d+) min ([\d.]+) s/);
    expect(about).toBe(Math.round(first / MINUTE));
    expect(minutes! * MINUTE + seconds! * 1000).toBeCloseTo(first, 6);
  });

  it('states that exactly two sessions share a start', () => {
    const starts = sessions.map((s) => s.startedAt);
    expect(starts.length - new Set(starts).size).toBe(1);
    expect(readme).toContain('Two of them start at the very same instant');
  });
});
