/**
 * Requests signed with an API key (docs/behaviour.md#api-key-session): the signature is checked with the
 * mock's clock against the stored keys (src/portos/nws4), and the key runs as its `userName` on its
 * `deviceName` in one session of its own, made on the key's first signed request (or the first after
 * that session ended), bumped by each later one, listed and expiring like any other.
 */
import type { Clock } from './clock.ts';
import { ProblemError } from '../http/index.ts';
import type { SignedRequestInput } from './nws4/index.ts';
import type { Session } from './records.ts';
import type { Directory, SessionRepository } from './repository.ts';
import { bumped, newSession } from './session-rules.ts';

/** `identity.authenticationType` of an API key's session (docs/behaviour.md#api-key-session). */
const API_KEY_AUTHENTICATION_TYPE = 'NWS4';

const SCHEME = /^NWS4-HMAC-SHA256(?:[ \t]|$)/i;

/** True when an `Authorization` value is an NWS4 signature rather than a bearer token. */
export function isSignedAuthorization(authorization: string | null | undefined): boolean {
  return authorization !== null && authorization !== undefined && SCHEME.test(authorization);
}

/** A 401 for a signed request: the verifier's sentence and the NWS4 challenge (docs/behaviour.md#nws4-challenge). */
function refused(challenge: string, detail: string): ProblemError {
  return new ProblemError(401, { detail, headers: { 'www-authenticate': challenge } });
}

interface ApiKeySessionDependencies {
  sessions: SessionRepository;
  directory: Directory;
  clock: Clock;
  lifetime: () => number;
}

/** Verifies a signed request and answers the key's session, bumped; or throws a 401 with the challenge. */
export function createApiKeySessions({ sessions, directory, clock, lifetime }: ApiKeySessionDependencies): (request: SignedRequestInput) => Promise<Session> {
  // One at a time, so two first requests of a key never make two sessions.
  let tail: Promise<unknown> = Promise.resolve();

  async function sessionOf(request: SignedRequestInput): Promise<Session> {
    // The verifier comes with the first signed request: only API-key clients need it, so a page of the
    // mock does not fetch it on load (docs/decisions/0008-handlers-validators-apart.md).
    const { nws4Challenge, verifyRequest } = await import('./nws4/index.ts');
    const now = clock.now();
    const verdict = await verifyRequest(request, {
      now,
      findKey: (clientId) => {
        const key = directory.findApiKey(clientId);
        return key && { clientSecret: key.clientSecret ?? '', isActive: key.isActive };
      },
    });
    if (!verdict.ok) throw refused(nws4Challenge(), verdict.detail);
    const key = directory.findApiKey(verdict.clientId)!;
    const device = directory.findDevice(key.deviceName);
    if (!device || !directory.findUser(key.userName)) throw refused(nws4Challenge(), `The API key runs as user "${key.userName}" on device "${key.deviceName}", and one of them does not exist.`);

    const own = (session: Session) => session.identity.authenticationType === API_KEY_AUTHENTICATION_TYPE && session.identity.userName === key.userName;
    const current = sessions.sessionsOnDevice(device.name).find(own);
    if (current) {
      // As a bearer token's: every accepted signature bumps its session (docs/behaviour.md#every-request-bumps-session).
      const accessed = await sessions.updateSession(current.sessionId, (session) => bumped(session, now));
      if (accessed) return accessed;
    }
    const identity = { userName: key.userName, deviceName: device.name, envName: device.envName, authenticationType: API_KEY_AUTHENTICATION_TYPE };
    return sessions.insertSession(newSession(identity, now, lifetime()));
  }

  return (request) => {
    const result = tail.then(() => sessionOf(request));
    tail = result.catch(() => undefined);
    return result;
  };
}
