/**
 * The domain's records. `Session` and `Device` are the spec's own schemas; a stored user is the spec's
 * `UserProfile` without the session's `device` and with the password the login checks (never answered).
 */
import type { components } from '../generated/portos-sessions.ts';

export type Session = components['schemas']['Session'];
export type SessionIdentity = components['schemas']['SessionIdentity'];
export type EnvName = components['schemas']['EnvName'];
type Device = components['schemas']['Device'];
export type UserProfile = components['schemas']['UserProfile'];
export type AuthResult = components['schemas']['AuthResult'];
export type RefreshResult = components['schemas']['RefreshResult'];

/** A device as stored: exactly the spec's `Device`. */
export type DeviceRecord = Omit<Device, 'preferences' | 'isActive' | '_v'> & {
  /** Free-form; the generated type says `Record<string, never>` because the spec leaves it open. */
  preferences: Record<string, unknown>;
  /** Given the schema's default when a fixture lacks it. */
  isActive?: boolean;
  _v?: number;
};

/**
 * A user as stored: the spec's `User` (`password` absent or empty: the user logs in with an absent or
 * empty password). Fixtures written before `isActive` and `_v` existed get the schema's defaults.
 */
export type UserRecord = Omit<components['schemas']['User'], 'isActive' | '_v'> & { isActive?: boolean; _v?: number };

/** An API key as stored: the spec's `ApiKey`, `clientSecret` included (write-only: never answered). */
export type ApiKeyRecord = components['schemas']['ApiKey'];
