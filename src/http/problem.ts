/**
 * `ProblemError`: every PORTOS failure as one error class that renders itself (hono's `HTTPException`
 * shape). Throw it anywhere below the route core; the core calls `toAnswer(acceptLanguage, path)`, which
 * localises the title for the request's `Accept-Language` and fills `instance` and a fresh `traceId`.
 */
import type { components } from '../generated/portos-sessions.ts';
import { negotiateLanguage, type Language } from './language.ts';
import { titleFor } from './messages.ts';
import { newTraceId } from './trace-id.ts';

export type ErrorCode = components['schemas']['ErrorCode'];
export type ValidationErrorItem = components['schemas']['ValidationErrorItem'];
export type ProblemDetails = components['schemas']['ProblemDetails'];
export type PortosValidationProblemDetails = components['schemas']['PortosValidationProblemDetails'];
export type ProblemResource = components['schemas']['ProblemResource'];

/**
 * The PORTOS error code that fits a status, if one does (errorCode is documented as 1 unauthenticated,
 * 2 unauthorized, 3 validation failed, 5 resource locked); 404, 405 and 5xx carry none.
 */
function errorCodeFor(status: number): ErrorCode | undefined {
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
  /** The resource a version mismatch (errorCode 6) is about. */
  resource?: ProblemResource;
}

const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export class ProblemError extends Error {
  readonly status: number;
  readonly errorCode: ErrorCode | undefined;
  readonly errors: ValidationErrorItem[] | undefined;
  readonly detail: string | undefined;
  readonly headers: Record<string, string>;
  readonly resource: ProblemResource | undefined;

  constructor(status: number, options: ProblemOptions = {}) {
    super(options.detail ?? `PORTOS problem ${status}`);
    this.name = 'ProblemError';
    this.status = status;
    this.errorCode = options.errorCode ?? errorCodeFor(status);
    this.errors = options.errors ?? (status === 400 ? [] : undefined);
    this.detail = options.detail;
    this.headers = options.headers ?? {};
    this.resource = options.resource;
  }

  /**
   * The problem body: the title in `language`, the request path as `instance`, a new `traceId`.
   * (`instance` is the path without the query, as ASP.NET writes it.)
   */
  toBody(language: Language, instance: string): ProblemDetails | PortosValidationProblemDetails {
    return {
      title: titleFor(this.status, language),
      status: this.status,
      ...(this.detail !== undefined && { detail: this.detail }),
      instance,
      traceId: newTraceId(),
      ...(this.errorCode !== undefined && { errorCode: this.errorCode }),
      ...(this.resource !== undefined && { resource: this.resource }),
      ...(this.errors !== undefined && { errors: this.errors }),
    };
  }

  /**
   * The whole answer for a request with this `Accept-Language` (negotiated once, for the title and
   * `Content-Language` alike) and path.
   */
  toAnswer(acceptLanguage: string | undefined, instance: string): ProblemAnswer {
    const language = negotiateLanguage(acceptLanguage);
    return {
      status: this.status,
      headers: { ...this.headers, 'content-type': PROBLEM_CONTENT_TYPE, 'content-language': language },
      body: JSON.stringify(this.toBody(language, instance)),
    };
  }
}

/** A rendered problem: the shape of the route core's plain answers, so any door can write it. */
export interface ProblemAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Matches by name too, so a `ProblemError` from another copy of this module still counts. */
export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError || (error instanceof Error && error.name === 'ProblemError' && 'toAnswer' in error);
}

