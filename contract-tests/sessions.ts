/**
 * Reading sessions off the server for the semantic checks: whole lists, id sequences, the caller's own
 * session, and comparisons that name what differs.
 */
import type { components } from '../src/generated/portos-sessions.ts';
import type { CheckContext } from './context.ts';
import type { Exchange, Failure, FailureDetail } from './types.ts';
import type { Target, TokenOption } from './target.ts';

/** A session as the spec declares it; a live server's may differ, which the conformance checks report. */
export type Session = components['schemas']['Session'];

export interface ListPage {
  exchange: Exchange;
  items: Session[] | undefined;
  count: unknown;
  totalCount: unknown;
}

/** The body of a 200 list response, or undefined when the response is not one. */
export function readPage(exchange: Exchange): ListPage | undefined {
  const response = exchange.response;
  if (!response || response.status !== 200) return undefined;
  const body = response.json as { items?: unknown; count?: unknown; totalCount?: unknown } | undefined;
  if (!body || typeof body !== 'object') return undefined;
  const items = Array.isArray(body.items) ? (body.items.filter((item) => item && typeof item === 'object') as Session[]) : undefined;
  return { exchange, items, count: body.count, totalCount: body.totalCount };
}

/**
 * GET /sessions?query, requiring a 200 with `items`; anything else aborts the check, since no semantic
 * comparison can be made.
 */
export async function fetchPage(ctx: CheckContext, query = '', token?: TokenOption): Promise<ListPage & { items: Session[] }> {
  const exchange = await ctx.target.listSessions(query, token);
  const page = readPage(exchange);
  if (!page) ctx.abort(`expected 200 with a QueryResult for ?${query}, got ${exchange.response?.status}`, exchange);
  if (!page.items) ctx.abort(`expected \`items\` in the response to ?${query}`, exchange);
  return page as ListPage & { items: Session[] };
}

export function ids(items: readonly Session[]): string[] {
  return items.map((item) => item.sessionId);
}

/** A readable difference between two id sequences (first position that differs, lengths). */
export function describeSequenceDiff(actual: readonly string[], expected: readonly string[]): string | undefined {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i++) {
    if (actual[i] !== expected[i]) {
      return `first difference at position ${i}: got ${actual[i] ?? '(end)'}, expected ${expected[i] ?? '(end)'} (got ${actual.length} items, expected ${expected.length})`;
    }
  }
  return undefined;
}

/** A readable difference between two id sets (missing and unexpected ids, a few of each). */
export function describeSetDiff(actual: readonly string[], expected: readonly string[]): string | undefined {
  const a = new Set(actual);
  const e = new Set(expected);
  const missing = [...e].filter((id) => !a.has(id));
  const extra = [...a].filter((id) => !e.has(id));
  const duplicates = actual.length !== a.size ? actual.length - a.size : 0;
  if (missing.length === 0 && extra.length === 0 && duplicates === 0) return undefined;
  const parts: string[] = [];
  if (missing.length) parts.push(`missing ${missing.length} (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''})`);
  if (extra.length) parts.push(`unexpected ${extra.length} (${extra.slice(0, 3).join(', ')}${extra.length > 3 ? ', …' : ''})`);
  if (duplicates) parts.push(`${duplicates} duplicate(s)`);
  return parts.join('; ');
}

/** Mismatch helper for {@link CheckContext.retryOnce}. */
export function mismatch(message: string | undefined, exchange: Exchange, detail: FailureDetail = {}): Failure[] {
  return message === undefined ? [] : [{ message, exchange, ...detail }];
}

/** A 32-character id that no server will have. */
export function unknownSessionId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'Zz0';
  while (id.length < 32) id += alphabet[Math.floor(Math.random() * alphabet.length)];
  return id;
}

/** The string claims of a JWT's payload (no signature check: only to find the session it names). */
function jwtStrings(token: string): string[] {
  const payload = token.split('.')[1];
  if (!payload) return [];
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return Object.values(claims).filter((value): value is string => typeof value === 'string');
  } catch {
    return [];
  }
}

/**
 * Finds the session behind a token. It first tries the token's claims (a PORTOS token names its
 * session), then the ids that appeared since `before` for this user and device. Undefined when neither
 * gives exactly one answer.
 */
export async function identifySession(
  target: Target,
  token: string | undefined,
  who: { user?: string | undefined; device?: string | undefined },
  before?: ReadonlySet<string>,
): Promise<string | undefined> {
  const list = readPage(await target.listSessions('', token))?.items ?? [];
  const known = new Set(ids(list));
  // An API-key run (no token) is found by its bump below: its first signed request made its session.
  const fromClaims = jwtStrings(token ?? '').filter((value) => known.has(value));
  if (fromClaims.length === 1) return fromClaims[0];
  const mine = list.filter(
    (session) =>
      (who.user === undefined || session.identity?.userName === who.user) &&
      (who.device === undefined || session.identity?.deviceName === who.device),
  );
  if (before) {
    const fresh = mine.filter((session) => !before.has(session.sessionId));
    if (fresh.length === 1) return fresh[0]!.sessionId;
  }
  // The caller's session is the one the request just touched (inferred: docs/behaviour.md#every-request-bumps-session).
  const again = readPage(await target.listSessions('', token))?.items ?? [];
  const previous = new Map(list.map((session) => [session.sessionId, session._v]));
  const bumped = again.filter((session) => previous.has(session.sessionId) && previous.get(session.sessionId) !== session._v);
  const candidates = bumped.filter((session) => mine.some((m) => m.sessionId === session.sessionId));
  if (candidates.length === 1) return candidates[0]!.sessionId;
  if (bumped.length === 1) return bumped[0]!.sessionId;
  return undefined;
}
