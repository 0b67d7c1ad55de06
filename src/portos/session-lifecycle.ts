/**
 * The life of a PORTOS session: login creates it, every accepted token bumps it, refresh rotates its
 * tokens and extends it, logout or DELETE ends it, time expires it. Rules from the PORTOS Sessions page
 * (documented) and this project's inferences, each listed in docs/behaviour.md; each step says which.
 */
import type { Clock } from './clock.ts';
import { formatInstant, instantMs } from './instant.ts';
import { notFound, unauthenticated } from '../http/index.ts';
import { spec } from '../spec/index.ts';
import { randomAlphanumeric } from './random.ts';
import type { AuthResult, RefreshResult, Session, UserProfile } from './records.ts';
import type { Directory, SessionRepository } from './repository.ts';
import { AUTHENTICATION_TYPE, isSaleEnvironment, SESSION_LIFETIME_MS } from './session-rules.ts';
import { DEMO_CREDENTIALS, newRefreshToken, newTokenId, type TokenSigner } from './token.ts';

interface LoginCredentials {
  userName: string;
  password: string | undefined;
  deviceName: string;
}

/** The caller behind an accepted token, with its session already bumped. */
export interface Caller {
  session: Session;
}

export interface SessionLifecycle {
  login(credentials: LoginCredentials): Promise<AuthResult>;
  /** Accepts `Authorization: Bearer …` and bumps the caller's session, or throws a 401 problem. */
  authenticate(authorization: string | null): Promise<Caller>;
  refresh(tokenId: string, refreshToken: string): Promise<RefreshResult>;
  /** The live session with this id, or a 404 problem. */
  getSession(sessionId: string): Session;
  /** Ends any live session (no rights required), or throws a 404 problem. */
  deleteSession(sessionId: string): Promise<void>;
  /** Ends the caller's own session. */
  logout(caller: Caller): Promise<void>;
  /** The caller's user profile, with the device of the caller's session. */
  profileOf(caller: Caller): UserProfile;
  /**
   * Removes expired sessions, so they are neither listed nor fetchable and their tokens are rejected.
   * Call it once before the other rules of a request: they do not check expiry again.
   */
  expireSessions(): Promise<void>;
  /** Forgets every issued token (new signing key): tokens issued before are rejected. */
  forgetTokens(): void;
  /** What keeps issued tokens valid across a restart: the signing key and each session's current pair. */
  exportTokens(): TokenState;
  /** Accepts the tokens of an exported state again (its sessions must be stored); false when it is not one. */
  restoreTokens(state: TokenState): boolean;
}

/** The token side of a saved state: plain data. */
export interface TokenState {
  key: string;
  pairs: { sessionId: string; tokenId: string; refreshToken: string }[];
}

/** The token pair a session currently accepts; a refresh replaces both. */
interface Credentials {
  tokenId: string;
  refreshToken: string;
}

export interface LifecycleDependencies {
  sessions: SessionRepository;
  directory: Directory;
  tokens: TokenSigner;
  clock: Clock;
  /**
   * How long a new or refreshed session lives, in ms, asked at each login and refresh. Default: the
   * documented 12 hours (docs/behaviour.md#session-lifetime); a scenario may shorten it.
   */
  lifetime?: () => number;
}

const fieldsOf = (schema: string): string[] => Object.keys((spec.components.schemas[schema] as { properties: object }).properties);
const PROFILE_FIELDS = fieldsOf('UserProfile').filter((field) => field !== 'device');
const PROFILE_DEVICE_FIELDS = fieldsOf('ProfileDevice');

function pick(record: object, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => field in record).map((field) => [field, (record as Record<string, unknown>)[field]]));
}

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

