/**
 * Reading a JSON request body the way ASP.NET binds it: property names match case-insensitively
 * (`username` fills `UserName`), and a missing or empty required string is a validation error
 * naming the member as documented.
 */
import type { ValidationErrorItem } from './problem.ts';
import { validationFailed } from './problems.ts';

/** The member name used when the body as a whole is unusable (ASP.NET's convention for the root). */
export const BODY_MEMBER = '$';

/** Parses the body text as a JSON object; anything else is a 400 naming `$`. */
export function readJsonObject(text: string): Record<string, unknown> {
  // @note An empty body binds like `{}`, so the answer names each missing member instead of the body.
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw validationFailed([{ memberName: BODY_MEMBER, message: 'The request body must be a JSON object; it is not valid JSON.' }]);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw validationFailed([{ memberName: BODY_MEMBER, message: `The request body must be a JSON object; got ${kindOf(value)}.` }]);
  }
  return value as Record<string, unknown>;
}

export interface MemberSpec {
  name: string;
  required: boolean;
}

/**
 * Picks the documented members out of a body, matching names case-insensitively; when a body spells a
 * member twice (`UserName` and `username`), the later one counts, as System.Text.Json does. Required
 * members must be non-empty strings, optional ones strings when present. All errors are reported at once.
 */
export function bindStringMembers(body: Record<string, unknown>, members: readonly MemberSpec[]): Record<string, string | undefined> {
  const bound: Record<string, string | undefined> = {};
  const errors: ValidationErrorItem[] = [];
  for (const member of members) {
    let value: unknown;
    for (const [key, candidate] of Object.entries(body)) {
      if (key.toLowerCase() === member.name.toLowerCase()) value = candidate;
    }
    if (value === undefined || value === null || value === '') {
      if (member.required) errors.push({ memberName: member.name, message: `The ${member.name} field is required.` });
      bound[member.name] = value === '' ? '' : undefined;
    } else if (typeof value !== 'string') {
      errors.push({ memberName: member.name, message: `${member.name} must be a string; got ${kindOf(value)}.` });
    } else {
      bound[member.name] = value;
    }
  }
  if (errors.length > 0) throw validationFailed(errors);
  return bound;
}

/** A short name for a JSON value's kind, for messages (never the value itself, which may be huge). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
