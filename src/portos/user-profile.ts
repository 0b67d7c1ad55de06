/**
 * The caller's `UserProfile` (docs/behaviour.md#current-user): the user's record with the device of the
 * session, each showing only the fields the spec's `UserProfile` and `ProfileDevice` name (no password,
 * no resource `_v`).
 */
import { unauthenticated } from '../http/index.ts';
import { propertyNames } from '../spec/index.ts';
import type { UserProfile } from './records.ts';
import type { Directory } from './repository.ts';

const PROFILE_FIELDS = propertyNames('UserProfile').filter((field) => field !== 'device');
const PROFILE_DEVICE_FIELDS = propertyNames('ProfileDevice');

function pick(record: object, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => field in record).map((field) => [field, (record as Record<string, unknown>)[field]]));
}

export function userProfile(directory: Directory, userName: string, deviceName: string): UserProfile {
  const user = directory.findUser(userName);
  const device = directory.findDevice(deviceName);
  if (!user || !device) throw unauthenticated('The user or device of this session no longer exists.');
  const visible = pick(user, PROFILE_FIELDS) as Omit<UserProfile, 'device'>;
  return { ...visible, device: pick(device, PROFILE_DEVICE_FIELDS) as UserProfile['device'] };
}
