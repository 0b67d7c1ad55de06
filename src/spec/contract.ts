/**
 * The contract one mock instance serves: the bundled document, plus the documents a user adds
 * (`npm start -- --spec <file>`, `createMockApi({ specs })`: docs/resources.md). One object holds what
 * the route core, the handlers and the store read from the spec (operations, the resource catalogue,
 * validation), so two instances with different documents never share anything.
 *
 * The bundled document's validators are generated ahead of time (docs/decisions/0005); an added
 * document is known only at run time, so its validators are compiled at start by the compiler the caller
 * hands in (`compileValidators` of ./compile-validators.ts: ajv, which needs `new Function`). It is handed
 * in, not imported, so that a bundle of the handlers that adds no document carries no ajv compiler
 * (docs/decisions/0005-validators-ahead-of-time.md).
 */
import type { ErrorObject } from 'ajv';
import type { CatalogueResource } from './catalogue.ts';
import type { OpenApiDocument } from './document.ts';
import type { SchemaIssue } from './issues.ts';
import { catalogue, operationRoutes, type OperationRoute } from './outline.ts';
import { validateRecord, validateRequestBody } from './validate-record.ts';

export interface Contract {
  /** Every operation: the bundled document's, then each added document's. */
  readonly operations: readonly OperationRoute[];
  /** Every resource: the bundled document's, then each added document's. */
  readonly catalogue: readonly CatalogueResource[];
  /**
   * Validates a record of a resource of any of the documents, by its schema's name (the catalogue's
   * `schemaName`), in the request variant: `writeOnly` fields (a password, an API secret) are stored.
   */
  validateRecord(schemaName: string, value: unknown): SchemaIssue[];
  /** Validates a request body for an operation of any of the documents. */
  validateRequestBody(operationId: string, body: unknown): SchemaIssue[];
}

/**
 * The bundled document alone, with its validators generated ahead of time (no `new Function`). Read from
 * the outline, not the document, so that a bundle of the handlers need not carry the document.
 */
export const bundledContract: Contract = { operations: operationRoutes, catalogue, validateRecord, validateRequestBody };

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Compiles a document's validators under the keys of ./validator-entries.ts (`compileValidators`), and
 * carries what adding a document takes (`addDocuments`: the checks, the catalogue, the operations).
 */
export interface SchemaCompiler {
  (document: OpenApiDocument): Record<string, Validator>;
  readonly addDocuments?: (documents: readonly unknown[], compileSchemas: SchemaCompiler) => Contract;
}

/**
 * A document given to `specs` (or `--spec`) that cannot be added: one line naming the document (its
 * index in `specs` and its title) and why. `index` and `reason` let a CLI name the file instead.
 */
export class ContractError extends Error {
  readonly index: number;
  readonly reason: string;
  constructor(index: number, reason: string, title?: string) {
    super(`Failed to add specs[${index}]${title ? ` (${JSON.stringify(title)})` : ''}: ${reason}`);
    this.name = 'ContractError';
    this.index = index;
    this.reason = reason;
  }
}

export function titleOf(value: unknown): string | undefined {
  const title = (value as { info?: { title?: unknown } } | null)?.info?.title;
  return typeof title === 'string' && title !== '' ? title : undefined;
}

/**
 * The contract of a mock: the bundled one, or, with `documents`, the one `compileSchemas` builds. Adding
 * documents is the compiler's job (`compileValidators` of `portos-mock/spec-compiler` carries
 * `addDocuments`, ./add-documents.ts), so that a bundle of the handlers that adds no document carries
 * neither ajv's compiler nor the catalogue builder (docs/decisions/0008-handlers-validators-apart.md).
 */
export function contractOf(documents: readonly unknown[], compileSchemas?: SchemaCompiler): Contract {
  if (documents.length === 0) return bundledContract;
  if (!compileSchemas?.addDocuments) {
    throw new ContractError(0, "added documents need a schema compiler: pass compileSchemas (import { compileValidators } from 'portos-mock/spec-compiler'; Node, or a page that allows 'unsafe-eval').", titleOf(documents[0]));
  }
  return compileSchemas.addDocuments(documents, compileSchemas);
}
