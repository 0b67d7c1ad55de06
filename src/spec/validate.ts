/**
 * Validation of values, request bodies and responses against the spec.
 */
import { resolve, spec, type JsonSchema } from './document.ts';
import { toIssues, type SchemaIssue } from './issues.ts';
import { documentedResponse, getOperation } from './operations.ts';
import { compileSchema, type Variant } from './schemas.ts';

export type SchemaName = keyof typeof spec.components.schemas & string;

/** Validates a value against a component schema; returns the issues (none when valid). */
export function validateSchema(name: string, value: unknown, variant: Variant = 'response'): SchemaIssue[] {
  if (!(name in spec.components.schemas)) {
    throw new Error(`Unknown schema "${name}": the spec has ${Object.keys(spec.components.schemas).join(', ')}.`);
  }
  const validate = compileSchema({ $ref: `#/components/schemas/${name}` }, variant);
  return validate(value) ? [] : toIssues(validate.errors);
}

/** Validates a value against any schema of the spec's vocabulary (component refs resolve into the bundle). */
export function validateJsonSchema(schema: JsonSchema, value: unknown, variant: Variant = 'response'): SchemaIssue[] {
  const validate = compileSchema(schema, variant);
  return validate(value) ? [] : toIssues(validate.errors);
}

/** Validates a request body for an operation (the first declared media type). */
export function validateRequestBody(operationId: string, body: unknown): SchemaIssue[] {
  const requestBody = getOperation(operationId).definition.requestBody;
  const schema = requestBody && Object.values(requestBody.content)[0]?.schema;
  if (!schema) return [];
  const validate = compileSchema(schema, 'request');
  return validate(body) ? [] : toIssues(validate.errors);
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
  const validate = compileSchema(resolve<JsonSchema>(media.schema), 'response');
  return { contract: [], body: validate(body) ? [] : toIssues(validate.errors) };
}
