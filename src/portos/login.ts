/**
 * Login (docs/behaviour.md#login, #login-credentials, #one-session-per-sale-device): the user's password
 * (absent or empty for a user without one), the device, then a new session; on a sale device the new
 * login first ends the device's earlier session. Logins run one at a time, so "end the earlier session,
 * then start one" never interleaves with another login on the same device.
 */
import type { Clock } from './clock.ts';
import { unauthenticated } from '../http/index.ts';
import type { AuthResult } from './records.ts';
import type { Directory, SessionRepository } from './repository.ts';
import { AUTHENTICATION_TYPE, isSaleEnvironment, newSession } from './session-rules.ts';
import type { SessionTokens } from './session-tokens.ts';
import { userProfile } from './user-profile.ts';

export interface LoginCredentials {
  userName: string;
  password: string | undefined;
  deviceName: string;
}

interface LoginDependencies {
  sessions: SessionRepository;
  directory: Directory;
  tokens: SessionTokens;
  clock: Clock;
  lifetime: () => number;
  endSession(sessionId: string): Promise<void>;
}

export function createLogin({ sessions, directory, tokens, clock, lifetime, endSession }: LoginDependencies): (credentials: LoginCredentials) => Promise<AuthResult> {
  let tail: Promise<unknown> = Promise.resolve();

  async function login({ userName, password, deviceName }: LoginCredentials): Promise<AuthResult> {
    const user = directory.findUser(userName);
    if (!user) throw unauthenticated(`Login failed: there is no user "${userName}".`);
    // A user without a password logs in with an absent or empty one (docs/behaviour.md#login-credentials).
    // A user who has one and sent none is told so, rather than that the password is wrong.
    if (user.password && !password) throw unauthenticated(`Login failed: user "${userName}" needs a password.`);
    if ((user.password ?? '') !== (password ?? '')) throw unauthenticated(`Login failed: wrong password for user "${userName}".`);
    const device = directory.findDevice(deviceName);
    if (!device) throw unauthenticated(`Login failed: there is no device "${deviceName}".`);

    // A sale device holds at most one active session: the new login ends the earlier one (documented).
    if (isSaleEnvironment(device.envName)) {
      for (const earlier of sessions.sessionsOnDevice(device.name)) await endSession(earlier.sessionId);
    }
    const identity = { userName: user.userName, deviceName: device.name, envName: device.envName, authenticationType: AUTHENTICATION_TYPE };
    const session = await sessions.insertSession(newSession(identity, clock.now(), lifetime()));
    const pair = await tokens.issue(session);
    return { ...pair, user: userProfile(directory, user.userName, device.name) };
  }

  return (attempt) => {
    const result = tail.then(() => login(attempt));
    tail = result.catch(() => undefined);
    return result;
  };
}
