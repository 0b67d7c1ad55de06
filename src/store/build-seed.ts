/**
 * Fixtures → the records to seed, checked before anything is stored: each record against the spec
 * (through the same schemas as the collections), then the links between them (a session's user and
 * device exist, its envName is its device's, a sale device holds one session, ids are unique, every
 * session is alive). Synchronous, so `createMockApi` with a broken fixture throws on the spot.
 */
import { DURATION_EXAMPLE, formatInstant, isSaleEnvironment, parseDuration, type DeviceRecord, type Session, type UserRecord } from '../portos/index.ts';
import { bundledContract, issueLines, validateSchema, type CatalogueResource, type Contract } from '../spec/index.ts';
import { FixtureError } from './fixture-error.ts';
import type { Fixtures, SessionFixture } from './fixtures.ts';
import { tableResourcesOf } from './table-resources.ts';

/** The records to store, by collection: the sessions laid out around now, and every other catalogued resource. */
export interface Seed {
  users: UserRecord[];
  devices: DeviceRecord[];
  sessions: Session[];
  [collection: string]: unknown[];
}

function label(kind: string, index: number, record: unknown, idKey: string): string {
  const id = record && typeof record === 'object' ? (record as Record<string, unknown>)[idKey] : undefined;
  return typeof id === 'string' ? `${kind}[${index}] (${idKey} "${id}")` : `${kind}[${index}]`;
}

function specIssues(schema: string, value: unknown): string[] {
  return issueLines(schema, validateSchema(schema, value));
}

function checkUnique(kind: string, values: readonly unknown[], idKey: string): void {
  const seen = new Map<unknown, number>();
  values.forEach((value, index) => {
    const id = (value as Record<string, unknown>)[idKey];
    const first = seen.get(id);
    if (first !== undefined) throw new FixtureError(label(kind, index, value, idKey), [`repeats the ${idKey} of ${kind}[${first}]; ${idKey} must be unique.`]);
    seen.set(id, index);
  });
}

function materialise(fixture: SessionFixture, index: number, nowMs: number): Session {
  const where = label('sessions', index, fixture, 'sessionId');
  if (!fixture || typeof fixture !== 'object') throw new FixtureError(where, ['must be an object.']);
  const problems: string[] = [];
  const instants: Record<string, string> = {};
  for (const field of ['startedAt', 'expiresAt', 'lastAccessAt'] as const) {
    const text = fixture[field];
    const offset = typeof text === 'string' ? parseDuration(text) : undefined;
    if (offset === undefined) problems.push(`${field} must be an offset from now such as "${DURATION_EXAMPLE}"; got ${JSON.stringify(text)}.`);
    else instants[field] = formatInstant(nowMs + offset);
  }
  if (problems.length > 0) throw new FixtureError(where, problems);
  const session = { ...fixture, ...instants } as Session;
  const issues = specIssues('Session', session);
  if (issues.length > 0) throw new FixtureError(where, issues);
  const [started, expires, accessed] = [session.startedAt, session.expiresAt, session.lastAccessAt].map((t) => Date.parse(t)) as [number, number, number];
  if (expires <= nowMs) problems.push(`expiresAt ${JSON.stringify(fixture.expiresAt)} is not in the future; seeded sessions must be alive.`);
  if (started > nowMs || accessed > nowMs) problems.push('startedAt and lastAccessAt must not be in the future (use a "-" offset).');
  if (accessed < started) problems.push('lastAccessAt must not be before startedAt.');
  if (problems.length > 0) throw new FixtureError(where, problems);
  return session;
}

/** Checks the fixtures and lays the sessions out around `now`. Throws a `FixtureError` on the first bad record. */
export function buildSeed(fixtures: Fixtures, now: Date, contract: Contract = bundledContract): Seed {
  return checkRecords(fixtures, contract, (list) => list.map((fixture, index) => materialise(fixture as SessionFixture, index, now.getTime())));
}

