/**
 * Durations: a signed ISO 8601 duration in days, hours, minutes and seconds (milliseconds at most).
 * Fixtures read one as "this long before (`-`) or after (`+` or no sign) now" (`-PT10H10M21.985S` is
 * 10 h 10 min 21.985 s ago; `P1DT2H` is 26 h from now), and the clock control moves the clock by one
 * (`PT13H`). Years, months and weeks are not accepted: their length depends on the calendar.
 */

const OFFSET = /^([+-])?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,3}))?S)?)?$/;

/** The duration in milliseconds, or undefined when `text` is not a duration in this format. */
export function parseDuration(text: string): number | undefined {
  const match = OFFSET.exec(text);
  if (!match || text.endsWith('P') || text.endsWith('T')) return undefined;
  const [, sign, days = '0', hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  const ms =
    ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000 + Number(seconds) * 1000 + Number(fraction.padEnd(3, '0'));
  return sign === '-' ? -ms : ms;
}

export const DURATION_EXAMPLE = '-PT10H10M21.985S';
