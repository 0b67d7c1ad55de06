/**
 * The contract, loaded once: the OpenAPI document as an object, its operations, and validators for its
 * schemas, request bodies and responses (ajv's, compiled ahead of time by `npm run generate`). Everything
 * that checks a shape (the store's schema, the handlers' request checks, the contract tests) goes through
 * here, so the YAML stays the only schema.
 * Browser-safe: no Node built-ins.
 */
export { spec, resolve } from './document.ts';
export type { OpenApiDocument, OperationObject, ResponseObject, JsonSchema } from './document.ts';
export { operations, getOperation, findOperation, documentedResponse } from './operations.ts';
export type { Operation } from './operations.ts';
export { catalogue, catalogued, operationRoutes, propertyNames } from './outline.ts';
export type { OperationRoute } from './outline.ts';
export { validateSchema, validateRequestBody, validateResponse, mediaTypeOf, schemaNames } from './validate.ts';
export type { ResponseCheck, SchemaName } from './validate.ts';
export { formatIssues, issueLines } from './issues.ts';
export type { SchemaIssue } from './issues.ts';
export type { Variant } from './validator-entries.ts';
export { standardSchema, standardSchemaOf } from './standard-schema.ts';
export { buildCatalogue, CatalogueError } from './catalogue.ts';
export { bundledContract, contractOf, ContractError } from './contract.ts';
export type { Contract, SchemaCompiler } from './contract.ts';
export type { CatalogueResource, ResourceOperation, ResourceOperationKind } from './catalogue.ts';
export type { StandardSchema } from './standard-schema.ts';
export type { paths, components, operations as operationTypes } from '../generated/portos-sessions.ts';
