/**
 * How PORTOS writes an instant: ISO 8601 in UTC with `Z`, and the fraction of a second without
 * trailing zeros (`2023-08-04T11:19:39.98Z`, `2023-08-04T21:21:07.66Z`), as the Sessions page shows.
 * `Date#toISOString` would always print three digits (`.980Z`), which does not reproduce the page.
 */

// The last instant spelled: a request's bump and its journal entry spell the same one.
let lastMs = Number.NaN;
let lastText = '';

/** The PORTOS spelling of an instant. */
export function formatInstant(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (ms === lastMs) return lastText;
  lastText = spell(ms);
  lastMs = ms;
  return lastText;
}

function spell(instant: number): string {
  const iso = new Date(instant).toISOString(); // 2023-08-04T11:19:39.980Z
  // @note Plain string steps, not a regex with a callback: this runs twice per request.
  const dot = iso.length - 5; // …:39|.980Z
  let end = iso.length - 1; // the 'Z'
  while (end > dot + 1 && iso[end - 1] === '0') end--;
  return end === dot + 1 ? `${iso.slice(0, dot)}Z` : `${iso.slice(0, end)}Z`;
}

// The last instant read: the expiry check reads the same session's `expiresAt` on every request (the
// next to expire stays the same one), and `Date.parse` showed in the bump's profile (issue 18).
let readText = '';
let readMs = Number.NaN;

/** Milliseconds since the epoch of a stored instant (the store only holds valid date-times). */
export function instantMs(text: string): number {
  if (text !== readText) {
    readMs = Date.parse(text);
    readText = text;
  }
  return readMs;
}
