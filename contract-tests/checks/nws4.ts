/**
 * NWS4 (API-key runs only): a request whose signature cannot hold is refused with 401 and the
 * `WWW-Authenticate: NWS4-HMAC-SHA256 …` challenge (docs/behaviour.md#nws4-challenge,
 * #nws4-time-window). Each case is harmless if a server wrongly accepts it: the tampered request deletes
 * a session id nobody has, the others only read.
 */
import type { CheckContext } from '../context.ts';
import { unknownSessionId } from '../sessions.ts';
import type { Target } from '../target.ts';
import type { Exchange } from '../types.ts';
import type { Check } from './check.ts';

/** A key no PORTOS installation has, with a throwaway secret. */
const UNKNOWN_KEY = { clientId: 'portoscontractnosuchkey0', clientSecret: 'portos-contract-not-a-secret' };
/** Far outside the ±150 s window: a request dated 10 minutes ago. */
const STALE_MS = 10 * 60 * 1000;

function requireApiKey(ctx: CheckContext): void {
  if (!ctx.target.apiKey) ctx.skip('needs --api-key and --api-secret-env (a run that signs its requests)');
}

function expectRefused(ctx: CheckContext, exchange: Exchange, what: string): void {
  if (!ctx.expectStatus(exchange, 401, `${what}: expected 401, got ${exchange.response?.status}`)) return;
  const challenge = exchange.response?.headers['www-authenticate'];
  ctx.expect(/^NWS4-HMAC-SHA256\s+realm=/i.test(challenge ?? ''), `${what}: expected the challenge WWW-Authenticate: NWS4-HMAC-SHA256 realm="…", charset="UTF-8", got ${challenge === undefined ? 'none' : JSON.stringify(challenge)}`, exchange, {
    expected: 'WWW-Authenticate: NWS4-HMAC-SHA256 realm="…", charset="UTF-8"',
    actual: challenge === undefined ? 'no WWW-Authenticate' : `WWW-Authenticate: ${challenge}`,
  });
}

/**
 * One refusal check: `request` builds the request whose signature cannot hold, `what` names it in the
 * failure text. The three cases differ only there.
 */
function signatureRefused(name: string, summary: string, what: string, operationId: string, request: (target: Target) => Promise<Request>): Check {
  return {
    name,
    group: 'nws4',
    basis: 'documented',
    summary,
    async run(ctx) {
      requireApiKey(ctx);
      expectRefused(ctx, await ctx.target.send(operationId, await request(ctx.target)), what);
    },
  };
}

export const nws4TamperedBodyRejected = signatureRefused(
  'nws4_tampered_body_rejected',
  'A signed request whose body was changed after signing answers 401 with the NWS4 challenge.',
  'a body changed after signing',
  'deleteSession',
  async (target) => {
    const url = `${target.baseUrl}/sessions/${encodeURIComponent(unknownSessionId())}`;
    const signed = await target.sign(new Request(url, { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: '{"signed":true}' }));
    return new Request(signed.url, { method: 'DELETE', headers: signed.headers, body: '{"signed":false}' });
  },
);

export const nws4StaleTimestampRejected = signatureRefused(
  'nws4_stale_timestamp_rejected',
  'A request signed 10 minutes ago (outside the ±150 s window) answers 401 with the NWS4 challenge.',
  'a request signed 10 minutes ago',
  'getSessions',
  (target) => target.sign(new Request(`${target.baseUrl}/sessions`), target.apiKey, new Date(Date.now() - STALE_MS)),
);

export const nws4UnknownKeyRejected = signatureRefused(
  'nws4_unknown_key_rejected',
  'A request signed with a key the server does not have answers 401 with the NWS4 challenge.',
  'a request signed with an unknown key',
  'getSessions',
  (target) => target.sign(new Request(`${target.baseUrl}/sessions`), UNKNOWN_KEY),
);
