/**
 * Standard Schemas for the three collections, all taken from the spec so that it stays the only place
 * a shape is written. Sessions and devices are the spec's `Session` and `Device`. The spec has no schema
 * for a stored user; src/spec/derived-schemas.ts derives `UserRecord` from `UserProfile` (without
 * `device`, with an optional `password`), compiled with the spec's own schemas.
 */
import { issueLines, standardSchema, validateSchema, type StandardSchema } from '../spec/index.ts';
import type { DeviceRecord, Session, UserRecord } from '../portos/index.ts';

export const sessionSchema: StandardSchema<Session> = standardSchema<Session>('Session');

export const deviceSchema: StandardSchema<DeviceRecord> = standardSchema<DeviceRecord>('Device');

/** Problems with a user record, one readable line each (`UserRecord/rights must be array`); none when valid. */
export function userRecordIssues(value: unknown): string[] {
  return issueLines('UserRecord', validateSchema('UserRecord', value));
}

export const userSchema: StandardSchema<UserRecord> = standardSchema<UserRecord>('UserRecord');
