/**
 * A fixture that breaks the spec or the links between records fails at seed time, with a message that
 * names the record and the problem.
 */
import { describe, expect, it } from 'vitest';
import { sessionSeedRules, type Fixtures, type SessionFixture } from '../portos/index.ts';
import { bundledContract } from '../spec/index.ts';
import { buildSeed as buildGenericSeed } from './build-seed.ts';

/** The seed as a mock builds it: the spec's checks and the session rules'. */
const buildSeed = (fixtures: Fixtures, now: Date) => buildGenericSeed(fixtures, now, bundledContract, sessionSeedRules);

const NOW = new Date('2023-08-04T21:30:00Z');
const user = { id: 'u1', isVirtual: false, name: 'A', userName: 'a', featureName: null, rights: [] };
const device = { name: 'P1', envName: 'CashRegister' as const, description: null, preferences: {}, settings: {} };
const session: SessionFixture = {
  sessionId: 'A'.repeat(32),
  identity: { userName: 'a', deviceName: 'P1', envName: 'CashRegister', authenticationType: 'Bearer' },
  startedAt: '-PT1H',
  expiresAt: 'PT11H',
  lastAccessAt: '-PT1M',
  _v: 1,
};
const seed = (change: Partial<Fixtures>) => () => buildSeed({ users: [user], devices: [device], sessions: [session], ...change }, NOW);

describe('buildSeed', () => {
  it('lays session offsets out around now', () => {
    expect(buildSeed({ users: [user], devices: [device], sessions: [session] }, NOW).sessions![0]).toMatchObject({
      startedAt: '2023-08-04T20:30:00Z',
      expiresAt: '2023-08-05T08:30:00Z',
      lastAccessAt: '2023-08-04T21:29:00Z',
    });
  });

  it.each<[string, Partial<Fixtures>, string]>([
    ['a session that breaks the Session schema', { sessions: [{ ...session, _v: 0 }] }, 'sessions[0] (sessionId "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") Session/_v must be >= 1'],
    ['a short sessionId', { sessions: [{ ...session, sessionId: 'abc' }] }, 'sessions[0] (sessionId "abc") Session/sessionId must match pattern'],
    ['an extra property', { sessions: [{ ...session, note: 'x' } as SessionFixture] }, 'has a property the spec does not declare: "note"'],
    ['an absolute time instead of an offset', { sessions: [{ ...session, startedAt: '2023-08-04T11:19:38.015Z' }] }, 'startedAt must be an offset from now such as "-PT10H10M21.985S"'],
    ['an expired session', { sessions: [{ ...session, expiresAt: '-PT1S' }] }, 'is not in the future; seeded sessions must be alive'],
    ['an unknown user', { sessions: [{ ...session, identity: { ...session.identity, userName: 'zz' } }] }, 'identity.userName "zz" is not in users'],
    ['an envName that is not the device\'s', { sessions: [{ ...session, identity: { ...session.identity, envName: 'PDA' } }] }, 'differs from device "P1", which is CashRegister'],
    ['two sessions on one sale device', { sessions: [session, { ...session, sessionId: 'B'.repeat(32) }] }, 'sale device "P1" already holds sessions[0]'],
    ['a repeated sessionId', { devices: [{ ...device, envName: 'BackOffice' }], sessions: [{ ...session, identity: { ...session.identity, envName: 'BackOffice' } }, { ...session, identity: { ...session.identity, envName: 'BackOffice' } }] }, 'repeats the sessionId of sessions[0]'],
    ['a device that breaks the Device schema', { devices: [{ ...device, settings: { MaxQuantity: 200 } } as never] }, 'devices[0] (name "P1") Device/settings/MaxQuantity must be string'],
    ['a user with a device', { users: [{ ...user, device } as never] }, 'users[0] (id "u1") User has a property the spec does not declare: "device"'],
    ['a user without rights', { users: [{ ...user, rights: undefined } as never] }, "must have required property 'rights'"],
    ['a non-array', { users: {} as never }, 'users must be an array of records'],
  ])('refuses %s with a message naming the record', (_what, change, message) => {
    expect(seed(change)).toThrow(message);
    expect(seed(change)).toThrow(/^Failed to seed the store: /);
  });
});
