/**
 * Validation of values, request bodies and responses against the spec, by the validators compiled ahead
 * of time (src/generated/portos-sessions.validators.js and .record-validators.js, written by
 * `npm run generate`): nothing here compiles a schema, so every door runs without `new Function` (a page
 * under a CSP without `'unsafe-eval'`, for one). The validators are looked up by the keys of ./validator-entries.ts; a
 * compiler for another document (./compile-validators.ts, Node only) yields the same keys.
 */
import type { spec } from './document.ts';
import type { SchemaIssue } from './issues.ts';
import { documentedResponse, getOperation } from './operations.ts';
import { run } from './validate-schema.ts';
import { responseKey } from './validator-entries.ts';

export { validateSchema } from './validate-schema.ts';
export { validateRequestBody } from './validate-record.ts';
export { schemaNames } from './outline.ts';

export type SchemaName = keyof typeof spec.components.schemas & string;

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
