/**
 * The PORTOS paths, straight from the spec, compiled once: a request's path is matched one time, to the
 * path template, its parameters and the operations its methods select (and `Allow` for a 405).
 */
// The routes only, not the document: a browser bundle of the handlers then carries no descriptions or examples.
import { operationRoutes as operations, type OperationRoute as Operation } from '../spec/index.ts';

export interface PortosPath {
  /** The spec's template, e.g. `/sessions/{id}`. */
  template: string;
  /** Upper-case method → the spec's operation. */
  operations: ReadonlyMap<string, Operation>;
  /** The methods the spec allows here, for `Allow` on a 405. */
  allowed: readonly string[];
}

export interface PortosRoute {
  path: PortosPath;
  /** Path parameters by name, percent-decoded (`{id}` → `params.id`). */
  params: Readonly<Record<string, string>>;
}

interface Compiled {
  path: PortosPath;
  segments: readonly string[];
  /** Indexes of `{name}` segments, with the name. */
  variables: readonly (readonly [number, string])[];
}

function compile(specOperations: readonly Operation[]): { exact: Map<string, PortosPath>; templated: Compiled[]; all: PortosPath[] } {
  const byTemplate = new Map<string, Map<string, Operation>>();
  for (const operation of specOperations) {
    const methods = byTemplate.get(operation.path) ?? new Map<string, Operation>();
    methods.set(operation.method, operation);
    byTemplate.set(operation.path, methods);
  }
  const exact = new Map<string, PortosPath>();
  const templated: Compiled[] = [];
  const all: PortosPath[] = [];
  for (const [template, methods] of byTemplate) {
    const path: PortosPath = { template, operations: methods, allowed: [...methods.keys()] };
    all.push(path);
    const segments = template.split('/');
    const variables = segments.flatMap((segment, i) => (/^\{[^}]+\}$/.test(segment) ? [[i, segment.slice(1, -1)] as const] : []));
    if (variables.length === 0) exact.set(template, path);
    else templated.push({ path, segments, variables });
  }
  return { exact, templated, all };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape names no session; the raw text is as good an id as any (→ 404).
    return segment;
  }
}

export interface PortosRoutes {
  /** Every PORTOS path, once each (the msw door registers one handler per template). */
  readonly paths: readonly PortosPath[];
  /** The route for a routed path, or undefined when it is not a PORTOS path. */
  match(path: string): PortosRoute | undefined;
}

/** The routes of a contract's operations (the bundled document's, and any added: docs/resources.md). */
export function createRoutes(specOperations: readonly Operation[]): PortosRoutes {
  const { exact, templated, all } = compile(specOperations);
  return {
    paths: all,
    match(path) {
      const fixed = exact.get(path);
      if (fixed) return { path: fixed, params: {} };
      const segments = path.split('/');
      for (const candidate of templated) {
        if (candidate.segments.length !== segments.length) continue;
        const isVariable = (i: number) => candidate.variables.some(([at]) => at === i);
        // A variable matches one non-empty segment; every other segment must be the template's own.
        if (!candidate.segments.every((segment, i) => (isVariable(i) ? segments[i] !== '' : segment === segments[i]))) continue;
        return { path: candidate.path, params: Object.fromEntries(candidate.variables.map(([at, name]) => [name, decodeSegment(segments[at]!)])) };
      }
      return undefined;
    },
  };
}

/** The bundled document's routes. */
const bundledRoutes: PortosRoutes = createRoutes(operations);

/** Every PORTOS path of the bundled document, once each. */
export const portosPaths: readonly PortosPath[] = bundledRoutes.paths;

/** The bundled route for a routed path, or undefined when it is not a PORTOS path. */
export function matchPortosRoute(path: string): PortosRoute | undefined {
  return bundledRoutes.match(path);
}
