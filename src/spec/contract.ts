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
import { buildCatalogue, type CatalogueResource } from './catalogue.ts';
import type { OpenApiDocument } from './document.ts';
import { toIssues, type SchemaIssue } from './issues.ts';
import { operationsOf } from './operations.ts';
import { catalogue, documentPaths, documentSecurity, operationRoutes, schemaNames, type OperationRoute } from './outline.ts';
import { validateRecord, validateRequestBody } from './validate-record.ts';
import { requestBodyKey, schemaKey } from './validator-entries.ts';

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

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Compiles a document's validators under the keys of ./validator-entries.ts (`compileValidators`). */
export type SchemaCompiler = (document: OpenApiDocument) => Record<string, Validator>;

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

function titleOf(value: unknown): string | undefined {
  const title = (value as { info?: { title?: unknown } } | null)?.info?.title;
  return typeof title === 'string' && title !== '' ? title : undefined;
}

/** The document with the members the code reads filled in (`components.schemas` and friends may be absent). */
function normalise(value: unknown): OpenApiDocument {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('it is not an OpenAPI document (an object).');
  const document = value as Partial<OpenApiDocument>;
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new Error(`"openapi" must be 3.1.x, as the bundled document's; got ${JSON.stringify(document.openapi ?? null)}.`);
  }
  if (!document.paths || typeof document.paths !== 'object' || Array.isArray(document.paths)) throw new Error('"paths" must be an object of paths.');
  const components = (document.components ?? {}) as Partial<OpenApiDocument['components']>;
  return {
    ...(document as OpenApiDocument),
    components: { ...components, schemas: components.schemas ?? {}, parameters: components.parameters ?? {}, examples: components.examples ?? {} },
  };
}

/**
 * The bundled contract with `documents` added. Throws a `ContractError` (one line) when a document is not
 * OpenAPI 3.1, when one of its paths, operationIds or component schema names is already declared (by the
 * bundled document or an earlier added one), or when its schemas do not compile; a `CatalogueError` (one
 * line naming the path, the rule and the name) when a resource breaks the conventions.
 */
export function createContract(documents: readonly unknown[], compileSchemas?: SchemaCompiler): Contract {
  if (documents.length === 0) return bundledContract;
  if (!compileSchemas) {
    throw new ContractError(0, "added documents need a schema compiler: pass compileSchemas (import { compileValidators } from 'portos-mock/spec-compiler'; Node, or a page that allows 'unsafe-eval').", titleOf(documents[0]));
  }
  const paths = new Set(documentPaths);
  const operationIds = new Set(operationRoutes.map((operation) => operation.operationId));
  const schemas = new Set(schemaNames);
  const added: OperationRoute[] = [];
  const resources: CatalogueResource[] = [];
  const schemaOwner = new Map<string, Record<string, Validator>>();
  const bodyOwner = new Map<string, Record<string, Validator>>();
  const add = (value: unknown): void => {
    const document = normalise(value);
    const clash = (kind: string, name: string) => new Error(`its ${kind} ${JSON.stringify(name)} is declared already (by the bundled document or an earlier document); rename it.`);
    for (const path of Object.keys(document.paths)) if (paths.has(path)) throw clash('path', path);
    const own = operationsOf(document, documentSecurity);
    for (const { operationId } of own) if (operationIds.has(operationId)) throw clash('operationId', operationId);
    for (const name of Object.keys(document.components.schemas)) if (schemas.has(name)) throw clash('component schema', name);
    const catalogued = buildCatalogue([document]);
    let compiled: Record<string, Validator>;
    try {
      compiled = compileSchemas(document);
    } catch (error) {
      throw new Error(`its schemas do not compile: ${(error as Error).message}`);
    }
    for (const path of Object.keys(document.paths)) paths.add(path);
    for (const operation of own) {
      operationIds.add(operation.operationId);
      bodyOwner.set(operation.operationId, compiled);
    }
    for (const name of Object.keys(document.components.schemas)) {
      schemas.add(name);
      schemaOwner.set(name, compiled);
    }
    added.push(...own);
    resources.push(...catalogued);
  };
  documents.forEach((value, index) => {
    try {
      add(value);
    } catch (error) {
      throw new ContractError(index, String((error as Error).message).split('\n')[0]!, titleOf(value));
    }
  });
  const run = (validators: Record<string, Validator>, key: string, value: unknown): SchemaIssue[] => {
    const validate = validators[key];
    if (!validate) return [];
    return validate(value) ? [] : toIssues(validate.errors);
  };
  return {
    operations: [...operationRoutes, ...added],
    catalogue: [...catalogue, ...resources],
    validateRecord: (name, value) => {
      const owner = schemaOwner.get(name);
      return owner ? run(owner, schemaKey(name, 'request'), value) : validateRecord(name, value);
    },
    validateRequestBody: (operationId, body) => {
      const owner = bodyOwner.get(operationId);
      return owner ? run(owner, requestBodyKey(operationId), body) : validateRequestBody(operationId, body);
    },
  };
}
