/**
 * Validation of a value against a component (or derived) schema by the validators compiled ahead of time:
 * all the store needs to check its records, so it reads no part of the document (./outline.ts has the
 * names) and a browser bundle of the handlers does not carry it.
 */
import { validators as generated } from '../generated/portos-sessions.validators.js';
import { toIssues, type IssueSource, type SchemaIssue } from './issues.ts';
import { schemaNames } from './outline.ts';
import { schemaKey, type Variant } from './validator-entries.ts';

/** A compiled validator: true when valid, else `errors` holds ajv's error objects. */
interface CompiledValidator {
  (data: unknown): boolean;
  errors?: IssueSource[] | null;
}

/** The issues of `value` by the validator under `key` (./validator-entries.ts); none when valid. */
export function run(key: string, value: unknown): SchemaIssue[] {
  const validate: CompiledValidator | undefined = generated[key];
  // Only a spec edited without `npm run generate` gets here (and `npm run generate:check` says so first).
  if (!validate) throw new Error(`No validator "${key}" was generated from the spec: run \`npm run generate\`.`);
  return validate(value) ? [] : toIssues(validate.errors);
}

/** Whether a validator was generated under `key` (an operation without a request body has none). */
export function hasValidator(key: string): boolean {
  return key in generated;
}

/** Validates a value against a component schema (or a derived one, e.g. `UserRecord`); returns the issues (none when valid). */
export function validateSchema(name: string, value: unknown, variant: Variant = 'response'): SchemaIssue[] {
  if (!schemaNames.includes(name)) {
    throw new Error(`Unknown schema "${name}": the spec has ${schemaNames.join(', ')}.`);
  }
  return run(schemaKey(name, variant), value);
}
