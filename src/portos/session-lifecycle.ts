/**
 * The life of a PORTOS session: login creates it (login.ts), every accepted token bumps it, refresh
 * rotates its tokens (session-tokens.ts) and extends it, logout or DELETE ends it, time expires it.
 * Rules from the PORTOS Sessions page (documented) and this project's inferences, each listed in
 * docs/behaviour.md; each step says which. This file composes them into the one service the route core calls.
 */
import type { Clock } from './clock.ts';
import { formatInstant } from './instant.ts';
import { notFound, unauthenticated } from '../http/index.ts';
import { createApiKeySessions } from './api-key-sessions.ts';
import { createLogin, type LoginCredentials } from './login.ts';
import type { SignedRequestInput } from './nws4/index.ts';
import type { AuthResult, RefreshResult, Session, UserProfile } from './records.ts';
import type { Directory, SessionRepository } from './repository.ts';
import { bumped, SESSION_LIFETIME_MS } from './session-rules.ts';
import { createSessionTokens, type TokenState } from './session-tokens.ts';
import type { TokenSigner } from './token.ts';
import { userProfile } from './user-profile.ts';

export type { TokenState } from './session-tokens.ts';

/** The caller behind an accepted token, with its session already bumped. */
export interface Caller {
  session: Session;
}

export interface SessionLifecycle {
  login(credentials: LoginCredentials): Promise<AuthResult>;
  /**
   * Accepts `Authorization: Bearer …` and bumps the caller's session (to `now`: the request's one clock
   * read; default the clock's now), or throws a 401 problem.
   */
  authenticate(authorization: string | null, now?: Date): Promise<Caller>;
  /**
   * Accepts a request signed with an active API key (NWS4) and answers the key's session, made or
   * bumped (docs/behaviour.md#api-key-session); else throws a 401 problem with the NWS4 challenge.
   */
  authenticateSigned(request: SignedRequestInput): Promise<Caller>;
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
  expireSessions(now?: Date): Promise<void>;
  /** Forgets every issued token (new signing key): tokens issued before are rejected. */
  forgetTokens(): void;
  /** What keeps issued tokens valid across a restart: the signing key and each session's current pair. */
  exportTokens(): TokenState;
  /** Accepts the tokens of an exported state again (its sessions must be stored); false when it is not one. */
  restoreTokens(state: TokenState): boolean;
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

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

export function createSessionLifecycle({ sessions, directory, tokens: signer, clock, lifetime = () => SESSION_LIFETIME_MS }: LifecycleDependencies): SessionLifecycle {
  const tokens = createSessionTokens({ sessions, tokens: signer, clock });

  async function endSession(sessionId: string): Promise<void> {
    tokens.forget(sessionId);
    await sessions.removeSession(sessionId);
  }

  const login = createLogin({ sessions, directory, tokens, clock, lifetime, endSession });
  const apiKeySession = createApiKeySessions({ sessions, directory, clock, lifetime });

  return {
    login,

    async authenticate(authorization, now = clock.now()) {
      if (!authorization) throw unauthenticated('The Authorization header is missing; send "Authorization: Bearer {tokenId}".');
      const token = BEARER.exec(authorization)?.[1];
      if (!token) throw unauthenticated('The Authorization header must be "Bearer {tokenId}".');
      const session = await tokens.sessionOf(token);
      // Every accepted token first bumps its session: lastAccessAt = now, _v + 1
      // (docs/behaviour.md#every-request-bumps-session).
      const accessed = await sessions.updateSession(session.sessionId, (current) => bumped(current, now));
      if (!accessed) throw unauthenticated('The session of this token was deleted or has expired; log in again.');
      return { session: accessed };
    },

    authenticateSigned: async (request) => ({ session: await apiKeySession(request) }),

    async refresh(tokenId, refreshToken) {
      const session = await tokens.sessionOf(tokenId, refreshToken);
      const now = clock.now();
      // One change, one version: the refresh is an access (lastAccessAt, _v) that also extends the life.
      const extended = await sessions.updateSession(session.sessionId, (current) => ({ ...bumped(current, now), expiresAt: formatInstant(now.getTime() + lifetime()) }));
      if (!extended) throw unauthenticated('The session of this token was deleted or has expired; log in again.');
      return tokens.issue(extended);
    },

    getSession(sessionId) {
      const session = sessions.getSession(sessionId);
      if (!session) throw notFound();
      return session;
    },

    async deleteSession(sessionId) {
      const session = sessions.getSession(sessionId);
      if (!session) throw notFound();
      tokens.forget(sessionId);
      // Parallel DELETEs of one session all pass the check above; only the one that removes it answers 204.
      if (!(await sessions.removeSession(sessionId))) throw notFound();
    },

    logout: (caller) => endSession(caller.session.sessionId),

    profileOf: (caller) => userProfile(directory, caller.session.identity.userName, caller.session.identity.deviceName),

    expireSessions: async (now = clock.now()) => void (await sessions.removeExpiredSessions(now)),

    exportTokens: () => tokens.exportState(),

    restoreTokens: (state) => tokens.restoreState(state),

    forgetTokens: () => tokens.forgetAll(),
  };
}
