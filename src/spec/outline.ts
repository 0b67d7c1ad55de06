/**
 * The spec's outline: what the handlers need of the document at run time, without the document. The
 * operations (id, method, path template, whether a bearer token is required), the names of the
 * schemas that have validators, the resource catalogue (./catalogue.ts), the paths and the document's
 * `security` (what a document added with `specs` is checked against). `npm run generate` writes it (src/generated/portos-sessions.outline.ts)
 * from `outlineOf(document)` (./outline-of.ts), so a browser bundle of the handlers carries a few hundred bytes instead of
 * the whole document (descriptions, examples: ≈ 9 KB gzipped); `portos-mock/spec` still exports the
 * document and each operation's definition (./operations.ts).
 */
import { outline } from '../generated/portos-sessions.outline.ts';
import type { CatalogueResource } from './catalogue.ts';
import type { HttpMethod, OpenApiDocument } from './document.ts';

/** One operation of the spec, as the handlers route it. */
export interface OperationRoute {
  operationId: string;
  method: Uppercase<HttpMethod>;
  /** The path template, e.g. `/sessions/{id}`. */
  path: string;
  /** True when the operation needs `Authorization: Bearer …`. */
  requiresAuth: boolean;
}

export interface Outline {
  operations: OperationRoute[];
  /** The component schemas' names, then the derived ones' (./derived-schemas.ts). */
  schemaNames: string[];
  /** The document's resources (`buildCatalogue([document])`). */
  catalogue: CatalogueResource[];
  /** Every path of the document, operations or not. */
  paths: string[];
  /** The document's top-level `security` (absent: none declared). */
  security?: OpenApiDocument['security'];
  /** The top-level property names of each component schema that declares `properties`. */
  properties: Record<string, string[]>;
}

const typed = outline as Outline;

/** The spec's operations, as the handlers route them. */
export const operationRoutes: readonly OperationRoute[] = typed.operations;

/** The names `validateSchema` accepts: the spec's component schemas and the ones derived from them. */
export const schemaNames: readonly string[] = typed.schemaNames;

/** The bundled document's resources. */
export const catalogue: readonly CatalogueResource[] = typed.catalogue;

/** The bundled document's resource named `name` (`sessions`); a programmer's error when there is none. */
export function catalogued(name: string): CatalogueResource {
  const found = catalogue.find((resource) => resource.name === name);
  if (!found) throw new Error(`Failed to find the resource "${name}": the spec declares ${catalogue.map((r) => r.name).join(', ')}.`);
  return found;
}

/** The bundled document's paths. */
export const documentPaths: readonly string[] = typed.paths;

/** The bundled document's top-level `security`. */
export const documentSecurity: OpenApiDocument['security'] = typed.security;

/**
 * The top-level property names of the component schema `name`, in the spec's order, without the
 * document (e.g. the fields a `UserProfile` shows). Throws, naming the schemas that have some, for a
 * name without `properties`.
 */
export function propertyNames(name: string): readonly string[] {
  const names = typed.properties[name];
  if (!names) throw new Error(`Unknown schema "${name}" (or one without properties): the spec has ${Object.keys(typed.properties).join(', ')}.`);
  return names;
}
