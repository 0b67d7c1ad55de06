/**
 * `runChecks`: the programmatic runner. It authenticates against the target, runs every named check in
 * order (honouring skips, which must give a reason), and returns a {@link Report}. The CLI, the vitest
 * self-tests and any other caller use this one function.
 */
import { checksFor, type Check } from './checks/index.ts';
import { CheckAborted, CheckContext, SkipSignal, type RunFlags, type SharedState } from './context.ts';
import { identifySession } from './sessions.ts';
import { AnswerTooLargeError, RedirectError, RequestFailedError, Target, describeAnswer, isSendableToken, type TargetOptions } from './target.ts';
import type { CheckResult, Failure, Report } from './types.ts';
import { computeCoverage, coverageWarnings } from './coverage.ts';
import { CatalogueError, spec, type OpenApiDocument } from '../src/spec/index.ts';
import { kitCatalogue, kitDocuments } from './resources.ts';

export interface SkipRule {
  /** Why these checks do not apply to this target. Required: a skip without a reason is refused. */
  reason: string;
  checks: string[];
}

export interface RunOptions {
  /** The server: a {@link Target}, or the options to build one. */
  target: Target | TargetOptions;
  skip?: SkipRule[];
  /** Run only these checks (names or group names); final-phase conformance checks still see every exchange. */
  only?: string[];
  /** Allow the lifecycle checks, which create and delete the suite's own sessions. */
  destructive?: boolean;
  /** Fail (not just warn) when an inferred rule (this project's decision where PORTOS is silent) is broken. */
  strictInferred?: boolean;
  /** Accept properties the spec does not declare. */
  allowExtraFields?: boolean;
  /** Number of random NData queries to compare with the reference engine; 0 (default) skips the fuzz check. */
  fuzz?: number;
  /** Build the operator / sort-key table. */
  probe?: boolean;
  /** Seed of the fuzz generator; default random (reported, so a run can be repeated). */
  seed?: number;
  /** Fail the run when status coverage (observed ÷ declared statuses, percent) is below this. */
  minCoverage?: number;
  /** Recorded in the report's options: the command that repeats the run, the report files written. */
  command?: string;
  reports?: Record<string, string>;
  /**
   * More OpenAPI documents (parsed) whose resources the run checks too, beside the bundled document's
   * (`--spec`); a document that breaks the conventions throws the catalogue's one-line error.
   */
  specs?: readonly OpenApiDocument[];
  /** Called after each check, in run order, for live reporting. */
  onResult?: (result: CheckResult) => void;
}

/** The server did not answer at all (connection refused, DNS, timeout) before the first check. */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}

/** The run could not start: no way to authenticate, a refused login, an unknown check in `skip`. */
export class SetupError extends Error {
  override name = 'SetupError';
}

function validateSkips(skip: readonly SkipRule[], checks: readonly Check[]): void {
  const known = new Set(checks.map((check) => check.name));
  for (const rule of skip) {
    if (!rule.reason?.trim()) throw new SetupError(`Failed to skip ${rule.checks.join(', ')}: every skip needs a reason.`);
    for (const name of rule.checks) {
      if (!known.has(name)) throw new SetupError(`Failed to skip "${name}": no check has that name. Checks: ${[...known].join(', ')}.`);
    }
  }
}

