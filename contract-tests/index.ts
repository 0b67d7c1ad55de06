/**
 * The contract-test kit: checks any PORTOS Sessions server (staging, a local build, the mock, Prism)
 * against openapi/portos-sessions.yaml and the documented behaviour, with semantic NData checks whose
 * oracle is src/ndata. `runChecks` is the whole programmatic API; the CLI (cli.ts) and the self-tests
 * call it.
 *
 * @module
 */

// Values
export { runChecks, UnreachableError, SetupError } from './run.ts';
export { Target, RequestFailedError, describeRequest } from './target.ts';
export { checks, checkNames } from './checks/index.ts';
export { formatConsoleReport } from './report/console.ts';
export { formatJunitReport } from './report/junit.ts';
export { formatJsonReport } from './report/json.ts';
export { formatMarkdownReport } from './report/markdown.ts';
export { formatHtmlReport } from './report/html.ts';
export { formatHarReport } from './report/har.ts';
export { formatGithubAnnotations } from './report/github.ts';
export { reproduce, curlCommand } from './report/reproduce.ts';
export { computeCoverage } from './coverage.ts';
export { main, HELP, MOCK_DEFAULT_LOGIN } from './main.ts';

// Types
export type { RunOptions, SkipRule } from './run.ts';
export type { TargetOptions, FetchLike } from './target.ts';
export type { Check } from './checks/index.ts';
export type { Basis, CheckResult, CheckStatus, Exchange, Failure, FailureDetail, ProbeRow, Report, ReportOptions } from './types.ts';
export type { Reproduction } from './report/reproduce.ts';
export type { Coverage, StatusCoverage } from './coverage.ts';
