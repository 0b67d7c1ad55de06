/**
 * Server-controlled text on a terminal or in CI: control characters are shown, not obeyed. An ESC
 * sequence cannot clear the screen, a CR/LF cannot start a new line, so no server string can begin a
 * line with `::` that GitHub Actions would read as a workflow command (a fake annotation, or
 * `::stop-commands::` muting the kit's own).
 */

/** C0 (tab, CR, LF and ESC included), DEL, C1, and the Unicode line and paragraph separators. */
// oxlint-disable-next-line no-control-regex -- these control characters are exactly what must go
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written as an escape (`\n`, `\u001b`), on one line. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A block of the kit's own lines made safe for a terminal: each line's control characters escaped, and a
 * line that would start with `::` indented by a space (only the kit's annotations, written apart, may).
 */
export function terminalSafe(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const safe = escapeControl(line);
      return safe.startsWith('::') ? ` ${safe}` : safe;
    })
    .join('\n');
}

/**
 * JSON text (the JSON and HAR reports) with the characters JSON.stringify leaves raw but a terminal or
 * a log viewer obeys (DEL, C1, U+2028/2029) written as `\uXXXX` escapes: the same JSON, nothing raw.
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007F-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** {@link jsonSafe} of each piece of a JSON text, as it comes: joined, the same text as jsonSafe of the whole. */
export function* jsonSafePieces(pieces: Iterable<string>): Generator<string, void, undefined> {
  for (const piece of pieces) yield jsonSafe(piece);
}
