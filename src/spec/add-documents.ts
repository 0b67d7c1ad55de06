/**
 * The bundled contract with documents added (`npm start -- --spec <file>`, `createMockApi({ specs })`:
 * docs/resources.md). Reached only through the schema compiler that carries it (`compileValidators`
 * of ./compile-validators.ts), so that the handlers' bundle carries none of it (./contract.ts `contractOf`).
 */
import { buildCatalogue, type CatalogueResource } from './catalogue.ts';
import { bundledContract, ContractError, titleOf, type Contract, type SchemaCompiler, type Validator } from './contract.ts';
import type { OpenApiDocument } from './document.ts';
import { toIssues, type SchemaIssue } from './issues.ts';
import { operationsOf } from './operations.ts';
import { catalogue, documentPaths, documentSecurity, operationRoutes, schemaNames, type OperationRoute } from './outline.ts';
import { validateRecord, validateRequestBody } from './validate-record.ts';
import { requestBodyKey, schemaKey } from './validator-entries.ts';

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
export function createContract(documents: readonly unknown[], compileSchemas: SchemaCompiler): Contract {
  if (documents.length === 0) return bundledContract;
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
