/**
 * A date-time as something that compares chronologically and exactly: epoch milliseconds, plus, only when
 * the text has more than three fraction digits, the remaining digits without trailing zeros (compared as
 * strings, which orders fractions correctly). Most values are plain numbers.
 */
export type DateTimeKey = number | { readonly ms: number; readonly sub: string };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses an RFC 3339 date-time with a required offset (`2023-08-04T11:19:38Z`,
 * `2023-08-04T13:19:38.5+02:00`); any number of fraction digits. Returns undefined when invalid.
 */
export function parseDateTime(text: string): DateTimeKey | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const fraction = m[7] ?? '';
  const millis = Number(`${fraction}000`.slice(0, 3));
  let offsetMinutes = 0;
  if (m[8] !== undefined) {
    const offsetHours = Number(m[9]);
    const offsetMins = Number(m[10]);
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const ms = date.getTime() - offsetMinutes * 60_000;
  const sub = fraction.slice(3).replace(/0+$/, '');
  return sub === '' ? ms : { ms, sub };
}

export function compareDateTimes(a: DateTimeKey, b: DateTimeKey): number {
  const am = typeof a === 'number' ? a : a.ms;
  const bm = typeof b === 'number' ? b : b.ms;
  if (am !== bm) return am < bm ? -1 : 1;
  const as = typeof a === 'number' ? '' : a.sub;
  const bs = typeof b === 'number' ? '' : b.sub;
  return as < bs ? -1 : as > bs ? 1 : 0;
}
