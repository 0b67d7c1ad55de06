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

/**
 * The instants the clock may show (docs/behaviour.md#clock-range): 1971-01-01T00:00:00Z to
 * 9998-12-31T23:59:59.999Z. Every instant the mock writes is ISO 8601 with a four-digit year (0000–9999)
 * and every token carries seconds since 1970 (never negative); what it writes lies around "now": a
 * session's expiry (now + the 12 h lifetime, or a scenario's) and fixture offsets (days at most in the
 * bundled seeds). A year of margin at each end keeps all of them writable, so a clock inside this range
 * never breaks an operation; a move outside it is refused instead.
 */
const CLOCK_MIN_MS = Date.UTC(1971, 0, 1);
const CLOCK_MAX_MS = Date.UTC(9998, 11, 31, 23, 59, 59, 999);
export const CLOCK_RANGE = '1971-01-01T00:00:00Z to 9998-12-31T23:59:59.999Z';

/** True when the clock may show `ms` (see CLOCK_MIN_MS). */
export function isClockInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= CLOCK_MIN_MS && ms <= CLOCK_MAX_MS;
}

/** Parses an instant for the clock; throws a clear error for anything that is not a valid date-time in range. */
function toInstant(value: string | Date, what = 'clock'): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) {
    throw new Error(`Failed to set the ${what}: ${JSON.stringify(String(value))} is not a valid date-time. Use ISO 8601, e.g. 2023-08-04T21:30:00Z.`);
  }
  return inRange(ms, `Failed to set the ${what}: ${JSON.stringify(String(value))}`);
}

function inRange(ms: number, what: string): number {
  if (!isClockInstant(ms)) throw new Error(`${what} is outside the instants the mock can represent (${CLOCK_RANGE}).`);
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
        current = inRange(current + checkedStep(by), `Failed to advance the clock: ${JSON.stringify(by)} from ${new Date(current).toISOString()}`);
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
      const next = Date.now() + offset + checkedStep(by);
      offset = inRange(next, `Failed to advance the clock: ${JSON.stringify(by)} from ${new Date(Date.now() + offset).toISOString()}`) - Date.now();
    },
  };
}

function checkedStep(by: number | string): number {
  const ms = typeof by === 'string' ? parseDuration(by) : by;
  if (ms === undefined) throw new Error(`Failed to advance the clock: ${JSON.stringify(by)} is not an ISO 8601 duration such as PT13H or -P1DT2H.`);
  if (!Number.isFinite(ms)) throw new Error(`Failed to advance the clock: ${by} is not a finite number of milliseconds.`);
  return ms;
}
