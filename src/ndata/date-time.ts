/**
 * A date-time as something that compares chronologically and exactly: epoch milliseconds, plus, only when
 * the text has more than three fraction digits, the remaining digits without trailing zeros (compared as
 * strings, which orders fractions correctly). Most values are plain numbers.
 */
export type DateTimeKey = number | { readonly ms: number; readonly sub: string };

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil); any year 0–9999. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The value of `count` ASCII digits at `at`, or -1 when any of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Parses an RFC 3339 date-time with a required offset (`2023-08-04T11:19:38Z`,
 * `2023-08-04T13:19:38.5+02:00`, `t`/`z` in lower case too); any number of fraction digits. Returns
 * undefined when the text is not one. Hand-written (no RegExp, no Date): it runs once per record per key.
 */
export function parseDateTime(text: string): DateTimeKey | undefined {
  const length = text.length;
  if (length < 20) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || day < 1 || hour < 0 || minute < 0 || second < 0) return undefined;
  if (text[4] !== '-' || text[7] !== '-' || text[13] !== ':' || text[16] !== ':') return undefined;
  const t = text[10];
  if (t !== 'T' && t !== 't') return undefined;
  if (month > 12 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  let i = 19;
  let millis = 0;
  let sub = '';
  if (text[i] === '.') {
    const from = i + 1;
    i = from;
    while (i < length) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (i - from < 3) millis = millis * 10 + d;
      i++;
    }
    const count = i - from;
    if (count === 0) return undefined;
    if (count < 3) millis *= count === 1 ? 100 : 10;
    if (count > 3) sub = text.slice(from + 3, i).replace(/0+$/, '');
  }
  let offsetMinutes = 0;
  const zone = text[i];
  if (zone === 'Z' || zone === 'z') {
    if (i + 1 !== length) return undefined;
  } else if (zone === '+' || zone === '-') {
    if (i + 6 !== length || text[i + 3] !== ':') return undefined;
    const oh = digits(text, i + 1, 2);
    const om = digits(text, i + 4, 2);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return undefined;
    offsetMinutes = (zone === '-' ? -1 : 1) * (oh * 60 + om);
  } else {
    return undefined;
  }
  const ms = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millis;
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
