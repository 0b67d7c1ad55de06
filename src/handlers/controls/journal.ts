/**
 * The request journal (`GET /__mock/requests`, `api.journal`, docs/behaviour.md#control-requests): every
 * request the mock answered on a PORTOS path, newest last, with its query, its body (secrets redacted)
 * and the session its token belonged to, so a test can ask "did the app delete exactly this session?"
 * without wrapping `fetch`. Bounded: only the latest `limit` entries are kept (default `JOURNAL_LIMIT`),
 * so a long-running dev server does not grow without end. The /__mock controls are not journaled.
 */

import { isSecretFieldName, MAX_BODY_DEPTH, REDACTED, redactSecretText } from '../../http/index.ts';

export const JOURNAL_LIMIT = 1000;

export interface JournalEntry {
  method: string;
  url: string;
  /** The path, without the query. */
  path: string;
  /** The query string without `?` ('' when there is none). */
  query: string;
  status: number;
  /** When the mock answered, by the mock's clock (ISO 8601). */
  time: string;
  /** The request body, parsed when it is JSON, with `Password`, `tokenId` and `refreshToken` redacted (in any body). */
  body?: unknown;
  /** The session of the caller's accepted token. */
  sessionId?: string;
}

/** What `find` and `GET /__mock/requests?…` select on; every given field must match. */
export interface JournalFilter {
  /** Any letter case. */
  method?: string;
  /** The path exactly, or every path that starts with what comes before a trailing `*`. */
  path?: string;
  status?: number;
}

export interface JournalView {
  /** Every kept entry, newest last. */
  readonly entries: readonly JournalEntry[];
  /** The kept entries that match `filter`, newest last. */
  find(filter?: JournalFilter): JournalEntry[];
  /** How many entries are kept at most. */
  readonly limit: number;
}

/**
 * What the route core records per request: an entry without `path` and `query`, which are read off `url`
 * when the journal is read. @note Every request makes one and the journal keeps the last thousand,
 * so they outlive the young generation: two strings fewer each is less to promote and collect.
 */
export type JournalRecord = Omit<JournalEntry, 'path' | 'query'>;

export interface Journal extends JournalView {
  record(entry: JournalRecord): void;
  clear(): void;
}

function matchesFilter(entry: JournalEntry, filter: JournalFilter): boolean {
  if (filter.method !== undefined && entry.method.toUpperCase() !== filter.method.toUpperCase()) return false;
  if (filter.status !== undefined && entry.status !== filter.status) return false;
  if (filter.path !== undefined) {
    const prefix = filter.path.endsWith('*') ? filter.path.slice(0, -1) : undefined;
    if (prefix === undefined ? entry.path !== filter.path : !entry.path.startsWith(prefix)) return false;
  }
  return true;
}

/** Past this, a body that is not JSON is kept shortened: the journal is for reading, not replaying. */
const TEXT_LIMIT = 1000;

/** JSON kept with its secret members (and JWT-shaped strings) redacted; deeper than the limit, a marker. */
function redactJson(node: unknown, depth: number): unknown {
  if (typeof node === 'string') return redactSecretText(node);
  if (!node || typeof node !== 'object') return node;
  // @note Depth-limited, not unbounded recursion: a body nested 5000 deep must not overflow the stack.
  if (depth >= MAX_BODY_DEPTH) return `(nested deeper than ${MAX_BODY_DEPTH} levels)`;
  if (Array.isArray(node)) return node.map((member) => redactJson(member, depth + 1));
  return Object.fromEntries(Object.entries(node).map(([key, member]) => [key, isSecretFieldName(key) ? REDACTED : redactJson(member, depth + 1)]));
}

/**
 * A body as the journal keeps it: JSON parsed with secret members redacted (any letter case, any
 * depth); any other body (JSON that does not parse, a form, plain text) as text with secret members,
 * form fields and tokens redacted, then shortened. The names come from src/http/secret-names.ts.
 */
export function journalBody(text: string): unknown {
  if (text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const redacted = redactSecretText(text);
    return redacted.length > TEXT_LIMIT ? `${redacted.slice(0, TEXT_LIMIT)}…` : redacted;
  }
  return journalValue(value);
}

/** A body an operation parsed already (JSON), as the journal keeps it: parsed once per request. */
export function journalValue(value: unknown): unknown {
  return redactJson(value, 0);
}

/** A recorded request as the journal shows it: the members in their documented order. */
function entryOf({ method, url, status, time, body, sessionId }: JournalRecord): JournalEntry {
  const { pathname, search } = new URL(url);
  const entry: JournalEntry = { method, url, path: pathname, query: search.slice(1), status, time };
  if (body !== undefined) entry.body = body;
  if (sessionId !== undefined) entry.sessionId = sessionId;
  return entry;
}

export function createJournal(limit = JOURNAL_LIMIT): Journal {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`Failed to create the mock API: journalLimit must be a whole number ≥ 1; got ${limit}.`);
  // @note A ring: recording is O(1) on every request (a full array's `splice(0, 1)` moved 1000 entries
  // each time); reading, which is rare, puts the entries in order.
  let ring: JournalRecord[] = [];
  let next = 0;
  const entries = (): JournalEntry[] => (ring.length < limit ? ring : [...ring.slice(next), ...ring.slice(0, next)]).map(entryOf);
  return {
    limit,
    get entries() {
      return entries();
    },
    find: (filter = {}) => entries().filter((entry) => matchesFilter(entry, filter)),
    record(entry) {
      if (ring.length < limit) ring.push(entry);
      else {
        ring[next] = entry;
        next = (next + 1) % limit;
      }
    },
    clear() {
      ring = [];
      next = 0;
    },
  };
}
