/**
 * Rights (docs/behaviour.md#rights): an operation the spec marks with `x-portos-rights` needs one of
 * those rights (documented per operation, e.g. `DeviceCreate`); a user holding `admin` holds every
 * right (inferred); an operation without the extension needs authentication only (inferred).
 */
import { forbidden } from '../http/index.ts';
import type { UserRecord } from './records.ts';

/** The right that stands for every right. */
const ADMIN_RIGHT = 'admin';

/** Throws 403 (errorCode 2) unless `user` holds one of `rights` (none asked: anyone passes). */
export function requireRights(user: Pick<UserRecord, 'rights'> | undefined, rights: readonly string[]): void {
  if (rights.length === 0) return;
  const held = new Set(user?.rights ?? []);
  if (held.has(ADMIN_RIGHT) || rights.some((right) => held.has(right))) return;
  throw forbidden(rights);
}
