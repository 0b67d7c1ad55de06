/**
 * What a check sees while it runs: the target, the run's options, state shared between checks (the
 * suite's own session, the lifecycle's progress, the probe table), and the ways to record a failure.
 */
import type { Target } from './target.ts';
import type { Basis, Exchange, Failure, FailureDetail, ProbeRow, RunFlags } from './types.ts';

export type { RunFlags } from './types.ts';


/** State that checks hand to each other. */
export interface SharedState {
  /** The run's own login, when it logged in with credentials. */
  login?: Exchange;
  /** The sessionId of the session behind `target.token`, when it could be identified. */
  ownSessionId?: string;
  /** Set by the lifecycle's first check for the ones after it. */
  lifecycle?: { sessionId: string; token: string; deleted: boolean };
  probe?: ProbeRow[];
}

/** Thrown by {@link CheckContext.skip}: the check does not apply to this server or run. */
export class SkipSignal extends Error {
  override name = 'SkipSignal';
}

/** Thrown by {@link CheckContext.abort}: a failure that makes the rest of the check meaningless. */
export class CheckAborted extends Error {
  override name = 'CheckAborted';
}

export class CheckContext {
  readonly failures: Failure[] = [];
  /** The first attempt's failures of a {@link retryOnce} whose retry passed: the check is unstable. */
  readonly unstable: Failure[] = [];
  note: string | undefined;

  readonly target: Target;
  readonly flags: RunFlags;
  readonly state: SharedState;
  readonly basis: Basis;

  constructor(target: Target, flags: RunFlags, state: SharedState, basis: Basis) {
    this.target = target;
    this.flags = flags;
    this.state = state;
    this.basis = basis;
  }

  /** Records a failure and carries on; `detail` says what was expected and what came, when known. */
  fail(message: string, exchange?: Exchange, detail: FailureDetail = {}): void {
    this.failures.push(failure(message, exchange, detail));
  }

  /** Records a failure when `condition` is false; returns the condition. */
  expect(condition: boolean, message: string, exchange?: Exchange, detail?: FailureDetail): boolean {
    if (!condition) this.fail(message, exchange, detail);
    return condition;
  }

  /** Records a failure unless the exchange answered one of `statuses`; returns whether it did. */
  expectStatus(exchange: Exchange, statuses: number | readonly number[], message: string): boolean {
    const wanted = typeof statuses === 'number' ? [statuses] : statuses;
    const status = exchange.response?.status;
    return this.expect(status !== undefined && wanted.includes(status), message, exchange, {
      expected: `status ${wanted.join(' or ')}`,
      actual: status === undefined ? `no response (${exchange.error ?? 'unknown error'})` : `status ${status}`,
    });
  }

  /** Records a failure and stops the check. */
  abort(message: string, exchange?: Exchange, detail?: FailureDetail): never {
    this.fail(message, exchange, detail);
    throw new CheckAborted(message);
  }

  /** Stops the check as not applicable, with the reason shown in the report. */
  skip(reason: string): never {
    throw new SkipSignal(reason);
  }

  /**
   * Runs a comparison that reads live data twice (a staging server changes while the suite runs): when
   * it reports mismatches, it runs once more and only the second attempt's mismatches count as
   * failures. When the retry passes, the first attempt's mismatches are kept as {@link unstable}: a
   * server that answers wrong every other time is reported (a warning), never passed.
   */
  async retryOnce(attempt: () => Promise<Failure[]>): Promise<void> {
    const first = await attempt();
    if (first.length === 0) return;
    const second = await attempt();
    if (second.length === 0) this.unstable.push(...first);
    this.failures.push(...second);
  }
}


/** A failure record with only the fields that are set (reports and tests compare them). */
function failure(message: string, exchange?: Exchange, detail: FailureDetail = {}): Failure {
  return {
    message,
    ...(exchange ? { exchange } : {}),
    ...(detail.expected !== undefined ? { expected: detail.expected } : {}),
    ...(detail.actual !== undefined ? { actual: detail.actual } : {}),
  };
}

/**
 * Up to `limit` ids from `start`, for expected/actual: `[a, b, c, … (12 in all)]`, or with `start`
 * `[… 10 before, k, l, m, … (60 in all)]` so two lists are shown where they differ.
 */
export function idList(ids: readonly string[], limit = 8, start = 0): string {
  const from = Math.max(0, Math.min(start, ids.length - 1));
  const shown = ids.slice(from, from + limit);
  const before = from > 0 ? [`… ${from} before`] : [];
  const after = from + limit < ids.length ? [`… (${ids.length} in all)`] : [];
  return `[${[...before, ...shown, ...after].join(', ')}]`;
}

/** Where two id sequences first differ (a couple of ids before it shown for context), for idList. */
export function diffStart(actual: readonly string[], expected: readonly string[]): number {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i++) if (actual[i] !== expected[i]) return Math.max(0, i - 2);
  return 0;
}
