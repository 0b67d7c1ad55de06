/**
 * Redaction by value: every secret the kit knows (the password it logs in with, the bearer token it is
 * given or receives, refresh tokens; later an API secret or a signature) is replaced wherever it
 * appears, whatever field, header or `detail` a server echoes it in. Redaction by name
 * (report/redact.ts) still hides secret members whose values the kit never saw.
 */
import { REDACTED, SECRET_FIELD_NAMES } from '../src/http/index.ts';

/**
 * What a secret becomes in every output, and the member names that hold secrets: one list for the kit's
 * reports and the mock's journal (src/http/secret-names.ts), lower-cased here for matching.
 */
export { REDACTED };
export const SECRET_MEMBER_NAMES: readonly string[] = SECRET_FIELD_NAMES.map((name) => name.toLowerCase());

/**
 * Values shorter than this are not redacted by value: a one-letter password would blank every such
 * letter in a report. They are still hidden by name (`"Password":"(redacted)"`).
 */
const MIN_SECRET_LENGTH = 4;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The forms a secret takes in the kit's outputs: as is, inside a JSON string, URL-encoded, HTML/XML-escaped. */
function spellings(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const xml = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const xmlApos = xml.replace(/&#39;/g, '&apos;');
  return [...new Set([value, json, encodeURIComponent(value), xml, xmlApos])];
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * The matches of `pattern` (global) in `text` from `start` that begin before `before`, in order and not
 * overlapping, as `String.replace` finds them: `done` is `text` from `start` to the end of the last one
 * (`from`) with each replaced by {@link REDACTED}.
 */
function scan(pattern: RegExp, text: string, start: number, before: number): { done: string; from: number } {
  let done = '';
  let from = start;
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match && match.index < before; match = pattern.exec(text)) {
    done += text.slice(from, match.index) + REDACTED;
    from = pattern.lastIndex;
  }
  return { done, from };
}

export class Secrets {
  readonly #values = new Set<string>();
  #pattern: RegExp | undefined;
  /** The length of the longest spelling in {@link #pattern}. */
  #longest = 0;

  /** Registers a secret (any value: a token, a password, an API secret); ignored when too short to redact. */
  add(value: string | undefined | null): void {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH || this.#values.has(value)) return;
    this.#values.add(value);
    this.#pattern = undefined;
  }

  get size(): number {
    return this.#values.size;
  }

  /** Every known secret in `text`, in any of its spellings, replaced by {@link REDACTED}. */
  redact(text: string): string {
    const pattern = this.#compiled();
    return pattern ? text.replace(pattern, REDACTED) : text;
  }

  /**
   * {@link redact} of a text given in pieces, without joining them: the pieces it yields, joined, are
   * `redact([...pieces].join(''))` exactly, a secret that straddles two pieces included. For a text too
   * big to make one string of cheaply (the HAR, issue #18): pieces are taken and given one at a time,
   * and each is searched where it lies, not copied; only its last characters, too few to hold the
   * longest spelling, are searched again with the next piece's first ones.
   */
  *redactPieces(pieces: Iterable<string>): Generator<string, void, undefined> {
    const pattern = this.#compiled();
    if (!pattern) {
      yield* pieces;
      return;
    }
    const wait = this.#longest - 1;
    // The end of the text so far where a match may still depend on what follows.
    let carried = '';
    for (const piece of pieces) {
      if (piece.length < wait) {
        carried += piece;
        continue;
      }
      // The carried characters, each followed by enough of this piece to decide a match starting there.
      const head = scan(pattern, carried + piece.slice(0, wait), 0, carried.length);
      let start = 0;
      if (head.from <= carried.length) yield head.done + carried.slice(head.from);
      else {
        yield head.done;
        start = head.from - carried.length;
      }
      // The piece itself, up to where its own end leaves a match undecided.
      const settled = piece.length - wait;
      const body = scan(pattern, piece, start, settled);
      let cut = Math.max(body.from, settled);
      // Never between the two halves of a surrogate pair: each piece is encoded to UTF-8 on its own.
      if (cut > body.from && isHighSurrogate(piece.charCodeAt(cut - 1))) cut--;
      yield body.done + piece.slice(body.from, cut);
      carried = piece.slice(cut);
    }
    yield carried.replace(pattern, REDACTED);
  }

  /** The pattern of every spelling of every secret, longest first (undefined when there is none). */
  #compiled(): RegExp | undefined {
    if (this.#values.size === 0) return undefined;
    if (!this.#pattern) {
      const all = [...this.#values].flatMap(spellings).sort((a, b) => b.length - a.length);
      this.#pattern = new RegExp(all.map(escapeRegExp).join('|'), 'g');
      this.#longest = all[0]!.length;
    }
    return this.#pattern;
  }

  /** Registers the secret members (by name, any depth) of a parsed JSON body, e.g. a login answer's tokens. */
  learnFrom(json: unknown, depth = 0): void {
    if (depth > 32 || json === null || typeof json !== 'object') return;
    for (const [key, member] of Object.entries(json)) {
      if (typeof member === 'string' && SECRET_MEMBER_NAMES.includes(key.toLowerCase())) this.add(member);
      else this.learnFrom(member, depth + 1);
    }
  }
}

/**
 * A deep copy of `value` with `edit` applied to every string in it (keys kept), for a report whose
 * every server-controlled string must be redacted or escaped before a reporter sees it.
 */
export function mapStrings<T>(value: T, edit: (text: string) => string, depth = 0): T {
  if (typeof value === 'string') return edit(value) as T;
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, edit, depth + 1)) as T;
  // A plain loop (Object.fromEntries over Object.entries built two arrays per object); an own `__proto__`
  // member, which JSON.parse makes from a server's body, stays a member instead of becoming the prototype.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member = mapStrings((value as Record<string, unknown>)[key], edit, depth + 1);
    if (key === '__proto__') Object.defineProperty(out, key, { value: member, enumerable: true, writable: true, configurable: true });
    else out[key] = member;
  }
  return out as T;
}
