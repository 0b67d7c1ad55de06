/**
 * The PORTOS paths, straight from the spec: which operation a method and path select, the path
 * parameter, and the methods allowed on a path (for `Allow` on a 405).
 */
import { allowedMethods, findOperation, operations } from '../spec/index.ts';

export interface PortosRoute {
  /** The spec's operationId, or undefined when the path is known but the method is not allowed. */
  operationId: string | undefined;
  allowed: string[];
  params: { id?: string };
}

/** The route for a method and routed path, or undefined when the path is not a PORTOS path. */
export function matchPortosRoute(method: string, path: string): PortosRoute | undefined {
  const allowed = allowedMethods(path);
  if (allowed.length === 0) return undefined;
  const operation = findOperation(method, path);
  const params: { id?: string } = {};
  if (operation?.path.endsWith('/{id}')) params.id = decodeSegment(path.slice(path.lastIndexOf('/') + 1));
  return { operationId: operation?.operationId, allowed, params };
}

/** The spec's path templates (`/sessions/{id}`), once each. */
export const portosPathTemplates: readonly string[] = [...new Set(operations.map((operation) => operation.path))];

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape names no session; the raw text is as good an id as any (→ 404).
    return segment;
  }
}
