/**
 * The session rules' part of seeding (src/store build-seed.ts `SeedRules`): the collections every seed
 * holds; a session fixture gives its instants as offsets from now (docs/behaviour.md#fixtures), and a
 * seeded session must be alive; and the links login relies on: a session's user and device exist, its
 * envName is its device's, a sale device holds one session (docs/behaviour.md#one-session-per-sale-device),
 * and userName is unique (docs/behaviour.md#login-credentials).
 */
import { DURATION_EXAMPLE, parseDuration } from './duration.ts';
import { formatInstant } from './instant.ts';
import type { DeviceRecord, Session, UserRecord } from './records.ts';
import { DEVICES, isSaleEnvironment, SESSION_RULE_COLLECTIONS, SESSIONS, USERS } from './session-rules.ts';

type Fields = Record<string, unknown>;
interface Problem {
  collection: string;
  index: number;
  field?: string;
  problems: readonly string[];
}

const INSTANTS = ['startedAt', 'expiresAt', 'lastAccessAt'] as const;

/** The session a fixture stands for at `nowMs` (its offsets as instants), or what is wrong with the offsets. */
function sessionOf(fixture: Fields, nowMs: number): Fields | readonly string[] {
  const problems: string[] = [];
  const instants: Fields = {};
  for (const field of INSTANTS) {
    const text = fixture[field];
    const offset = typeof text === 'string' ? parseDuration(text) : undefined;
    if (offset === undefined) problems.push(`${field} must be an offset from now such as "${DURATION_EXAMPLE}"; got ${JSON.stringify(text)}.`);
    else instants[field] = formatInstant(nowMs + offset);
  }
  return problems.length > 0 ? problems : { ...fixture, ...instants };
}

/** A seeded session is alive at `nowMs`, started and accessed before it. */
function aliveProblems(record: Fields, fixture: Fields, nowMs: number): string[] {
  const session = record as unknown as Session;
  const [started, expires, accessed] = [session.startedAt, session.expiresAt, session.lastAccessAt].map((t) => Date.parse(t)) as [number, number, number];
  const problems: string[] = [];
  if (expires <= nowMs) problems.push(`expiresAt ${JSON.stringify(fixture.expiresAt)} is not in the future; seeded sessions must be alive.`);
  if (started > nowMs || accessed > nowMs) problems.push('startedAt and lastAccessAt must not be in the future (use a "-" offset).');
  if (accessed < started) problems.push('lastAccessAt must not be before startedAt.');
  return problems;
}

/** The first record whose links break the session rules, or undefined. */
function brokenLink(seed: Readonly<Record<string, readonly Fields[]>>): Problem | undefined {
  const userList = (seed[USERS] ?? []) as unknown as UserRecord[];
  const firstByName = new Map<string, number>();
  for (const [index, user] of userList.entries()) {
    const first = firstByName.get(user.userName);
    if (first !== undefined) return { collection: USERS, index, field: 'userName', problems: [`repeats the userName of ${USERS}[${first}]; userName must be unique.`] };
    firstByName.set(user.userName, index);
  }
  const devices = new Map(((seed[DEVICES] ?? []) as unknown as DeviceRecord[]).map((device) => [device.name, device]));
  const saleDeviceHolder = new Map<string, number>();
  const sessions = (seed[SESSIONS] ?? []) as unknown as Session[];
  for (const [index, session] of sessions.entries()) {
    const broken = (problem: string): Problem => ({ collection: SESSIONS, index, problems: [problem] });
    const { userName, deviceName, envName } = session.identity;
    if (!firstByName.has(userName)) return broken(`identity.userName "${userName}" is not in ${USERS}.`);
    const device = devices.get(deviceName);
    if (!device) return broken(`identity.deviceName "${deviceName}" is not in ${DEVICES}.`);
    if (device.envName !== envName) return broken(`identity.envName "${envName}" differs from device "${deviceName}", which is ${device.envName}.`);
    if (isSaleEnvironment(envName)) {
      const holder = saleDeviceHolder.get(deviceName);
      if (holder !== undefined) return broken(`sale device "${deviceName}" already holds ${SESSIONS}[${holder}]; a ${envName} device holds at most one session.`);
      saleDeviceHolder.set(deviceName, index);
    }
  }
  return undefined;
}

/** The session rules' seed rules, for `createStore`. */
export const sessionSeedRules = {
  required: SESSION_RULE_COLLECTIONS,
  fixtures: { [SESSIONS]: { toRecord: sessionOf, check: aliveProblems } },
  links: brokenLink,
};
