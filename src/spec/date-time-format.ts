/**
 * The one string format the spec uses, `date-time`, as JavaScript source for the generated validators
 * module. ajv-formats' standalone code imports its whole formats table (every format's regex: 7.5 KB of
 * a browser bundle) to reach this one check; the generator writes this copy in its place instead.
 *
 * It is ajv-formats 3's `fullFormats["date-time"]` (MIT, © Evgeny Poberezkin), unchanged in behaviour:
 * RFC 3339 §5.6 with a required time zone, `T`/`t` or a space between date and time, real calendar days
 * (leap years), and a leap second only at 23:59:60 UTC. src/spec/generated-validators.test.ts holds it to
 * ajv-formats' verdicts on the edge cases.
 */
export const DATE_TIME_FORMAT_SOURCE = `/** ajv-formats' full "date-time" (RFC 3339 §5.6, time zone required), from src/spec/date-time-format.ts. */
const dateTimeFormat = {
  validate(str) {
    const dateTime = str.split(/t|\\s/i);
    if (dateTime.length !== 2) return false;
    const date = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/.exec(dateTime[0]);
    if (!date) return false;
    const year = +date[1];
    const month = +date[2];
    const day = +date[3];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [0, 31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= days[month])) return false;
    const time = /^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$/i.exec(dateTime[1]);
    if (!time) return false;
    const hr = +time[1];
    const min = +time[2];
    const sec = +time[3];
    const tzSign = time[5] === "-" ? -1 : 1;
    const tzH = +(time[6] || 0);
    const tzM = +(time[7] || 0);
    if (tzH > 23 || tzM > 59 || !time[4]) return false;
    if (hr <= 23 && min <= 59 && sec < 60) return true;
    // A leap second: 23:59:60 in UTC.
    const utcMin = min - tzM * tzSign;
    const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
    return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
  },
};`;

/** What ajv's standalone code writes for the date-time format when ajv-formats provides it. */
export const AJV_FORMATS_DATE_TIME = 'require("ajv-formats/dist/formats").fullFormats["date-time"]';
