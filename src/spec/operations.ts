/**
 * The spec's operations as a flat list, each with its definition in the document, and lookups by id or
 * by method and concrete path.
 */
import { resolve, spec, type HttpMethod, type OpenApiDocument, type OperationObject, type ResponseObject } from './document.ts';
import { operationRoutes, type OperationRoute } from './outline.ts';

/** An operation of the spec: how it is routed (./outline.ts), and its definition in the document. */
export interface Operation extends OperationRoute {
  definition: OperationObject;
}

function withDefinitions(): Operation[] {
  return operationRoutes.map((route) => ({ ...route, definition: spec.paths[route.path]![route.method.toLowerCase() as HttpMethod]! }));
}

// @note The pure marks let a bundler drop the document when only the routes are used (the handlers'
// browser bundle): an unused call is otherwise kept for its possible side effects.
export const operations: readonly Operation[] = /* @__PURE__ */ withDefinitions();

const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/**
 * The operations of `document`. An operation without its own `security` follows the document's, and a
 * document without one follows `inherited` (another document added to the bundled one is protected like
 * it: docs/resources.md#security).
 */
export function operationsOf(document: OpenApiDocument, inherited: OpenApiDocument['security'] = undefined): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
  METHODS.flatMap((method) => {
    const definition = item[method];
    if (!definition) return [];
    const security = definition.security ?? document.security ?? inherited ?? [];
    return [
      {
        operationId: definition.operationId,
        method: method.toUpperCase() as Uppercase<HttpMethod>,
        path,
        requiresAuth: security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0),
        definition,
      },
    ];
  }),
  );
}

export function getOperation(operationId: string): Operation {
  const found = operations.find((operation) => operation.operationId === operationId);
  if (!found) throw new Error(`Unknown operationId "${operationId}": the spec has ${operations.map((o) => o.operationId).join(', ')}.`);
  return found;
}

function templateToRegExp(template: string): RegExp {
  const source = template
    .split('/')
    .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

const matchers = /* @__PURE__ */ operations.map((operation) => ({ operation, pattern: templateToRegExp(operation.path) }));

/** The operation for a method and a concrete pathname, or undefined. */
export function findOperation(method: string, pathname: string): Operation | undefined {
  const upper = method.toUpperCase();
  return matchers.find(({ operation, pattern }) => operation.method === upper && pattern.test(pathname))?.operation;
}

/** The documented response for a status, resolved from `#/components/responses`, or undefined. */
export function documentedResponse(operation: Operation, status: number): ResponseObject | undefined {
  const entry = operation.definition.responses[String(status)] ?? operation.definition.responses.default;
  return entry ? resolve(entry) : undefined;
}
