/**
 * The shape of a named check. Each lives in a group file under checks/ and is listed in checks/index.ts in
 * the order it runs.
 */
import type { CheckContext } from '../context.ts';
import type { Basis, Failure } from '../types.ts';

export interface Check {
  /** Stable name, snake_case, as reports and `skip` lists use it (`response_schema_conformance`). */
  name: string;
  /** The check group (file) it belongs to: `conformance`, `auth`, `ndata-paging`… */
  group: string;
  basis: Basis;
  /** One sentence: what a pass proves. */
  summary: string;
  /** The run option without which the check is skipped. */
  requires?: 'destructive' | 'fuzz' | 'probe';
  /** `final`: runs after all others, over every exchange the run recorded. */
  phase?: 'final';
  run(ctx: CheckContext): Promise<void>;
}

/**
 * A check that compares live data read more than once (a staging server changes while the suite runs):
 * `compare` returns its mismatches, and when there are any it runs once more and only the second
 * attempt's count (`CheckContext.retryOnce`). The skeleton every such check shares, written once.
 */
export function liveCheck(meta: Omit<Check, 'run'>, compare: (ctx: CheckContext) => Promise<Failure[]>): Check {
  return { ...meta, run: (ctx) => ctx.retryOnce(() => compare(ctx)) };
}