export function createSessionLifecycle({ sessions, directory, tokens, clock, lifetime = () => SESSION_LIFETIME_MS }: LifecycleDependencies): SessionLifecycle {
  const credentials = new Map<string, Credentials>();

  // The seeded P01 session holds the demo pair, so the spec's refresh example runs as written
  // (docs/behaviour.md#executable-examples). It belongs to the seed: a reset gives it back.
  function holdDemoCredentials(): void {
    credentials.set(DEMO_CREDENTIALS.claims.sessionId, { tokenId: DEMO_CREDENTIALS.claims.tokenId, refreshToken: DEMO_CREDENTIALS.refreshToken });
  }
  holdDemoCredentials();

  /** The live session a token names, if the token is the one that session currently accepts. */
  async function sessionOfToken(token: string, refreshToken?: string): Promise<Session> {
    // @note The demo token is recognised by the exact string only; every other token needs this
    // instance's signature. Either way the session must still hold it (see below).
    const claims = token === DEMO_CREDENTIALS.tokenId ? DEMO_CREDENTIALS.claims : await tokens.verify(token);
    if (!claims) throw unauthenticated('The token is malformed or not signed by this mock (or was issued before a reset).');
    const session = sessions.getSession(claims.sessionId);
    // Expired sessions are gone already: the caller sweeps them first (`expireSessions`), once per request.
    if (!session) throw unauthenticated('The session of this token was deleted or has expired; log in again.');
    const current = credentials.get(session.sessionId);
    if (!current || current.tokenId !== claims.tokenId) throw unauthenticated('This token was replaced by a refresh; use the newest token.');
    if (refreshToken !== undefined && current.refreshToken !== refreshToken) throw unauthenticated('The refresh token does not belong to this token.');
    return session;
  }

  async function issueTokens(session: Session): Promise<{ tokenId: string; refreshToken: string }> {
    const pair = { tokenId: newTokenId(), refreshToken: newRefreshToken() };
    credentials.set(session.sessionId, pair);
    const tokenId = await tokens.sign(
      { sessionId: session.sessionId, tokenId: pair.tokenId, userName: session.identity.userName, expiresAt: Math.ceil(instantMs(session.expiresAt) / 1000) },
      clock.now(),
    );
    return { tokenId, refreshToken: pair.refreshToken };
  }

  async function endSession(sessionId: string): Promise<void> {
    credentials.delete(sessionId);
    await sessions.removeSession(sessionId);
  }

  // @note Logins run one at a time: "end the device's earlier session, then start one" must not
  // interleave with another login on the same sale device.
  let loginTail: Promise<unknown> = Promise.resolve();

  function profile(userName: string, deviceName: string): UserProfile {
    const user = directory.findUser(userName);
    const device = directory.findDevice(deviceName);
    if (!user || !device) throw unauthenticated('The user or device of this session no longer exists.');
    // The profile shows the fields its schemas name: not the password, nor the resource's `_v`.
    const visible = pick(user, PROFILE_FIELDS) as Omit<UserProfile, 'device'>;
    return { ...visible, device: pick(device, PROFILE_DEVICE_FIELDS) as UserProfile['device'] };
  }

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
    const now = clock.now();
    const started = formatInstant(now);
    const session = await sessions.insertSession({
      sessionId: randomAlphanumeric(32),
      identity: { userName: user.userName, deviceName: device.name, envName: device.envName, authenticationType: AUTHENTICATION_TYPE },
      startedAt: started,
      expiresAt: formatInstant(now.getTime() + lifetime()),
      lastAccessAt: started,
      _v: 1,
    });
    const pair = await issueTokens(session);
    return { ...pair, user: profile(user.userName, device.name) };
  }

  return {
    login(attempt) {
      const result = loginTail.then(() => login(attempt));
      loginTail = result.catch(() => undefined);
      return result;
    },

    async authenticate(authorization) {
      if (!authorization) throw unauthenticated('The Authorization header is missing; send "Authorization: Bearer {tokenId}".');
      const token = BEARER.exec(authorization)?.[1];
      if (!token) throw unauthenticated('The Authorization header must be "Bearer {tokenId}".');
      const session = await sessionOfToken(token);
      // Every accepted token first bumps its session: lastAccessAt = now, _v + 1
      // (docs/behaviour.md#every-request-bumps-session).
      const bumped = await sessions.updateSession(session.sessionId, (current) => ({
        ...current,
        lastAccessAt: formatInstant(clock.now()),
        _v: current._v + 1,
      }));
      if (!bumped) throw unauthenticated('The session of this token was deleted or has expired; log in again.');
      return { session: bumped };
    },

    async refresh(tokenId, refreshToken) {
      const session = await sessionOfToken(tokenId, refreshToken);
      const now = clock.now();
      // One change, one version: the refresh is an access (lastAccessAt, _v) that also extends the life.
      const extended = await sessions.updateSession(session.sessionId, (current) => ({
        ...current,
        lastAccessAt: formatInstant(now),
        expiresAt: formatInstant(now.getTime() + lifetime()),
        _v: current._v + 1,
      }));
      if (!extended) throw unauthenticated('The session of this token was deleted or has expired; log in again.');
      return issueTokens(extended);
    },

    getSession(sessionId) {
      const session = sessions.getSession(sessionId);
      if (!session) throw notFound();
      return session;
    },

    async deleteSession(sessionId) {
      const session = sessions.getSession(sessionId);
      if (!session) throw notFound();
      await endSession(sessionId);
    },

    logout(caller) {
      return endSession(caller.session.sessionId);
    },

    profileOf(caller) {
      return profile(caller.session.identity.userName, caller.session.identity.deviceName);
    },

    expireSessions() {
      return sessions.removeExpiredSessions(clock.now());
    },

    exportTokens() {
      return { key: tokens.exportKey(), pairs: [...credentials].map(([sessionId, pair]) => ({ sessionId, ...pair })) };
    },

    restoreTokens(state) {
      const pairs = Array.isArray(state?.pairs) ? state.pairs : undefined;
      const sound = pairs?.every((p) => p && typeof p.sessionId === 'string' && typeof p.tokenId === 'string' && typeof p.refreshToken === 'string');
      if (!pairs || !sound || typeof state.key !== 'string' || !tokens.restoreKey(state.key)) return false;
      credentials.clear();
      for (const { sessionId, tokenId, refreshToken } of pairs) credentials.set(sessionId, { tokenId, refreshToken });
      return true;
    },

    forgetTokens() {
      credentials.clear();
      tokens.rotateKey();
      holdDemoCredentials();
    },
  };
}
