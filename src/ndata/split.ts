/** One `;`-separated operation of a filter value, split on unescaped `:`, escapes decoded. */
export interface RawOperation {
  /** The operation as written (escapes not decoded), for messages. */
  text: string;
  /** Decoded pieces between unescaped `:`; never empty (an empty operation has one piece, ``). */
  parts: string[];
  /** Invalid escapes as written (`\x`, or `\` at the end). */
  badEscapes: string[];
}

/**
 * Splits a filter parameter's value into operations on unescaped `;`, and each operation into parts on
 * unescaped `:`. `\;`, `\:` and `\\` stand for the character itself; any other backslash is recorded as
 * a bad escape (and skipped with the character after it) so the caller can report it.
 */
export function splitOperations(value: string): RawOperation[] {
  const operations: RawOperation[] = [];
  let start = 0;
  let parts: string[] = [];
  let badEscapes: string[] = [];
  let part = '';
  let i = 0;
  while (i <= value.length) {
    const c = value[i];
    if (c === undefined || c === ';') {
      parts.push(part);
      operations.push({ text: value.slice(start, i), parts, badEscapes });
      parts = [];
      badEscapes = [];
      part = '';
      i += 1;
      start = i;
      if (c === undefined) break;
    } else if (c === ':') {
      parts.push(part);
      part = '';
      i += 1;
    } else if (c === '\\') {
      const next = value[i + 1];
      if (next === ';' || next === ':' || next === '\\') {
        part += next;
        i += 2;
      } else if (next === undefined) {
        badEscapes.push('\\');
        i += 1;
      } else {
        // Show a whole code point even when the escaped character is a surrogate pair.
        const shown = String.fromCodePoint(value.codePointAt(i + 1) ?? 0);
        badEscapes.push(`\\${shown}`);
        part += shown;
        i += 1 + shown.length;
      }
    } else {
      part += c;
      i += 1;
    }
  }
  return operations;
}
