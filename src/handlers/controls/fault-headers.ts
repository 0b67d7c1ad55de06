/**
 * The per-request fault headers (docs/behaviour.md#control-fault-status, #control-fault-delay): `x-mock-status: <code>` answers with that status instead of
 * running the operation; `x-mock-delay: <ms>` waits before answering. Invalid values are a 400 that
 * names the header, never a crash.
 */
import { ProblemError, validationFailed, type ValidationErrorItem } from '../../http/index.ts';
import type { PlainAnswer } from '../plain.ts';

export const STATUS_HEADER = 'x-mock-status';
export const DELAY_HEADER = 'x-mock-delay';
/** The longest latency a request may ask for: one minute, so a typo cannot hang a test run for hours. */
export const MAX_DELAY_MS = 60_000;

export interface Faults {
  status?: number;
  delay: number;
}

/** Reads both headers; throws one 400 problem listing every invalid one. */
export function readFaultHeaders(header: (name: string) => string | undefined): Faults {
  const errors: ValidationErrorItem[] = [];
  const faults: Faults = { delay: 0 };
  const status = header(STATUS_HEADER);
  if (status !== undefined) {
    const value = status.trim();
    if (/^\d{3}$/.test(value) && Number(value) >= 200 && Number(value) <= 599) faults.status = Number(value);
    else errors.push({ memberName: STATUS_HEADER, message: `${STATUS_HEADER} must be an HTTP status from 200 to 599; got "${clip(status)}".` });
  }
  const delay = header(DELAY_HEADER);
  if (delay !== undefined) {
    const value = delay.trim();
    if (/^\d{1,6}$/.test(value) && Number(value) <= MAX_DELAY_MS) faults.delay = Number(value);
    else errors.push({ memberName: DELAY_HEADER, message: `${DELAY_HEADER} must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}; got "${clip(delay)}".` });
  }
  if (errors.length > 0) throw validationFailed(errors);
  return faults;
}

/**
 * The answer `x-mock-status` asks for: a problem for 4xx/5xx (thrown, so it renders like every other
 * problem: the error code that fits, and `Allow` on a 405), an empty body otherwise.
 */
export function injectedAnswer(status: number, allowed: readonly string[]): PlainAnswer {
  if (status >= 400) {
    throw new ProblemError(status, {
      detail: `Injected by the ${STATUS_HEADER} request header.`,
      ...(status === 405 && { headers: { allow: allowed.join(', ') } }),
    });
  }
  return { status, headers: {} };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
