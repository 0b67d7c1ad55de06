/**
 * Auth: every protected operation refuses a request without a usable token.
 */
import { operations, resolve } from '../../src/spec/index.ts';
import type { CheckContext } from '../context.ts';
import { unknownSessionId } from '../sessions.ts';
import type { TokenOption } from '../target.ts';
import type { Exchange } from '../types.ts';
import type { Check } from './check.ts';

/**
 * Calls every protected operation of the spec with the given token (or none), each the same way: its
 * path template with an id nobody has, so a server that wrongly accepts the request still reads or
 * deletes nothing (DELETE /api/auth with a missing or bad token has no session to end), and for a write
 * the body of its first request example: valid for the schema, so a validating proxy in front (Prism)
 * lets it through to the server's own 401.
 */
async function callProtected(ctx: CheckContext, token: TokenOption): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  for (const operation of operations.filter((o) => o.requiresAuth)) exchanges.push(await sendProtected(ctx, operation, token));
  return exchanges;
}

function sendProtected(ctx: CheckContext, operation: (typeof operations)[number], token: TokenOption): Promise<Exchange> {
  const path = operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(unknownSessionId()));
  const media = operation.definition.requestBody?.content['application/json'];
  const example = Object.values(media?.examples ?? {})[0];
  return ctx.target.call(operation.operationId, operation.method, path, { token, ...(media ? { body: example ? resolve(example).value : {} } : {}) });
}

export const authMissingTokenRejected: Check = {
  name: 'auth_missing_token_rejected',
  group: 'auth',
  basis: 'documented',
  summary: 'Every protected operation answers 401 to a request without an Authorization header.',
  async run(ctx) {
    for (const exchange of await callProtected(ctx, null)) {
      ctx.expectStatus(exchange, 401, `without a token: expected 401, got ${exchange.response?.status}`);
    }
  },
};

/** Not JWTs at all, and a JWT-shaped token with a signature nobody made. */
export const GARBAGE_TOKENS: readonly string[] = [
  'garbage',
  'eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJub3RBU2Vzc2lvbklkMDAwMDAwMDAwMDAwMDAwMCJ9.bm90LWEtc2lnbmF0dXJl',
];

export const authGarbageTokenRejected: Check = {
  name: 'auth_garbage_token_rejected',
  group: 'auth',
  basis: 'inferred',
  summary: 'Every protected operation answers 401 to a malformed or badly signed bearer token.',
  async run(ctx) {
    for (const token of GARBAGE_TOKENS) {
      for (const exchange of await callProtected(ctx, token)) {
        ctx.expectStatus(exchange, 401, `with a garbage token: expected 401, got ${exchange.response?.status}`);
      }
    }
  },
};

/** A user name no PORTOS installation has: a failed login with it cannot lock anybody's account. */
const NO_SUCH_USER = 'portos-contract-no-such-user';

export const badCredentialsRejected: Check = {
  name: 'bad_credentials_rejected',
  group: 'auth',
  basis: 'inferred',
  summary:
    'Login with an unknown user answers 401 and without `DeviceName` 400; refresh with an unknown token pair answers 401 and without `refreshToken` 400. Nothing is created: no login succeeds.',
  async run(ctx) {
    const { target } = ctx;
    const device = target.credentials?.device ?? 'BackOffice';
    const unknown = await target.login({ UserName: NO_SUCH_USER, DeviceName: device });
    ctx.expectStatus(unknown, 401, `login as an unknown user: expected 401, got ${unknown.response?.status}`);
    // The request body breaks the spec on purpose; the typed client would not let it through otherwise.
    const noDevice = await target.login({ UserName: NO_SUCH_USER } as { UserName: string; DeviceName: string });
    ctx.expectStatus(noDevice, 400, `login without DeviceName: expected 400, got ${noDevice.response?.status}`);
    const wrongPair = await target.refresh({ tokenId: GARBAGE_TOKENS[1]!, refreshToken: 'portosContractNoSuchRefresh0' });
    ctx.expectStatus(wrongPair, 401, `refresh with an unknown token pair: expected 401, got ${wrongPair.response?.status}`);
    const noRefresh = await target.refresh({ tokenId: GARBAGE_TOKENS[1]! } as { tokenId: string; refreshToken: string });
    ctx.expectStatus(noRefresh, 400, `refresh without refreshToken: expected 400, got ${noRefresh.response?.status}`);
  },
};
