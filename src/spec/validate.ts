/**
 * Validation of values, request bodies and responses against the spec, by the validators compiled ahead
 * of time (src/generated/portos-sessions.validators.js, written by `npm run generate`): nothing here
 * compiles a schema, so every door runs without `new Function` (a page under a CSP without
 * `'unsafe-eval'`, for one). The validators are looked up by the keys of ./validator-entries.ts; a
 * compiler for another document (./compile-validators.ts, Node only) yields the same keys.
 */
import type { ErrorObject } from 'ajv';
import { validators as generated } from '../generated/portos-sessions.validators.js';
import { spec } from './document.ts';
import { derivedSchemas } from './derived-schemas.ts';
import { toIssues, type SchemaIssue } from './issues.ts';
import { documentedResponse, getOperation } from './operations.ts';
import { requestBodyKey, responseKey, schemaKey, type Variant } from './validator-entries.ts';

export type SchemaName = keyof typeof spec.components.schemas & string;

/** A compiled validator: true when valid, else `errors` holds ajv's error objects. */
interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The names `validateSchema` accepts: the spec's component schemas and the ones derived from them. */
export const schemaNames: readonly string[] = [...Object.keys(spec.components.schemas), ...Object.keys(derivedSchemas(spec.components.schemas))];

function run(key: string, value: unknown): SchemaIssue[] {
  const validate: CompiledValidator | undefined = generated[key];
  // Only a spec edited without `npm run generate` gets here (and `npm run generate:check` says so first).
  if (!validate) throw new Error(`No validator "${key}" was generated from the spec: run \`npm run generate\`.`);
  return validate(value) ? [] : toIssues(validate.errors);
}

/** Validates a value against a component schema (or a derived one, e.g. `UserRecord`); returns the issues (none when valid). */
export function validateSchema(name: string, value: unknown, variant: Variant = 'response'): SchemaIssue[] {
  if (!schemaNames.includes(name)) {
    throw new Error(`Unknown schema "${name}": the spec has ${schemaNames.join(', ')}.`);
  }
  return run(schemaKey(name, variant), value);
}

/** Validates a request body for an operation (the first declared media type). */
export function validateRequestBody(operationId: string, body: unknown): SchemaIssue[] {
  const requestBody = getOperation(operationId).definition.requestBody;
  const schema = requestBody && Object.values(requestBody.content)[0]?.schema;
  if (!schema) return [];
  return run(requestBodyKey(operationId), body);
}

export interface ResponseCheck {
  /** Problems with the status or the media type; empty when both are documented. */
  contract: string[];
  /** Problems with the body against the documented schema. */
  body: SchemaIssue[];
}

/** The media type without parameters, lower case: `application/problem+json`. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Checks a response against an operation's documented responses: the status must be documented, the
 * media type must be one the spec lists for it (none for a bodiless response), and the body must
 * match the schema. `body` is the parsed JSON, or undefined when there was none.
 */
export function validateResponse(
  operationId: string,
  status: number,
  contentType: string | null | undefined,
  body: unknown,
): ResponseCheck {
  const operation = getOperation(operationId);
  const documented = documentedResponse(operation, status);
  if (!documented) {
    const listed = Object.keys(operation.definition.responses).join(', ');
    return { contract: [`status ${status} is not documented for ${operationId} (documented: ${listed})`], body: [] };
  }
  const content = documented.content;
  if (!content) {
    return body === undefined ? { contract: [], body: [] } : { contract: [`status ${status} must have no body`], body: [] };
  }
  const mediaType = mediaTypeOf(contentType);
  const media = content[mediaType];
  if (!media) {
    return {
      contract: [`Content-Type "${contentType ?? ''}" is not documented for ${status} (expected ${Object.keys(content).join(' or ')})`],
      body: [],
    };
  }
  if (!media.schema) return { contract: [], body: [] };
  // The key of the documented entry, as documentedResponse picks it.
  const statusKey = String(status) in operation.definition.responses ? String(status) : 'default';
  return { contract: [], body: run(responseKey(operationId, statusKey, mediaType), body) };
}
