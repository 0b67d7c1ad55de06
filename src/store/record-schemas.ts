/**
 * Standard Schemas for the three collections, all taken from the spec so that it stays the only place
 * a shape is written. Sessions and devices are the spec's `Session` and `Device`. The spec has no schema
 * for a stored user, so one is derived here from `UserProfile`: without `device` (that belongs to the
 * session) and with an optional `password` (write-only in spirit: never answered).
 */
import { issueLines, spec, standardSchema, validateJsonSchema, type JsonSchema, type StandardSchema } from '../spec/index.ts';
import type { DeviceRecord, Session, UserRecord } from '../portos/index.ts';

export const sessionSchema: StandardSchema<Session> = standardSchema<Session>('Session');

export const deviceSchema: StandardSchema<DeviceRecord> = standardSchema<DeviceRecord>('Device');

function userRecordJsonSchema(): JsonSchema {
  const profile = spec.components.schemas.UserProfile as { properties: Record<string, JsonSchema>; required: string[] };
  const { device: _device, ...properties } = profile.properties;
  return {
    ...profile,
    description: 'A stored user: UserProfile without device, plus an optional password.',
    properties: { ...properties, password: { type: 'string' } },
    required: profile.required.filter((name) => name !== 'device'),
  };
}

const USER_RECORD = userRecordJsonSchema();

/** Problems with a user record, one readable line each (`UserRecord/rights must be array`); none when valid. */
export function userRecordIssues(value: unknown): string[] {
  return issueLines('UserRecord', validateJsonSchema(USER_RECORD, value));
}

export const userSchema: StandardSchema<UserRecord> = standardSchema<UserRecord>('UserRecord', (value) => validateJsonSchema(USER_RECORD, value));
