/**
 * How PORTOS writes an instant: ISO 8601 in UTC with `Z`, and the fraction of a second without
 * trailing zeros (`2023-08-04T11:19:39.98Z`, `2023-08-04T21:21:07.66Z`), as the Sessions page shows.
 * `Date#toISOString` would always print three digits (`.980Z`), which does not reproduce the page.
 */

/** The PORTOS spelling of an instant. */
export function formatInstant(instant: Date | number): string {
  const iso = new Date(instant).toISOString(); // 2023-08-04T11:19:39.980Z
  return iso.replace(/\.(\d{3})Z$/, (_match, fraction: string) => {
    const trimmed = fraction.replace(/0+$/, '');
    return trimmed ? `.${trimmed}Z` : 'Z';
  });
}

/** Milliseconds since the epoch of a stored instant (the store only holds valid date-times). */
export function instantMs(text: string): number {
  return Date.parse(text);
}
