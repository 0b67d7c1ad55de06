/**
 * The OpenAPI document, typed just enough for the code that walks it.
 * The document itself comes from src/generated (derived from openapi/portos-sessions.yaml).
 */
import { document as generated } from '../generated/portos-sessions.spec.ts';

export type JsonSchema = { [keyword: string]: unknown };

export interface MediaTypeObject {
  schema?: JsonSchema;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
  example?: unknown;
}

export interface ResponseObject {
  description: string;
  content?: Record<string, MediaTypeObject>;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface OperationObject {
  operationId: string;
  tags?: string[];
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject | { $ref: string }>;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

type PathItemObject = { parameters?: (ParameterObject | { $ref: string })[] } & {
  [M in HttpMethod]?: OperationObject;
};

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  security?: Record<string, string[]>[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses?: Record<string, ResponseObject>;
    parameters: Record<string, ParameterObject>;
    examples: Record<string, { summary?: string; value: unknown }>;
  };
}

/** The contract, as one plain object (no file system needed, so it also loads in a browser). */
export const spec = generated as unknown as OpenApiDocument;

/** Follows a local `$ref` (`#/components/...`) inside the document; returns other values unchanged. */
export function resolve<T>(value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    const pointer = value.$ref;
    if (!pointer.startsWith('#/')) throw new Error(`Failed to resolve $ref ${pointer}: only local references are supported.`);
    let node: unknown = spec;
    for (const part of pointer.slice(2).split('/')) {
      const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
      node = (node as Record<string, unknown> | undefined)?.[key];
    }
    if (node === undefined) throw new Error(`Failed to resolve $ref ${pointer}: nothing at that pointer.`);
    return resolve(node as T | { $ref: string });
  }
  return value as T;
}
