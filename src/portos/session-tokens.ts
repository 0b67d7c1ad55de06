/**
 * The token pair each live session currently accepts (docs/behaviour.md#refresh-rotation): issued at
 * login and at each refresh (the old pair is refused from then on), forgotten when the session ends, and
 * exported with a saved state. A token must be signed by this instance (or be the demo token) AND be the
 * pair its session holds now.
 */
import type { Clock } from './clock.ts';
import { unauthenticated } from '../http/index.ts';
import { instantMs } from './instant.ts';
import type { Session } from './records.ts';
import type { SessionRepository } from './repository.ts';
import { DEMO_CREDENTIALS, newRefreshToken, newTokenId, type TokenSigner } from './token.ts';

/** The token side of a saved state: plain data. */
export interface TokenState {
  key: string;
  pairs: { sessionId: string; tokenId: string; refreshToken: string }[];
}

export interface SessionTokens {
  /** The live session a token names, if it is the pair that session holds now; else a 401 problem. */
  sessionOf(token: string, refreshToken?: string): Promise<Session>;
  /** A new pair for the session (the earlier one is refused from now on). */
  issue(session: Session): Promise<{ tokenId: string; refreshToken: string }>;
  /** The session ended: its pair is refused. */
  forget(sessionId: string): void;
  /** Every pair refused and a new signing key (a reset); the demo pair is held again. */
  forgetAll(): void;
  exportState(): TokenState;
  restoreState(state: TokenState): boolean;
}

export function createSessionTokens({ sessions, tokens, clock }: { sessions: Pick<SessionRepository, 'getSession'>; tokens: TokenSigner; clock: Clock }): SessionTokens {
  const credentials = new Map<string, { tokenId: string; refreshToken: string }>();

  // The seeded P01 session holds the demo pair, so the spec's refresh example runs as written
  // (docs/behaviour.md#executable-examples). It belongs to the seed: a reset gives it back.
  function holdDemoCredentials(): void {
    credentials.set(DEMO_CREDENTIALS.claims.sessionId, { tokenId: DEMO_CREDENTIALS.claims.tokenId, refreshToken: DEMO_CREDENTIALS.refreshToken });
  }
  holdDemoCredentials();

  return {
    async sessionOf(token, refreshToken) {
      // @note The demo token is recognised by the exact string only; every other token needs this
      // instance's signature. Either way the session must still hold it (see below).
      // A token this instance issued or checked before is found by lookup, without a wait.
      const claims = token === DEMO_CREDENTIALS.tokenId ? DEMO_CREDENTIALS.claims : (tokens.known(token) ?? (await tokens.verify(token)));
      if (!claims) throw unauthenticated('The token is malformed or not signed by this mock (or was issued before a reset).');
      const session = sessions.getSession(claims.sessionId);
      // Expired sessions are gone already: the caller sweeps them first (`expireSessions`), once per request.
      if (!session) throw unauthenticated('The session of this token was deleted or has expired; log in again.');
      const current = credentials.get(session.sessionId);
      if (!current || current.tokenId !== claims.tokenId) throw unauthenticated('This token was replaced by a refresh; use the newest token.');
      if (refreshToken !== undefined && current.refreshToken !== refreshToken) throw unauthenticated('The refresh token does not belong to this token.');
      return session;
    },

    async issue(session) {
      const pair = { tokenId: newTokenId(), refreshToken: newRefreshToken() };
      credentials.set(session.sessionId, pair);
      const tokenId = await tokens.sign(
        { sessionId: session.sessionId, tokenId: pair.tokenId, userName: session.identity.userName, expiresAt: Math.ceil(instantMs(session.expiresAt) / 1000) },
        clock.now(),
      );
      return { tokenId, refreshToken: pair.refreshToken };
    },

    forget: (sessionId) => void credentials.delete(sessionId),

    forgetAll() {
      credentials.clear();
      tokens.rotateKey();
      holdDemoCredentials();
    },

    exportState: () => ({ key: tokens.exportKey(), pairs: [...credentials].map(([sessionId, pair]) => ({ sessionId, ...pair })) }),

    restoreState(state) {
      const pairs = Array.isArray(state?.pairs) ? state.pairs : undefined;
      const sound = pairs?.every((p) => p && typeof p.sessionId === 'string' && typeof p.tokenId === 'string' && typeof p.refreshToken === 'string');
      if (!pairs || !sound || typeof state.key !== 'string' || !tokens.restoreKey(state.key)) return false;
      credentials.clear();
      for (const { sessionId, tokenId, refreshToken } of pairs) credentials.set(sessionId, { tokenId, refreshToken });
      return true;
    },
  };
}
