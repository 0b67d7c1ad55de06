/**
 * The shapes the runner and its reporters share: checks, their results, and the recorded HTTP exchanges
 * that a failure points at.
 */

/**
 * Where a check's rule comes from. `documented`: the PORTOS documentation (behaviour §A) or the spec;
 * a failure fails the run. `inferred`: a rule this project decided (§B); a failure is a warning unless
 * `strictInferred` is set.
 */
export type Basis = 'documented' | 'inferred';

/** `warn`: an inferred rule failed without `strictInferred`. `info`: informational (the probe table). */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip' | 'info';

/** One request and what came back, as recorded by the target. */
export interface Exchange {
  /** The spec's operationId the request was meant for. */
  operationId: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  /** Absent when the request failed (connection refused, timeout). */
  response?: {
    status: number;
    headers: Record<string, string>;
    /** The raw body text ('' when there was none). */
    text: string;
    /** The parsed JSON body; undefined when the body is empty or not JSON. */
    json: unknown;
  };
  /** Set when the request failed before a response arrived. */
  error?: string;
  durationMs: number;
}

/** One reason a check failed, with the exchange that shows it when there is one. */
export interface Failure {
  message: string;
  exchange?: Exchange;
}

export interface CheckResult {
  name: string;
  group: string;
  basis: Basis;
  summary: string;
  status: CheckStatus;
  /** Why the check was skipped, or a note on a pass (e.g. what it covered). */
  note?: string;
  failures: Failure[];
  durationMs: number;
}

/** The `--probe` table: which operators and sort keys the server honours. */
export interface ProbeRow {
  kind: 'operator' | 'sort';
  /** The operator (`gte`) or the sort term (`identity.userName:desc`). */
  name: string;
  /** The query that was sent. */
  query: string;
  /** `honoured`: same result as the reference engine; `differs`: accepted but another result; `rejected`: 4xx. */
  verdict: 'honoured' | 'differs' | 'rejected' | 'error';
  status?: number;
}

/** The run's options that change what checks do. */
export interface RunFlags {
  destructive: boolean;
  strictInferred: boolean;
  allowExtraFields: boolean;
  fuzz: number;
  probe: boolean;
  seed: number;
}

export interface Report {
  baseUrl: string;
  startedAt: string;
  durationMs: number;
  options: RunFlags & { skipped: { reason: string; checks: string[] }[] };
  results: CheckResult[];
  probe?: ProbeRow[];
  summary: { total: number; passed: number; failed: number; warned: number; skipped: number; requests: number };
  /** True when no check failed (warnings do not count). */
  ok: boolean;
}
