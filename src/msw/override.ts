/**
 * Typed overrides: replace one operation's answer in a test or a story, with the path, its parameters,
 * the query and the body typed from the spec's generated `paths`, and the answer checked against the
 * statuses and bodies the spec declares for that operation (docs/consumers.md#typed-overrides). A
 * resolver may also answer with one of the mock's own problems, built by the code the mock uses.
 * (openapi-msw does this for msw 2 only; this is the small wrapper msw 3 needs.)
 */
import { http, type HttpHandler } from 'msw';
import type { paths } from '../generated/portos-sessions.ts';
import { isProblemError, notFound, ProblemError, unauthenticated, validationFailed, type ValidationErrorItem } from '../http/index.ts';
import { mswPath, type BaseUrl } from './base-url.ts';

export type OverrideMethod = 'get' | 'post' | 'delete';

/** The spec's paths that have an operation for `M`. */
export type OverridablePath<M extends OverrideMethod> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

type OperationOf<P extends keyof paths, M extends OverrideMethod> = Extract<paths[P][M], { responses: unknown }>;
type NothingHere = Record<string, never>;
type PathParams<O> = O extends { parameters: { path: infer X } } ? ([X] extends [undefined] ? NothingHere : X) : NothingHere;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? ([NonNullable<Q>] extends [never] ? NothingHere : { [K in keyof NonNullable<Q>]?: string }) : NothingHere;
type RequestBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : undefined;
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : undefined;

/** One of the answers the spec declares for the operation: its status and, where it has one, its body. */
export type DeclaredAnswer<O> = O extends { responses: infer R }
  ? { [S in keyof R & number]: [ContentOf<R[S]>] extends [undefined] ? { status: S; headers?: Record<string, string> } : { status: S; body: ContentOf<R[S]>; headers?: Record<string, string> } }[keyof R & number]
  : never;

/** The mock's own problems, rendered by the same code (localised title, `instance`, `traceId`). */
export const problems = {
  /** 401, errorCode 1. */
  unauthenticated: (detail = 'The token was rejected by an override.') => unauthenticated(detail),
  /** 404, "Zdroj nebol nájdený". */
  notFound: () => notFound(),
  /** 400, errorCode 3, with `errors`. */
  validationFailed: (errors: ValidationErrorItem[]) => validationFailed(errors),
  /** Any other status, e.g. 503. */
  status: (status: number, detail?: string) => new ProblemError(status, detail === undefined ? {} : { detail }),
};

export interface OverrideContext<P extends keyof paths, M extends OverrideMethod> {
  request: Request;
  params: PathParams<OperationOf<P, M>>;
  query: QueryParams<OperationOf<P, M>>;
  /** The JSON body, parsed. */
  body(): Promise<RequestBody<OperationOf<P, M>>>;
  problems: typeof problems;
}

export type OverrideResolver<P extends keyof paths, M extends OverrideMethod> = (
  context: OverrideContext<P, M>,
) => DeclaredAnswer<OperationOf<P, M>> | ProblemError | Promise<DeclaredAnswer<OperationOf<P, M>> | ProblemError>;

/** `/sessions/{id}` → `/sessions/:id` (msw's path syntax). */
export function toMswTemplate(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

export function createOverride(base: BaseUrl | undefined) {
  /**
   * An msw handler for `server.use(...)` / `worker.use(...)` that answers one operation your way.
   *
   * @example
   * server.use(portos.override('get', '/sessions/{id}', ({ params }) =>
   *   params.id === 'gone' ? problems.notFound() : { status: 200, body: { ...session, sessionId: params.id } }));
   */
  return function override<M extends OverrideMethod, P extends OverridablePath<M>>(method: M, path: P, resolver: OverrideResolver<P, M>): HttpHandler {
    return http[method](mswPath(toMswTemplate(path), base), async ({ request, params }) => {
      const url = new URL(request.url);
      const context = {
        request,
        params: params as unknown as PathParams<OperationOf<P, M>>,
        query: Object.fromEntries(url.searchParams) as QueryParams<OperationOf<P, M>>,
        body: async () => (await request.clone().json()) as RequestBody<OperationOf<P, M>>,
        problems,
      };
      const answer = await resolver(context);
      if (isProblemError(answer)) {
        const rendered = answer.toAnswer(request.headers.get('accept-language') ?? undefined, url.pathname);
        return new Response(rendered.body, { status: rendered.status, headers: rendered.headers });
      }
      const { status, headers = {} } = answer as { status: number; headers?: Record<string, string> };
      if (!('body' in answer)) return new Response(null, { status, headers });
      const contentType = status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8';
      return new Response(JSON.stringify((answer as { body: unknown }).body), { status, headers: { 'content-type': contentType, ...headers } });
    });
  };
}
