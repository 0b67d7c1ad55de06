/**
 * The scenarios every door offers by name (docs/behaviour.md#scenarios). Each is built from the bundled
 * fixtures, so they stay in step with them.
 */
import type { Fixtures, SessionFixture } from '../../portos/index.ts';
import { crowdedFixtures } from './crowded-fixtures.ts';
import { defaultFixtures } from '../default-fixtures.ts';
import type { Scenario } from './scenario.ts';

const SALE = new Set(['CashRegister', 'PDA']);

/** Every sale device held by someone other than the owner (999), who may then log in to take one over. */
function saleDevicesTaken(base: Fixtures): Fixtures {
  const holders = base.users.map((user) => user.userName).filter((name) => name !== '999');
  const desk = base.sessions.filter((session) => !SALE.has(session.identity.envName));
  const sale = base.devices
    .filter((device) => SALE.has(device.envName))
    .map((device, i): SessionFixture => {
      const seeded = base.sessions.find((session) => session.identity.deviceName === device.name);
      const holder = holders[i % holders.length]!;
      if (seeded) return seeded.identity.userName === '999' ? { ...seeded, identity: { ...seeded.identity, userName: holder } } : seeded;
      // Started 2 to 11 hours ago, alive for the rest of its 12 hours.
      const startedMin = (2 + (i % 9)) * 60 + ((i * 7) % 60);
      return {
        sessionId: `Taken${device.name.replace(/[^A-Za-z0-9]/g, '')}`.padEnd(32, '0'),
        identity: { userName: holder, deviceName: device.name, envName: device.envName, authenticationType: 'Bearer' },
        startedAt: `-PT${startedMin}M`,
        expiresAt: `PT${12 * 60 - startedMin}M`,
        lastAccessAt: `-PT${(i * 3) % startedMin}M`,
        _v: 2 + (i % 5),
      };
    });
  return { ...base, sessions: [...desk, ...sale] };
}

export const BUILT_IN_SCENARIOS: readonly Scenario[] = [
  { name: 'default', description: 'The bundled seed: 59 sessions over every environment, the two documented ones among them.', fixtures: defaultFixtures },
  {
    name: 'empty',
    description: 'Users and devices, no sessions: a list shows only the caller\'s own session.',
    fixtures: { ...defaultFixtures, sessions: [] },
  },
  {
    name: 'crowded',
    description: 'About 5 000 deterministic sessions on 2 235 devices over every environment and user, for paging, sorting and virtual lists.',
    fixtures: () => crowdedFixtures(defaultFixtures),
  },
  {
    name: 'expiring',
    description: 'The bundled seed, but a new or refreshed session lives 5 minutes: "your session expires soon" without waiting 12 hours.',
    fixtures: defaultFixtures,
    sessionLifetime: 'PT5M',
  },
  {
    name: 'sale-device-taken',
    description: 'Every cash register and PDA already holds another user\'s session: a login there ends it (one session per sale device).',
    fixtures: () => saleDevicesTaken(defaultFixtures),
  },
  {
    name: 'unavailable',
    description: 'Every PORTOS path answers a 503 problem; the /__mock controls still work, so a test can switch back.',
    fixtures: defaultFixtures,
    unavailable: true,
  },
];
