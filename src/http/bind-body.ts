/**
 * Reading a JSON request body the way ASP.NET binds it: property names match case-insensitively
 * (`username` fills `UserName`), and a missing or empty required string is a validation error
 * naming the member as documented.
 */
import type { ValidationErrorItem } from './problem.ts';
import { validationFailed } from './problems.ts';

/** The member name used when the body as a whole is unusable (ASP.NET's convention for the root). */
export const BODY_MEMBER = '$';

/**
 * How deeply a body may nest (docs/behaviour.md#bad-input): far beyond any PORTOS body (two levels), and
 * low enough that nothing which walks a body recursively can run out of stack.
 */
export const MAX_BODY_DEPTH = 64;

/** True when `value` nests arrays or objects deeper than `max` levels; walks with a stack, never recursion. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const member of Object.values(node)) if (member && typeof member === 'object') pending.push([member, depth + 1]);
  }
  return false;
}

/**
 * Parses a body as JSON; text that is not JSON, or JSON nested deeper than {@link MAX_BODY_DEPTH}, is a
 * 400 naming `$` that says `expected` (what the body should have been).
 */
export function parseJsonBody(text: string, expected: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw validationFailed([{ memberName: BODY_MEMBER, message: `The request body must be ${expected}; it is not valid JSON.` }]);
  }
  if (nestsDeeperThan(value, MAX_BODY_DEPTH)) {
    throw validationFailed([{ memberName: BODY_MEMBER, message: `The request body must be ${expected}; it nests deeper than ${MAX_BODY_DEPTH} levels.` }]);
  }
  return value;
}

/** Parses the body text as a JSON object; anything else is a 400 naming `$`. */
export function readJsonObject(text: string): Record<string, unknown> {
  // @note An empty body binds like `{}`, so the answer names each missing member instead of the body.
  if (text.trim() === '') return {};
  const value = parseJsonBody(text, 'a JSON object');
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
