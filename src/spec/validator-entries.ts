/**
 * Which validators the spec needs, each under a stable key, and the schema each one checks. The one list
 * both for the validators compiled ahead of time (`npm run generate` → src/generated) and for a compiler
 * that would run in Node on another document; the run-time code only looks validators up by key.
 *
 * Two variants of every schema exist, because OpenAPI's `readOnly`/`writeOnly` mean different things
 * in each direction: a request must not carry `readOnly` properties, a response must not carry
 * `writeOnly` ones (a password echoed back, for instance). ajv treats both keywords as annotations only,
 * so each variant drops the forbidden properties; with `additionalProperties: false` their presence
 * then fails validation.
 */
import type { JsonSchema, OpenApiDocument, ResponseObject } from './document.ts';
import { derivedSchemas } from './derived-schemas.ts';

export type Variant = 'request' | 'response';

const VARIANTS: readonly Variant[] = ['request', 'response'];

/** The key of a component (or derived) schema's validator: `response Session`. */
export function schemaKey(name: string, variant: Variant): string {
  return `${variant} ${name}`;
}

/** The key of an operation's request body validator (its first media type). */
export function requestBodyKey(operationId: string): string {
  return `request body ${operationId}`;
}

/** The key of a documented response body's validator; `status` as the spec writes it (`200`, `default`). */
export function responseKey(operationId: string, status: string, mediaType: string): string {
  return `response ${operationId} ${status} ${mediaType}`;
}

const COMPONENTS = '#/components/schemas/';

/** The `$id` of the bundle that holds every component schema in one variant. */
function bundleId(variant: Variant): string {
  return `urn:portos-sessions:${variant}`;
}

/** Whether a schema declares, anywhere inside, a property marked `readOnly` or `writeOnly`. */
function hasDirectedProperty(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasDirectedProperty);
  return Object.entries(node).some(([key, value]) =>
    key === 'properties' && value && typeof value === 'object'
      ? Object.values(value as Record<string, JsonSchema>).some((schema) => schema.readOnly === true || schema.writeOnly === true || hasDirectedProperty(schema))
      : hasDirectedProperty(value),
  );
}

/** The names of the component schemas that `schema` refers to, directly. */
function refsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENTS)) found.add(value.slice(COMPONENTS.length));
      else refsOf(value, found);
    }
  }
  return found;
}

export interface Variants {
  /** Rewrites component refs into the bundles and strips the properties forbidden in this direction. */
  toVariant(node: unknown, variant: Variant): unknown;
  /** The bundles to register before compiling: every component schema, once per variant. */
  bundles(): JsonSchema[];
  /** The id a ref to component `name` resolves to, in this direction. */
  refId(name: string, variant: Variant): string;
}

/**
 * The two variants of the spec's component schemas. A component that neither holds nor reaches a
 * `readOnly`/`writeOnly` property is the same in both directions, so both refer to one copy (the response
 * bundle's): the generated code holds it once.
 */
export function createVariants(components: Record<string, JsonSchema>): Variants {
  const reaches = (name: string, seen: Set<string>): boolean => {
    if (seen.has(name)) return false;
    seen.add(name);
    const schema = components[name];
    return hasDirectedProperty(schema) || [...refsOf(schema)].some((next) => reaches(next, seen));
  };
  const directed = new Map(Object.keys(components).map((name) => [name, reaches(name, new Set())]));
  const refId = (name: string, variant: Variant) => `${bundleId(directed.get(name) === false ? 'response' : variant)}#/$defs/${name}`;
  const toVariant = (node: unknown, variant: Variant): unknown => {
    if (Array.isArray(node)) return node.map((item) => toVariant(item, variant));
    if (!node || typeof node !== 'object') return node;
    const forbidden = variant === 'request' ? 'readOnly' : 'writeOnly';
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENTS)) {
        out[key] = refId(value.slice(COMPONENTS.length), variant);
      } else if (key === 'properties' && value && typeof value === 'object') {
        const kept: Record<string, unknown> = {};
        for (const [name, schema] of Object.entries(value)) {
          if ((schema as JsonSchema)[forbidden] === true) continue;
          kept[name] = toVariant(schema, variant);
        }
        out[key] = kept;
      } else if (key === 'examples' || key === 'example' || (key === 'description' && typeof value === 'string')) {
        // Examples and descriptions are annotations; keeping them out makes the validators smaller (ajv
        // writes a schema beside the code where an error reports part of it, e.g. a type list).
        continue;
      } else {
        out[key] = toVariant(value, variant);
      }
    }
    return out;
  };
  return {
    toVariant,
    refId,
    bundles: () => VARIANTS.map((variant) => ({ $id: bundleId(variant), $defs: toVariant(components, variant) }) as JsonSchema),
  };
}

/** The component a schema is nothing but a ref to, or undefined. */
export function componentRef(schema: JsonSchema): string | undefined {
  const keys = Object.keys(schema);
  return keys.length === 1 && typeof schema.$ref === 'string' && schema.$ref.startsWith(COMPONENTS) ? schema.$ref.slice(COMPONENTS.length) : undefined;
}

export interface ValidatorEntry {
  key: string;
  /** The schema as the spec writes it (component refs not yet rewritten). */
  schema: JsonSchema;
  variant: Variant;
}

/** Follows a local `$ref` inside `document`. */
function resolveIn<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    let node: unknown = document;
    for (const part of value.$ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    if (node === undefined) throw new Error(`Failed to resolve $ref ${value.$ref}: nothing at that pointer.`);
    return resolveIn(document, node as T | { $ref: string });
  }
  return value as T;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

/**
 * The keys the handlers call at run time: the request variant of each record schema a resource stores
 * (`recordSchemas`: the catalogue's `schemaName`s; the store checks every write and seed record with it)
 * and each request body. `npm run generate` writes these into their own module
 * (src/generated/portos-sessions.record-validators.js) so that a browser bundle of the handlers carries
 * only them; the response validators (tests, the validating layer, the contract kit) are in the other one.
 */
export function recordKeys(entries: readonly ValidatorEntry[], recordSchemas: readonly string[]): Set<string> {
  const wanted = new Set(recordSchemas.map((name) => schemaKey(name, 'request')));
  // A component's name has no space (OpenAPI 3.1: `^[a-zA-Z0-9.\-_]+$`), so no schema key starts like a body's.
  return new Set(entries.filter((entry) => wanted.has(entry.key) || entry.key.startsWith('request body ')).map((entry) => entry.key));
}

/**
 * Every validator the spec needs: each component and derived schema in both variants, each operation's
 * request body (request variant) and each documented response body (response variant).
 */
export function validatorEntries(document: OpenApiDocument): ValidatorEntry[] {
  const components = document.components.schemas;
  const named = { ...components, ...derivedSchemas(components) };
  const entries: ValidatorEntry[] = Object.entries(named).flatMap(([name, schema]) =>
    VARIANTS.map((variant) => ({
      key: schemaKey(name, variant),
      schema: name in components ? { $ref: `${COMPONENTS}${name}` } : schema,
      variant,
    })),
  );
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const body = operation.requestBody && Object.values(operation.requestBody.content)[0]?.schema;
      if (body) entries.push({ key: requestBodyKey(operation.operationId), schema: body, variant: 'request' });
      for (const [status, entry] of Object.entries(operation.responses)) {
        const response = resolveIn<ResponseObject>(document, entry);
        for (const [mediaType, media] of Object.entries(response.content ?? {})) {
          if (media.schema) entries.push({ key: responseKey(operation.operationId, status, mediaType), schema: media.schema, variant: 'response' });
        }
      }
    }
  }
  return entries;
}
