/**
 * `ProblemError`: every PORTOS failure as one error class that renders itself (hono's `HTTPException`
 * shape). Throw it anywhere below a handler; the handler wrapper calls `toResponse(request)`, which
 * localises the title for the request's `Accept-Language` and fills `instance` and a fresh `traceId`.
 */
import type { components } from '../generated/portos-sessions.ts';
import { negotiateLanguage } from './language.ts';
import { titleFor } from './messages.ts';
import { newTraceId } from './trace-id.ts';

export type ErrorCode = components['schemas']['ErrorCode'];
export type ValidationErrorItem = components['schemas']['ValidationErrorItem'];
export type ProblemDetails = components['schemas']['ProblemDetails'];
export type PortosValidationProblemDetails = components['schemas']['PortosValidationProblemDetails'];

/**
 * The PORTOS error code that fits a status, if one does (errorCode is documented as 1 unauthenticated,
 * 2 unauthorized, 3 validation failed, 5 resource locked); 404, 405 and 5xx carry none.
 */
export function errorCodeFor(status: number): ErrorCode | undefined {
  switch (status) {
    case 400:
      return 3;
    case 401:
      return 1;
    case 403:
      return 2;
    case 423:
      return 5;
    default:
      return undefined;
  }
}

export interface ProblemOptions {
  /** Overrides the error code that fits the status. */
  errorCode?: ErrorCode;
  /** The members in error; a 400 always carries this list (the spec requires it). */
  errors?: ValidationErrorItem[];
  /** A sentence about this occurrence (English; the title is the localised part). */
  detail?: string;
  /** Extra response headers, e.g. `Allow` on a 405. */
  headers?: Record<string, string>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export class ProblemError extends Error {
  readonly status: number;
  readonly errorCode: ErrorCode | undefined;
  readonly errors: ValidationErrorItem[] | undefined;
  readonly detail: string | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, options: ProblemOptions = {}) {
    super(options.detail ?? `PORTOS problem ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.errorCode = options.errorCode ?? errorCodeFor(status);
    this.errors = options.errors ?? (status === 400 ? [] : undefined);
    this.detail = options.detail;
    this.headers = options.headers ?? {};
  }

  /** The problem body for a request: localised title, the request path as `instance`, a new `traceId`. */
  toBody(request: Request): ProblemDetails | PortosValidationProblemDetails {
    const language = negotiateLanguage(request.headers.get('accept-language'));
    return {
      title: titleFor(this.status, language),
      status: this.status,
      ...(this.detail !== undefined && { detail: this.detail }),
      instance: pathOf(request),
      traceId: newTraceId(),
      ...(this.errorCode !== undefined && { errorCode: this.errorCode }),
      ...(this.errors !== undefined && { errors: this.errors }),
    };
  }

  /** An `application/problem+json` response for `request`. */
  toResponse(request: Request): Response {
    const language = negotiateLanguage(request.headers.get('accept-language'));
    return new Response(JSON.stringify(this.toBody(request)), {
      status: this.status,
      headers: { ...this.headers, 'content-type': PROBLEM_CONTENT_TYPE, 'content-language': language },
    });
  }
}

/** Matches by name too, so a `ProblemError` from another copy of this module still counts. */
export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError || (error instanceof Error && error.name === 'ProblemError' && 'toResponse' in error);
}

function pathOf(request: Request): string {
  try {
    return new URL(request.url).pathname;
  } catch {
    return '/';
  }
}
