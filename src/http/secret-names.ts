/**
 * The one list of secret field names (docs/behaviour.md#control-requests): the members of a PORTOS body
 * that hold a credential, matched in any letter case. The journal redacts them in every body it keeps
 * (JSON, form or plain text); the contract kit's reports can import the same list. Browser-safe.
 */

/** Member names whose values are credentials: the login's password, the token pair, an API key's secret. */
export const SECRET_FIELD_NAMES: readonly string[] = Object.freeze(['password', 'tokenId', 'refreshToken', 'clientSecret']);

/** What a redacted value reads as. */
export const REDACTED = '(redacted)';

const LOWER = new Set(SECRET_FIELD_NAMES.map((name) => name.toLowerCase()));

/** True when `name` (any letter case) names a secret member. */
export function isSecretFieldName(name: string): boolean {
  return LOWER.has(name.toLowerCase());
}

const NAMES = SECRET_FIELD_NAMES.join('|');
/** `"Password": "…"` in JSON or JSON-like text (also when the document as a whole does not parse). */
const JSON_MEMBER = new RegExp(`("(?:${NAMES})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"?`, 'gi');
/** `password=…` in a form body or a query-like text, up to the next `&`, white space or quote. */
const FORM_FIELD = new RegExp(`((?:^|[&?;\\s])(?:${NAMES})=)[^&\\s"]*`, 'gi');
/** A JWT (the mock's access tokens): three base64url parts, the first a JSON header (`eyJ`). */
const JWT = /eyJ[\w-]*\.[\w-]+\.[\w-]+/g;

/**
 * `text` with every secret it can recognise replaced: secret members of JSON (parsed or not), form
 * fields, and anything shaped like a JWT.
 */
export function redactSecretText(text: string): string {
  return text.replace(JSON_MEMBER, (_, prefix: string) => `${prefix}"${REDACTED}"`).replace(FORM_FIELD, (_, prefix: string) => `${prefix}${REDACTED}`).replace(JWT, REDACTED);
}
