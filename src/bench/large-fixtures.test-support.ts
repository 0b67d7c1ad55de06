/**
 * Deterministic fixtures of any size for the benchmarks and the soak runs (named `.test-support` so
 * the package build leaves it out): the bundled users and
 * devices plus `count` sessions on BackOffice and Tool devices (a sale device holds one session, so a
 * large seed has to live on the other two environments), every one alive at seed time.
 */
import { defaultFixtures, type Fixtures, type SessionFixture } from '../handlers/index.ts';
import { createRandom } from '../store/seeded-random.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Milliseconds → a fixture offset (`-PT3H2M1.5S`). */
function offset(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = (rest / 1000).toFixed(3).replace(/\.?0+$/, '');
  return `${sign}PT${hours}H${minutes}M${seconds}S`;
}

/**
 * @example
 * const fixtures = largeFixtures(100_000); // the bundled users and devices, 100 000 sessions
 */
export function largeFixtures(count: number, seed = 7): Fixtures {
  const next = createRandom(seed).next;
  const int = (n: number) => Math.floor(next() * n);
  const devices = defaultFixtures.devices.filter((device) => device.envName === 'BackOffice' || device.envName === 'Tool');
  const users = defaultFixtures.users;
  const ids = new Set<string>();
  const sessions: SessionFixture[] = [];
  while (sessions.length < count) {
    // Built from an array: `+=` would leave a 32-piece rope per id, which the bench would measure.
    const sessionId = Array.from({ length: 32 }, () => ALNUM[int(ALNUM.length)]).join('');
    if (ids.has(sessionId)) continue;
    ids.add(sessionId);
    const device = devices[int(devices.length)]!;
    // Started up to 11 h ago, touched since, expiring 12 h after the start: alive now.
    const started = -(60_000 + int(11 * 3_600_000));
    const accessed = started + int(-started);
    sessions.push({
      sessionId,
      identity: { userName: users[int(users.length)]!.userName, deviceName: device.name, envName: device.envName, authenticationType: 'Bearer' },
      startedAt: offset(started),
      expiresAt: offset(started + 12 * 3_600_000),
      lastAccessAt: offset(accessed),
      _v: 1 + int(50),
    });
  }
  return { users, devices: defaultFixtures.devices, sessions };
}
