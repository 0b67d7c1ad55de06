/**
 * A large deterministic seed for paging, sorting and virtual lists: the bundled users, the bundled
 * devices plus extra cash registers and PDAs, one session on every sale device (a sale device holds one,
 * docs/behaviour.md#one-session-per-sale-device) and many on the BackOffice and Tool devices, over every
 * user, with start times spread across the last 12 hours. The same input always gives the same seed.
 */
import type { DeviceFixture, Fixtures, SessionFixture } from '../../portos/index.ts';
import { createRandom } from '../../store/seeded-random.ts';

const ALPHANUMERIC = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
/** Sessions start at most this long ago, so each of them is alive for a while yet (12 h lifetime). */
const OLDEST_START_S = 11 * 3600 + 40 * 60;

function offset(seconds: number): string {
  return `-PT${Math.floor(seconds)}S`;
}

function saleDevice(name: string, envName: 'CashRegister' | 'PDA'): DeviceFixture {
  return { name, envName, description: `${name} (crowded)`, preferences: {}, settings: {} } as DeviceFixture;
}

export interface CrowdedSize {
  /** Extra cash registers (each holds one session). Default 1500. */
  cashRegisters?: number;
  /** Extra PDAs (each holds one session). Default 700. */
  pdas?: number;
  /** Sessions on the BackOffice and Tool devices. Default 2800. */
  desk?: number;
}

export function crowdedFixtures(base: Fixtures, { cashRegisters = 1500, pdas = 700, desk = 2800 }: CrowdedSize = {}, seed = 7): Fixtures {
  const random = createRandom(seed);
  const devices = [
    ...base.devices,
    ...Array.from({ length: cashRegisters }, (_, i) => saleDevice(`C${String(i + 1).padStart(4, '0')}`, 'CashRegister')),
    ...Array.from({ length: pdas }, (_, i) => saleDevice(`D${String(i + 1).padStart(4, '0')}`, 'PDA')),
  ];
  const sale = devices.filter((d) => d.envName === 'CashRegister' || d.envName === 'PDA');
  const deskDevices = devices.filter((d) => d.envName === 'BackOffice' || d.envName === 'Tool');
  const placements = [...sale, ...Array.from({ length: desk }, () => random.pick(deskDevices))];
  const ids = new Set<string>();
  const sessions: SessionFixture[] = placements.map((device) => {
    let sessionId = '';
    while (sessionId === '' || ids.has(sessionId)) sessionId = Array.from({ length: 32 }, () => random.pick(ALPHANUMERIC)).join('');
    ids.add(sessionId);
    const startedS = 60 + random.int(OLDEST_START_S - 60);
    const accessedS = random.int(startedS);
    return {
      sessionId,
      identity: { userName: random.pick(base.users).userName, deviceName: device.name, envName: device.envName, authenticationType: 'Bearer' },
      startedAt: offset(startedS),
      expiresAt: `PT${12 * 3600 - startedS}S`,
      lastAccessAt: offset(accessedS),
      _v: 1 + random.int(200),
    } as SessionFixture;
  });
  return { ...base, devices, sessions };
}
