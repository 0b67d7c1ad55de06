/**
 * The validation the handlers call at run time: a resource's record (the store checks every write and
 * seed record with it) and a request body. It reads the records' validators only
 * (src/generated/portos-sessions.record-validators.js: their keys are `recordKeys` of
 * ./validator-entries.ts), so a browser bundle of the handlers leaves the response validators out
 * (docs/decisions/0008-handlers-validators-apart.md); `validateSchema` (./validate-schema.ts) reads them all.
 */
import { validators as records } from '../generated/portos-sessions.record-validators.js';
import { toIssues, type IssueSource, type SchemaIssue } from './issues.ts';
import { catalogue, operationRoutes } from './outline.ts';
import { requestBodyKey, schemaKey } from './validator-entries.ts';

/** A compiled validator: true when valid, else `errors` holds ajv's error objects. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: IssueSource[] | null;
}

/** The issues of `value` by the validator under `key` in `validators`; none when valid. */
export function runValidator(validators: Readonly<Record<string, CompiledValidator>>, key: string, value: unknown): SchemaIssue[] {
  const validate = validators[key];
  // Only a spec edited without `npm run generate` gets here (and `npm run generate:check` says so first).
  if (!validate) throw new Error(`No validator "${key}" was generated from the spec: run \`npm run generate\`.`);
  return validate(value) ? [] : toIssues(validate.errors);
}

/**
 * Validates a record of the bundled document's resource whose schema is `schemaName` (`Session`), in the
 * request variant: `writeOnly` fields (a password, an API secret) are stored, though never answered.
 */
export function validateRecord(schemaName: string, value: unknown): SchemaIssue[] {
  if (!catalogue.some((resource) => resource.schemaName === schemaName)) {
    throw new Error(`"${schemaName}" is no resource's record schema: the spec's are ${catalogue.map((resource) => resource.schemaName).join(', ')}.`);
  }
  return runValidator(records, schemaKey(schemaName, 'request'), value);
}

/**
 * Validates a request body for an operation (the first declared media type; none declared: no issues).
 * Reads the outline and the records' validators, not the document (the handlers call it on every write).
 */
export function validateRequestBody(operationId: string, body: unknown): SchemaIssue[] {
  if (!operationRoutes.some((route) => route.operationId === operationId)) {
    throw new Error(`Unknown operationId "${operationId}": the spec has ${operationRoutes.map((o) => o.operationId).join(', ')}.`);
  }
  const key = requestBodyKey(operationId);
  return key in records ? runValidator(records, key, body) : [];
}
