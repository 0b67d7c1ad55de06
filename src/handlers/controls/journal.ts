/**
 * The request journal (§C `GET /__mock/requests`): method, URL, status and time of every request the
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
  const entries: JournalEntry[] = [];
  return {
    entries,
    record(entry) {
      entries.push(entry);
      if (entries.length > limit) entries.splice(0, entries.length - limit);
    },
    clear() {
      entries.length = 0;
    },
  };
}
