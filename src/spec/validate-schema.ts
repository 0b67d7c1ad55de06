/**
 * Validation of a value against a component (or derived) schema, in either variant, by the validators
 * compiled ahead of time (all of them: src/generated/portos-sessions.validators.js). It reads no part of
 * the document (./outline.ts has the names). The handlers do not call it (./validate-record.ts), so a
 * browser bundle of the handlers does not carry these validators.
 */
import { validators as generated } from '../generated/portos-sessions.validators.js';
import type { SchemaIssue } from './issues.ts';
import { schemaNames } from './outline.ts';
import { runValidator } from './validate-record.ts';
import { schemaKey, type Variant } from './validator-entries.ts';

/** The issues of `value` by the validator under `key` (./validator-entries.ts); none when valid. */
export function run(key: string, value: unknown): SchemaIssue[] {
  return runValidator(generated, key, value);
}

/** Validates a value against a component schema (or a derived one, e.g. `UserRecord`); returns the issues (none when valid). */
export function validateSchema(name: string, value: unknown, variant: Variant = 'response'): SchemaIssue[] {
  if (!schemaNames.includes(name)) {
    throw new Error(`Unknown schema "${name}": the spec has ${schemaNames.join(', ')}.`);
  }
  return run(schemaKey(name, variant), value);
}
