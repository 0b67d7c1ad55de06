/**
 * The shapes the runner and its reporters share: checks, their results, and the recorded HTTP exchanges
 * that a failure points at.
 */

/**
 * Where a check's rule comes from. `documented`: the PORTOS documentation (the rules docs/behaviour.md
 * marks documented) or the spec; a failure fails the run. `inferred`: a rule this project decided where
 * PORTOS is silent (marked inferred there); a failure is a warning unless `strictInferred` is set.
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
  /** When the request was sent (ISO 8601), for the HAR file. */
  startedAt?: string;
  /** Milliseconds until the response's status and headers arrived (the rest of durationMs read the body). */
  waitMs?: number;
}

/** One reason a check failed, with the exchange that shows it when there is one. */
export interface Failure {
  message: string;
  exchange?: Exchange;
  /**
   * What the contract expected, when the check knows it: the status, the schema a body must match, the
   * ids in the order the reference engine computes, the counts.
   */
  expected?: string;
  /** What the server answered instead, in the same terms as `expected`. */
  actual?: string;
}

/** The expected-versus-actual part of a failure. */
export type FailureDetail = Pick<Failure, 'expected' | 'actual'>;

export interface CheckResult {
  name: string;
  group: string;
  basis: Basis;
  summary: string;
  status: CheckStatus;
  /** Why the check was skipped, or a note on a pass (e.g. what it covered). */
  note?: string;
  failures: Failure[];
  /** Set when the check failed on its first attempt and passed on the retry; `failures` are the first attempt's. */
  unstable?: true;
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

/** One declared (or undeclared) status of one operation, and how often the run saw it. */
export interface StatusCoverage {
  operationId: string;
  method: string;
  path: string;
  status: number;
  /** Responses with this status in the run. */
  observed: number;
  /** For a declared status not observed: why not. */
  reason?: string;
}

export interface Coverage {
  /** Declared statuses of every operation. `percent` = observed ÷ declared × 100, one decimal. */
  statuses: { declared: number; observed: number; percent: number; items: StatusCoverage[] };
  /** Statuses the server answered that the spec does not declare for the operation. */
  undeclared: StatusCoverage[];
  /** Query parameters of GET /sessions: how often each was sent; `declared` when the spec names it. */
  queryParameters: { name: string; declared: boolean; count: number }[];
  /** NData operators used in `sessionId` filters (a bare value counts as `eq`). */
  operators: { name: string; count: number }[];
  /** Sort keys × directions used in `$sort`. */
  sorts: { key: string; asc: number; desc: number }[];
  paging: { skipPastEnd: boolean; takeZero: boolean; countTrue: boolean };
  /** Set with `minCoverage`: whether the status coverage reached it. */
  gate?: { minPercent: number; met: boolean };
}

/** Everything a run was asked to do, so a report says how to repeat it. */
export interface ReportOptions extends RunFlags {
  skipped: { reason: string; checks: string[] }[];
  /** `--only`: the checks or groups selected (empty: all). */
  only?: string[];
  timeoutMs?: number;
  /** How the run authenticated (never the token or password). */
  auth?: { kind: 'token' } | { kind: 'login'; user: string; device: string; password: boolean } | { kind: 'apiKey'; clientId: string };
  minCoverage?: number;
  /** The report files the CLI wrote, by option name (`junit`, `json`, `markdown`, `har`, `html`). */
  reports?: Record<string, string>;
  /** The CLI command that repeats this run (same seed; secrets as shell variables). */
  command?: string;
}

export interface Report {
  baseUrl: string;
  startedAt: string;
  durationMs: number;
  options: ReportOptions;
  /** The spec the run checked against (`info.title`, `info.version`). */
  spec?: { title: string; version: string };
  /** What the run exercised; computed by contract-tests/coverage.ts. */
  coverage?: Coverage;
  /** Every exchange of the run, oldest first (in memory only: the JSON report leaves it out; --har writes it). */
  journal?: readonly Exchange[];
  results: CheckResult[];
  probe?: ProbeRow[];
  /** `passed` counts `pass` only; `info` counts informational results (the probe table), which prove nothing. */
  summary: {
    total: number;
    passed: number;
    failed: number;
    /** Checks that warned (a broken inferred rule, an unstable check). */
    warned: number;
    /** Every warning the reports count: `warned` plus the coverage warnings (declared statuses not observed). */
    warnings?: number;
    skipped: number;
    info: number;
    requests: number;
  };
  /** True when no check failed (warnings do not count) and the coverage gate, when set, was met. */
  ok: boolean;
}
