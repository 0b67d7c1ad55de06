/**
 * Resource versions (docs/behaviour.md#resource-versions): every write adds 1 to a record's `_v`
 * (documented: "Resource version, tracked and updated by the API"); a write that carries a `_v` other
 * than the stored one is refused with 409, errorCode 6 and `resource { name, id, version }` (inferred).
 */
import { versionMismatch } from '../http/index.ts';

export const VERSION_FIELD = '_v';

/** The version of a new record. */
const FIRST_VERSION = 1;

/** Throws the 409 when `basedOn` (the body's `_v`, if any) is not `current`. */
export function checkVersion(resource: { name: string; id: string }, current: number, basedOn: unknown): void {
  if (basedOn === undefined || basedOn === current) return;
  throw versionMismatch({ ...resource, version: current }, basedOn);
}

/** The record as the next version of `current` (a new record when there is none). */
export function nextVersion<T extends Record<string, unknown>>(record: T, current: Record<string, unknown> | undefined): T {
  const stored = current?.[VERSION_FIELD];
  return { ...record, [VERSION_FIELD]: typeof stored === 'number' ? stored + 1 : FIRST_VERSION };
}
