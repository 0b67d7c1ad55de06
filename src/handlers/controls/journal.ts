/**
 * The request journal (`GET /__mock/requests`, docs/behaviour.md#control-requests): method, URL, status and time of every request the
 * mock answered on a PORTOS path, newest last. Bounded: only the latest `JOURNAL_LIMIT` entries are
 * kept, so a long-running dev server does not grow without end. The /__mock controls are not journaled.
 */

export const JOURNAL_LIMIT = 1000;

export interface JournalEntry {
  method: string;
  url: string;
  status: number;
  /** When the mock answered, by the mock's clock (ISO 8601). */
  time: string;
}

export interface Journal {
  readonly entries: readonly JournalEntry[];
  record(entry: JournalEntry): void;
  clear(): void;
}

export function createJournal(limit = JOURNAL_LIMIT): Journal {
  // @note A ring: recording is O(1) on every request (a full array's `splice(0, 1)` moved 1000 entries
  // each time); reading, which is rare, puts the entries in order.
  let ring: JournalEntry[] = [];
  let next = 0;
  return {
    get entries() {
      return ring.length < limit ? ring.slice() : [...ring.slice(next), ...ring.slice(0, next)];
    },
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
