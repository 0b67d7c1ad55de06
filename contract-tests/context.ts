/**
 * What a check sees while it runs: the target, the run's options, state shared between checks (the
 * suite's own session, the lifecycle's progress, the probe table), and the ways to record a failure.
 */
import type { Target } from './target.ts';
import { RequestFailedError } from './target.ts';
import type { Basis, Exchange, Failure, ProbeRow, RunFlags } from './types.ts';

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

  /** Records a failure and carries on. */
  fail(message: string, exchange?: Exchange): void {
    this.failures.push(exchange ? { message, exchange } : { message });
  }

  /** Records a failure when `condition` is false; returns the condition. */
  expect(condition: boolean, message: string, exchange?: Exchange): boolean {
    if (!condition) this.fail(message, exchange);
    return condition;
  }

  /** Records a failure and stops the check. */
  abort(message: string, exchange?: Exchange): never {
    this.fail(message, exchange);
    throw new CheckAborted(message);
  }

  /** Stops the check as not applicable, with the reason shown in the report. */
  skip(reason: string): never {
    throw new SkipSignal(reason);
  }

  /**
   * Runs a comparison that reads live data twice (a staging server changes while the suite runs): when
   * it reports mismatches, it runs once more and only the second attempt's mismatches count.
   */
  async retryOnce(attempt: () => Promise<Failure[]>): Promise<void> {
    let failures = await attempt();
    if (failures.length > 0) failures = await attempt();
    this.failures.push(...failures);
  }
}

export { RequestFailedError };
