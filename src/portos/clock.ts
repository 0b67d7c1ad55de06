/**
 * The mock's sense of "now". Every PORTOS rule that reads the time (session start, expiry, last access)
 * asks a `Clock`, never `Date.now()`, so that a pinned clock makes a whole run deterministic.
 */
import { parseDuration } from './duration.ts';

export interface Clock {
  /** The current instant (a fresh `Date` each call; mutating it changes nothing). */
  now(): Date;
  /**
   * Moves the clock to `instant`. A pinned clock then stands still there; a real clock keeps running
   * from there (it keeps an offset from the system time).
   */
  set(instant: string | Date): void;
  /**
   * Moves the clock forward (or back, when negative) by `by`: milliseconds, or an ISO 8601 duration such
   * as `PT13H` or `-P1D` (days, hours, minutes, seconds).
   */
  advance(by: number | string): void;
  /** True when the clock stands still unless moved in code. */
  readonly pinned: boolean;
}

/** Parses an instant for the clock; throws a clear error for anything that is not a valid date-time. */
function toInstant(value: string | Date, what = 'clock'): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new Error(`Failed to set the ${what}: ${JSON.stringify(String(value))} is not a valid date-time. Use ISO 8601, e.g. 2023-08-04T21:30:00Z.`);
  }
  return ms;
}

/**
 * A clock pinned at `pinnedAt`, or the real time when it is omitted.
 *
 * @example
 * const clock = createClock('2023-08-04T21:30:00Z');
 * clock.advance(60_000);
 * clock.now().toISOString(); // '2023-08-04T21:31:00.000Z'
 */
export function createClock(pinnedAt?: string | Date): Clock {
  if (pinnedAt !== undefined) {
    let current = toInstant(pinnedAt);
    return {
      pinned: true,
      now: () => new Date(current),
      set: (instant) => {
        current = toInstant(instant);
      },
      advance: (by) => {
        current += checkedStep(by);
      },
    };
  }
  // @note A real clock that was set or advanced keeps the difference, so time still passes in it.
  let offset = 0;
  return {
    pinned: false,
    now: () => new Date(Date.now() + offset),
    set: (instant) => {
      offset = toInstant(instant) - Date.now();
    },
    advance: (by) => {
      offset += checkedStep(by);
    },
  };
}

function checkedStep(by: number | string): number {
  const ms = typeof by === 'string' ? parseDuration(by) : by;
  if (ms === undefined) throw new Error(`Failed to advance the clock: ${JSON.stringify(by)} is not an ISO 8601 duration such as PT13H or -P1DT2H.`);
  if (!Number.isFinite(ms)) throw new Error(`Failed to advance the clock: ${by} is not a finite number of milliseconds.`);
  return ms;
}
