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

export class Secrets {
  readonly #values = new Set<string>();
  #pattern: RegExp | undefined;

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
    if (this.#values.size === 0) return text;
    if (!this.#pattern) {
      const all = [...this.#values].flatMap(spellings).sort((a, b) => b.length - a.length);
      this.#pattern = new RegExp(all.map(escapeRegExp).join('|'), 'g');
    }
    return text.replace(this.#pattern, REDACTED);
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