async function authenticate(target: Target, state: SharedState): Promise<void> {
  try {
    if (target.credentials) {
      const { exchange, tokenId, refreshToken } = await target.loginWithCredentials();
      state.login = exchange;
      if (!tokenId) {
        const { user, device } = target.credentials;
        // The answer is quoted by excerpt; the CLI redacts every secret it knows (the password included) and
        // escapes control characters before it prints the line.
        throw new SetupError(
          `Login as "${user}" on device "${device}" was refused: POST ${target.baseUrl}/api/auth answered ${describeAnswer(exchange)}. Check --user, --password and --device.`,
        );
      }
      if (!isSendableToken(tokenId)) {
        throw new SetupError(`The login answer's tokenId cannot be sent as a bearer token (it holds spaces or control characters such as CR/LF): POST ${target.baseUrl}/api/auth.`);
      }
      target.token = tokenId;
      target.refreshToken = refreshToken;
    } else if (target.apiKey) {
      const exchange = await target.currentUser();
      if (exchange.response?.status === 401) {
        throw new SetupError(`The API key's signature was refused: GET ${target.baseUrl}/api/auth answered ${describeAnswer(exchange)}. Check --api-key, the secret in the --api-secret-env variable, and this machine's clock (±150 s).`);
      }
    } else if (target.token) {
      const exchange = await target.currentUser();
      if (exchange.response?.status === 401) throw new SetupError(`The token was refused: GET ${target.baseUrl}/api/auth answered 401. Give a live token, or --user and --device.`);
    } else {
      throw new SetupError('No way to authenticate: give a token (--token), credentials (--user and --device) or an API key (--api-key).');
    }
    const own = await identifySession(target, target.token, { user: target.credentials?.user, device: target.credentials?.device });
    if (own !== undefined) state.ownSessionId = own;
  } catch (error) {
    if (error instanceof RedirectError || error instanceof AnswerTooLargeError) throw new SetupError(error.message);
    if (error instanceof RequestFailedError) throw new UnreachableError(`Cannot reach the server at ${target.baseUrl}: ${error.message}`);
    throw error;
  }
}

function selected(check: Check, only: readonly string[] | undefined): boolean {
  return !only || only.length === 0 || only.includes(check.name) || only.includes(check.group);
}

const REQUIRES_FLAG = { destructive: '--destructive', fuzz: '--fuzz <n>', probe: '--probe' } as const;

