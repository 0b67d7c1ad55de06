/**
 * The spec's outline: what the handlers need of the document at run time, without the document. The
 * operations (id, method, path template, whether a bearer token is required) and the names of the
 * schemas that have validators. `npm run generate` writes it (src/generated/portos-sessions.outline.ts)
 * from `outlineOf(document)` (./outline-of.ts), so a browser bundle of the handlers carries a few hundred bytes instead of
 * the whole document (descriptions, examples: ≈ 9 KB gzipped); `portos-mock/spec` still exports the
 * document and each operation's definition (./operations.ts).
 */
import { outline } from '../generated/portos-sessions.outline.ts';
import type { HttpMethod } from './document.ts';

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
}

/** The spec's operations, as the handlers route them. */
export const operationRoutes: readonly OperationRoute[] = (outline as Outline).operations;

/** The names `validateSchema` accepts: the spec's component schemas and the ones derived from them. */
export const schemaNames: readonly string[] = outline.schemaNames;
