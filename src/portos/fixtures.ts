/**
 * The fixture formats: what `fixtures/*.json` (or `--fixtures <dir>`) hold. Every collection's file holds
 * its stored records as they are, but the sessions': a session gives its three instants as offsets from
 * the clock's "now" at seed time (docs/behaviour.md#fixtures and fixtures/README.md), so seeded
 * sessions are alive whenever the mock starts (session-seed.ts lays them out).
 */
import type { DeviceRecord, SessionIdentity, UserRecord } from './records.ts';

export type UserFixture = UserRecord;
export type DeviceFixture = DeviceRecord;

export interface SessionFixture {
  sessionId: string;
  identity: SessionIdentity;
  /** Offset from now, e.g. `-PT10H10M21.985S`. */
  startedAt: string;
  /** Offset from now; must be in the future, so the session is alive at seed time. */
  expiresAt: string;
  /** Offset from now. */
  lastAccessAt: string;
  _v: number;
}

/**
 * The seed, by collection (`<collection>.json` each): the collections the session rules need always
 * (`SESSION_RULE_COLLECTIONS`), any other resource of the spec (`apikeys`) when given, none otherwise.
 */
export interface Fixtures {
  users: readonly UserFixture[];
  devices: readonly DeviceFixture[];
  sessions: readonly SessionFixture[];
  readonly [collection: string]: readonly unknown[] | undefined;
}