async function runOne(check: Check, target: Target, flags: RunFlags, state: SharedState, skipReason: string | undefined): Promise<CheckResult> {
  const base = { name: check.name, group: check.group, basis: check.basis, summary: check.summary };
  if (skipReason !== undefined) return { ...base, status: 'skip', note: skipReason, failures: [], durationMs: 0 };
  const ctx = new CheckContext(target, flags, state, check.basis);
  const started = performance.now();
  try {
    await check.run(ctx);
  } catch (error) {
    if (error instanceof SkipSignal) {
      return { ...base, status: 'skip', note: error.message, failures: [], durationMs: performance.now() - started };
    }
    if (error instanceof RequestFailedError) ctx.fail(error.message, error.exchange);
    // One line: the message (a kit bug's stack trace is no use in a CI report, and may carry server text).
    else if (!(error instanceof CheckAborted)) ctx.fail(`the check crashed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  const durationMs = performance.now() - started;
  const verdict = checkVerdict(check, ctx.failures, ctx.unstable, flags);
  return { ...base, ...verdict, ...(ctx.note !== undefined ? { note: ctx.note } : {}), durationMs };
}

/**
 * A check's status from its failures. A check whose live comparison failed and then passed on its
 * retry ({@link CheckContext.retryOnce}) is `unstable`: never a pass; a warning carrying the first
 * attempt's failures, a failure under --strict-inferred / --strict.
 */
export function checkVerdict(
  check: Pick<Check, 'basis' | 'requires'>,
  failures: readonly Failure[],
  unstable: readonly Failure[],
  flags: Pick<RunFlags, 'strictInferred'>,
): Pick<CheckResult, 'status' | 'failures' | 'unstable'> {
  if (failures.length > 0) return { status: check.basis === 'documented' || flags.strictInferred ? 'fail' : 'warn', failures: [...failures] };
  if (unstable.length > 0) {
    const shown = unstable.map((f) => ({ ...f, message: `UNSTABLE: failed on the first attempt, passed on the retry: ${f.message}` }));
    return { status: flags.strictInferred ? 'fail' : 'warn', failures: shown, unstable: true };
  }
  return { status: check.requires === 'probe' ? 'info' : 'pass', failures: [] };
}

/**
 * Runs the contract checks against one server.
 *
 * @example
 * const report = await runChecks({ target: { baseUrl: 'https://staging.example.com', user: '999', device: 'BackOffice' } });
 * if (!report.ok) process.exitCode = 1;
 */
export async function runChecks(options: RunOptions): Promise<Report> {
  const startedAt = new Date();
  const started = performance.now();
  const skip = options.skip ?? [];
  const documents = kitDocuments(options.specs);
  let resources;
  try {
    resources = kitCatalogue(options.specs);
  } catch (error) {
    if (error instanceof CatalogueError) throw new SetupError(error.message);
    throw error;
  }
  const checks = checksFor(resources, documents);
  validateSkips(skip, checks);
  const target = options.target instanceof Target ? options.target : new Target(options.target);
  const flags: RunFlags = {
    destructive: options.destructive ?? false,
    strictInferred: options.strictInferred ?? false,
    allowExtraFields: options.allowExtraFields ?? false,
    fuzz: options.fuzz ?? 0,
    probe: options.probe ?? false,
    seed: options.seed ?? Math.floor(Math.random() * 2 ** 31),
  };
  const state: SharedState = {};
  await authenticate(target, state);

  const skipReason = (check: Check): string | undefined => {
    const rule = skip.find((r) => r.checks.includes(check.name));
    if (rule) return rule.reason;
    // Final-phase checks judge whatever the selected checks received, as documented for --only.
    if (check.phase !== 'final' && !selected(check, options.only)) return `not selected (--only ${options.only!.join(',')})`;
    const needs = check.requires;
    if (needs === 'destructive' && !flags.destructive) return `needs ${REQUIRES_FLAG.destructive}`;
    if (needs === 'fuzz' && flags.fuzz <= 0) return `needs ${REQUIRES_FLAG.fuzz}`;
    if (needs === 'probe' && !flags.probe) return `needs ${REQUIRES_FLAG.probe}`;
    return undefined;
  };

  const results = new Map<string, CheckResult>();
  for (const phase of [undefined, 'final'] as const) {
    for (const check of checks.filter((c) => c.phase === phase)) {
      const result = await runOne(check, target, flags, state, skipReason(check));
      results.set(check.name, result);
    }
  }
  const ordered = checks.map((check) => results.get(check.name)!);
  for (const result of ordered) options.onResult?.(result);

  const count = (status: CheckResult['status']) => ordered.filter((r) => r.status === status).length;
  const failed = count('fail');
  const coverage = computeCoverage(target.journal, ordered, documents, resources, {
    tokenRun: !target.credentials,
    ...(options.minCoverage !== undefined ? { minCoverage: options.minCoverage } : {}),
  });
  const credentials = target.credentials;
  return {
    baseUrl: target.baseUrl,
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - started,
    options: {
      destructive: flags.destructive,
      strictInferred: flags.strictInferred,
      allowExtraFields: flags.allowExtraFields,
      fuzz: flags.fuzz,
      probe: flags.probe,
      seed: flags.seed,
      skipped: skip.map((rule) => ({ reason: rule.reason, checks: [...rule.checks] })),
      only: [...(options.only ?? [])],
      timeoutMs: target.timeoutMs,
      auth: credentials
        ? { kind: 'login', user: credentials.user, device: credentials.device, password: credentials.password !== undefined }
        : target.apiKey
          ? { kind: 'apiKey', clientId: target.apiKey.clientId }
          : { kind: 'token' },
      ...(options.minCoverage !== undefined ? { minCoverage: options.minCoverage } : {}),
      ...(options.reports ? { reports: { ...options.reports } } : {}),
      ...(options.command !== undefined ? { command: options.command } : {}),
    },
    spec: { title: spec.info.title, version: spec.info.version },
    coverage,
    journal: target.journal,
    results: ordered,
    ...(state.probe ? { probe: state.probe } : {}),
    summary: {
      total: ordered.length,
      passed: count('pass'),
      failed,
      warned: count('warn'),
      warnings: count('warn') + coverageWarnings(coverage).length,
      skipped: count('skip'),
      // The probe's table informs; it proves nothing, so it is not counted as a pass.
      info: count('info'),
      requests: target.journal.length,
    },
    ok: failed === 0 && (coverage.gate?.met ?? true),
  };
}
