/**
 * The spec's executable examples: request and response examples paired by name, per operation, as
 * docs/behaviour.md#executable-examples describes them. Tools that replay examples (docs viewers' "try
 * it", example-driven contract testers) pair them the same way; this module is the one reading of that
 * convention, so the replay test and anything built on it agree on what a pair is.
 *
 * The convention, per operation:
 * - the request of pair `N` is every parameter (path-level or operation-level) and request body with an
 *   example named `N`; a part the operation requires must have one (a bare `example:` is not paired);
 * - its answer is the response example named `N`, or the operation's bodiless success (204) when no
 *   response example has that name;
 * - a response example lists in `x-varying` the top-level properties whose values differ on every run
 *   (`traceId`, a new token pair), names in `x-login` the `POST /api/auth` example whose token the
 *   request carries (`backOffice` when absent, `none` for no Authorization header), names in
 *   `x-request` another pair whose request it sends (its own name then needs no request example), and
 *   is left out of the replay with `x-replay: false` (shown for reference only);
 * - a response marked `x-alternative-of: <status>` is an answer a PORTOS server may give instead of that
 *   status, which the mock does not send: it needs no pair of its own (its examples are `x-replay: false`).
 *
 * @note `x-request` exists for example-driven testers such as Specmatic, which pair a response example
 * with the request examples of the same name and send their own token: a `missingToken` request example
 * made them send a token and expect the 401. Borrowing the request leaves them no request to pair, so
 * they skip the example, while this replay still sends it without a token.
 */
import { spec, type HttpMethod, type MediaTypeObject, type OpenApiDocument, type ParameterObject } from './document.ts';
import type { Operation } from './operations.ts';

/** The login example whose token a pair carries when its response example names none. */
export const DEFAULT_LOGIN = 'backOffice';

interface ExampleObject {
  summary?: string;
  description?: string;
  value?: unknown;
  'x-varying'?: unknown;
  'x-login'?: unknown;
  'x-replay'?: unknown;
  'x-request'?: unknown;
}

type Named = Record<string, ExampleObject | { $ref: string }>;
type ParameterWithExamples = ParameterObject & { examples?: Named };

interface ExampleRequest {
  /** Path parameters by name. */
  path: Record<string, unknown>;
  /** Query parameters by name (arrays are sent exploded, one `name=value` per item). */
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body?: { mediaType: string; value: unknown };
}

export interface ExamplePair {
  name: string;
  operation: Operation;
  status: number;
  request: ExampleRequest;
  /** The documented answer; absent for a bodiless success. */
  response?: { mediaType: string; value: unknown };
  /** Top-level response properties that differ on every run. */
  varying: string[];
  /** The login example whose token to send, or null for no Authorization header. */
  login: string | null;
}

const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** Follows local `$ref`s inside `document` (the document is a parameter, so the reader can be tested). */
function resolveIn<T>(document: OpenApiDocument, value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    let node: unknown = document;
    for (const part of value.$ref.replace(/^#\//, '').split('/')) {
      node = (node as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    if (node === undefined) throw new Error(`Failed to read the example pairs: nothing at ${value.$ref}.`);
    return resolveIn(document, node as T | { $ref: string });
  }
  return value as T;
}

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const definition = item[method];
      if (!definition) return [];
      const security = definition.security ?? document.security ?? [];
      const requiresAuth = security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0);
      return [{ operationId: definition.operationId, method: method.toUpperCase() as Uppercase<HttpMethod>, path, requiresAuth, definition }];
    }),
  );
}

/** Reads every example pair of a document, and what in it breaks the convention (nothing, ideally). */
export function readExamplePairs(document: OpenApiDocument): { pairs: ExamplePair[]; issues: string[] } {
  const resolve = <T>(value: T | { $ref: string }): T => resolveIn(document, value);
  const operations = operationsOf(document);
  const loginExamples = (): Named =>
    (operations.find((operation) => operation.operationId === 'login')?.definition.requestBody?.content['application/json']?.examples ?? {}) as Named;
  const read = operations.map((operation) => pairsOf(operation, { document, resolve, loginExamples }));
  return { pairs: read.flatMap((entry) => entry.pairs), issues: read.flatMap((entry) => entry.issues) };
}

interface Reader {
  document: OpenApiDocument;
  resolve<T>(value: T | { $ref: string }): T;
  loginExamples(): Named;
}

