const MAX_SHOWN = 60;

/** Quotes a piece of the request for a message, shortening long input so messages stay readable. */
export function code(text: string): string {
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return `\`${shown}\``;
}

/** `a`, `b`, `c` */
export function codeList(items: readonly string[]): string {
  return items.map(code).join(', ');
}