/**
 * Checks stored records as a saved state holds them (sessions with their instants, not offsets; expired
 * ones are allowed: the next request sweeps them). Throws a `FixtureError` on the first bad record.
 */
export function checkSeed(seed: { users: unknown; devices: unknown; sessions: unknown; [collection: string]: unknown }, contract: Contract = bundledContract): Seed {
  return checkRecords(seed as Fixtures, contract, (list) =>
    list.map((session, index) => {
      const issues = specIssues('Session', session);
      if (issues.length > 0) throw new FixtureError(label('sessions', index, session, 'sessionId'), issues);
      return structuredClone(session) as Session;
    }),
  );
}

/** A record with the schema's defaults for the fields it lacks (fixtures written before a field existed). */
function withDefaults(resource: CatalogueResource, record: unknown): unknown {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return record;
  return { ...structuredClone(resource.defaults), ...structuredClone(record) };
}

/**
 * Every catalogued resource's records, checked against its schema; keys unique. A collection without
 * records in the fixtures (no `<collection>.json`) is empty (docs/behaviour.md#option-spec).
 */
function checkTables(fixtures: Fixtures, contract: Contract): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const resource of tableResourcesOf(contract)) {
    const list = fixtures[resource.name] ?? [];
    if (!Array.isArray(list)) throw new FixtureError(resource.name, [`must be an array of records; got ${JSON.stringify(typeof list)}.`]);
    out[resource.name] = list.map((fixture, index) => {
      const record = withDefaults(resource, fixture);
      const issues = issueLines(resource.schemaName, contract.validateSchema(resource.schemaName, record, 'request'));
      if (issues.length > 0) throw new FixtureError(label(resource.name, index, record, resource.key), issues);
      return record;
    });
    checkUnique(resource.name, out[resource.name]!, resource.key);
  }
  return out;
}

/** Every table's records, then the sessions `readSessions` makes of their records, and the links between them. */
function checkRecords(fixtures: Fixtures, contract: Contract, readSessions: (list: readonly unknown[]) => Session[]): Seed {
  for (const kind of ['users', 'devices', 'sessions'] as const) {
    if (!Array.isArray(fixtures?.[kind])) throw new FixtureError(kind, [`must be an array of records; got ${JSON.stringify(typeof fixtures?.[kind])}.`]);
  }
  const tables = checkTables(fixtures, contract);
  const userList = tables.users as UserRecord[];
  const deviceList = tables.devices as DeviceRecord[];
  // Login names a user by userName (docs/behaviour.md#login-credentials): it must be unique too.
  checkUnique('users', userList, 'userName');

  const users = new Set(userList.map((user) => user.userName));
  const devices = new Map(deviceList.map((device) => [device.name, device]));
  const sessions = readSessions(fixtures.sessions);
  checkUnique('sessions', sessions, 'sessionId');
  const saleDeviceHolder = new Map<string, number>();
  sessions.forEach((session, index) => {
    const where = label('sessions', index, session, 'sessionId');
    const { userName, deviceName, envName } = session.identity;
    if (!users.has(userName)) throw new FixtureError(where, [`identity.userName "${userName}" is not in users.`]);
    const device = devices.get(deviceName);
    if (!device) throw new FixtureError(where, [`identity.deviceName "${deviceName}" is not in devices.`]);
    if (device.envName !== envName) throw new FixtureError(where, [`identity.envName "${envName}" differs from device "${deviceName}", which is ${device.envName}.`]);
    if (isSaleEnvironment(envName)) {
      const holder = saleDeviceHolder.get(deviceName);
      if (holder !== undefined) throw new FixtureError(where, [`sale device "${deviceName}" already holds sessions[${holder}]; a ${envName} device holds at most one session.`]);
      saleDeviceHolder.set(deviceName, index);
    }
  });
  return { ...tables, users: userList, devices: deviceList, sessions };
}