/** Parameters of an operation, path-level first, an operation-level one replacing its namesake. */
function parametersOf(operation: Operation, { document, resolve }: Reader): ParameterWithExamples[] {
  const item = document.paths[operation.path] ?? {};
  const byKey = new Map<string, ParameterWithExamples>();
  for (const entry of [...(item.parameters ?? []), ...(operation.definition.parameters ?? [])]) {
    const parameter = resolve(entry) as ParameterWithExamples;
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}


function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/** Every pair of one operation, and what breaks the convention there. */
function pairsOf(operation: Operation, reader: Reader): { pairs: ExamplePair[]; issues: string[] } {
  const { resolve } = reader;
  const examplesOf = (named: Named | undefined): [string, ExampleObject][] =>
    Object.entries(named ?? {}).map(([name, example]) => [name, resolve(example) as ExampleObject]);
  const where = `${operation.method} ${operation.path}`;
  const issues: string[] = [];
  const parameters = parametersOf(operation, reader);
  const requestBody = operation.definition.requestBody;
  const bodyMedia = Object.entries(requestBody?.content ?? {}) as [string, MediaTypeObject & { examples?: Named }][];

  const requestNames = new Set<string>();
  for (const parameter of parameters) for (const [name] of examplesOf(parameter.examples)) requestNames.add(name);
  for (const [, media] of bodyMedia) for (const [name] of examplesOf(media.examples)) requestNames.add(name);

  const requestFor = (name: string): ExampleRequest => {
    const request: ExampleRequest = { path: {}, query: {}, headers: {} };
    for (const parameter of parameters) {
      const example = examplesOf(parameter.examples).find(([key]) => key === name)?.[1];
      if (!example) {
        if (parameter.required) issues.push(`${where} pair "${name}": required ${parameter.in} parameter ${parameter.name} has no example "${name}".`);
        continue;
      }
      const target = parameter.in === 'path' ? request.path : parameter.in === 'query' ? request.query : parameter.in === 'header' ? request.headers : undefined;
      if (!target) issues.push(`${where} pair "${name}": ${parameter.in} parameter ${parameter.name} cannot be replayed.`);
      else target[parameter.name] = example.value;
    }
    const body = bodyMedia.flatMap(([mediaType, media]) =>
      examplesOf(media.examples)
        .filter(([key]) => key === name)
        .map(([, example]) => ({ mediaType, value: example.value })),
    )[0];
    if (body) request.body = body;
    else if (requestBody?.required) issues.push(`${where} pair "${name}": the required request body has no example "${name}".`);
    return request;
  };

  const pairs: ExamplePair[] = [];
  const answered = new Map<string, number>();
  const bodiless: number[] = [];
  for (const [statusText, entry] of Object.entries(operation.definition.responses)) {
    const status = Number(statusText);
    const content = resolve(entry).content;
    if (!content) {
      if (status >= 200 && status < 300) bodiless.push(status);
      continue;
    }
    for (const [mediaType, media] of Object.entries(content)) {
      for (const [name, example] of examplesOf(media.examples as Named | undefined)) {
        const earlier = answered.get(name);
        if (earlier !== undefined) issues.push(`${where}: example "${name}" answers both ${earlier} and ${status}; a name must pick one response.`);
        answered.set(name, status);
        if (example['x-replay'] === false) continue;
        const varying = example['x-varying'] === undefined ? [] : stringList(example['x-varying']);
        if (!varying) issues.push(`${where} ${status} example "${name}": x-varying must be a list of property names.`);
        for (const property of varying ?? []) {
          if (!example.value || typeof example.value !== 'object' || !(property in example.value)) {
            issues.push(`${where} ${status} example "${name}": x-varying names "${property}", which the example does not show.`);
          }
        }
        const login = loginOf(operation, example['x-login'], `${where} ${status} example "${name}"`, issues, reader);
        const borrowed = example['x-request'];
        if (borrowed !== undefined && (typeof borrowed !== 'string' || !requestNames.has(borrowed))) {
          issues.push(`${where} ${status} example "${name}": x-request ${JSON.stringify(borrowed)} is not a request example of this operation.`);
        }
        if (borrowed !== undefined && requestNames.has(name)) issues.push(`${where} ${status} example "${name}": has request examples of its own and an x-request.`);
        const request = requestFor(typeof borrowed === 'string' ? borrowed : name);
        pairs.push({ name, operation, status, request, response: { mediaType, value: example.value }, varying: varying ?? [], login });
      }
    }
  }
  for (const name of requestNames) {
    if (answered.has(name)) continue;
    if (bodiless.length !== 1) {
      issues.push(`${where}: request example "${name}" has no response example of its name and the operation has no single bodiless success to pair it with.`);
      continue;
    }
    pairs.push({ name, operation, status: bodiless[0]!, request: requestFor(name), varying: [], login: loginOf(operation, undefined, where, issues, reader) });
  }
  for (const [status, entry] of Object.entries(operation.definition.responses)) {
    if (pairs.some((pair) => String(pair.status) === status)) continue;
    const alternativeOf = (resolve(entry) as { 'x-alternative-of'?: unknown })['x-alternative-of'];
    if (alternativeOf === undefined) issues.push(`${where}: status ${status} has no example pair.`);
    else if (!pairs.some((pair) => pair.status === Number(alternativeOf))) {
      issues.push(`${where}: status ${status} is x-alternative-of ${JSON.stringify(alternativeOf)}, which has no example pair.`);
    }
  }
  return { pairs, issues };
}

function loginOf(operation: Operation, declared: unknown, where: string, issues: string[], reader: Reader): string | null {
  if (!operation.requiresAuth) {
    if (declared !== undefined) issues.push(`${where}: x-login on an operation that takes no token.`);
    return null;
  }
  if (declared === 'none') return null;
  const name = declared ?? DEFAULT_LOGIN;
  if (typeof name !== 'string' || !(name in reader.loginExamples())) {
    issues.push(`${where}: x-login ${JSON.stringify(name)} is not an example of POST /api/auth (nor "none").`);
    return null;
  }
  return name;
}

const ofSpec = readExamplePairs(spec);

/** Every example pair of the spec, operation by operation. */
export const examplePairs: readonly ExamplePair[] = ofSpec.pairs;

/** What in the spec breaks the pairing convention; empty when every example is a runnable pair. */
export const examplePairIssues: readonly string[] = ofSpec.issues;

/** The body of the spec's `POST /api/auth` example `name` (the login a pair's token comes from). */
export function loginExampleBody(name: string): unknown {
  const login = operationsOf(spec).find((operation) => operation.operationId === 'login');
  const example = login?.definition.requestBody?.content['application/json']?.examples?.[name];
  if (!example) throw new Error(`Unknown login example "${name}".`);
  return resolveIn(spec, example).value;
}

/** The request URL of a pair under `origin`: path parameters filled in, query parameters exploded. */
export function exampleUrl(pair: ExamplePair, origin: string): URL {
  const path = pair.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(pair.request.path[name])));
  const url = new URL(path, origin);
  for (const [name, value] of Object.entries(pair.request.query)) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
  }
  return url;
}
