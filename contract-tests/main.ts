/**
 * The CLI's logic as a function (argv in, exit code out), so tests can call it without a process.
 * Exit codes: 0 every check passed, 1 a check failed, 2 a usage error or an unreachable server.
 */
import { appendFile } from 'node:fs/promises';
import { parseCommandLine, UsageError } from '../src/cli/command-line.ts';
import { checks, checksFor } from './checks/index.ts';
import { kitCatalogue, kitDocuments } from './resources.ts';
import { loadSpecFiles, SpecFileError } from './spec-files.ts';
import { CatalogueError, type OpenApiDocument } from '../src/spec/index.ts';
import { formatConsoleReport } from './report/console.ts';
import { formatGithubAnnotations } from './report/github.ts';
import { harPieces } from './report/har.ts';
import { formatHtmlReport } from './report/html.ts';
import { formatMarkdownReport } from './report/markdown.ts';
import { shellQuote } from './report/reproduce.ts';
import { formatJsonReport } from './report/json.ts';
import { formatJunitReport } from './report/junit.ts';
import { escapeControl, jsonSafe, jsonSafePieces, terminalSafe } from './report/escape.ts';
import { redactText } from './report/redact.ts';
import { safeReports } from './report/safe.ts';
import { writeReport } from './report/write.ts';
import { SetupError, UnreachableError, runChecks, type RunOptions } from './run.ts';
import { Secrets } from './secrets.ts';
import { DEFAULT_MAX_ANSWER_BYTES, isSendableToken, type ApiKey, type TargetOptions } from './target.ts';

/** The fuzz queries a run against the project's own throwaway mock sends unless told otherwise. */
const OWN_MOCK_FUZZ = 30;

export const HELP = `Usage: portos-contract [options]

Checks a PORTOS Sessions server against openapi/portos-sessions.yaml: statuses, content types and
schemas of every operation, auth, errors, and NData semantics (paging, sorting, filtering, counts)
on live data. Rules PORTOS documents fail the run; rules this project inferred are reported as
warnings unless --strict-inferred is given. See docs/contract-tests.md.

Server
  --base-url <url>       The server to check, e.g. https://staging.example.com. Without it, the
                         project's own mock is started on a free loopback port and checked (logging
                         in as user 999 on device BackOffice unless told otherwise). A throwaway mock
                         gets every check: --destructive, --probe and --fuzz ${OWN_MOCK_FUZZ} are implied
                         unless you give your own (--no-destructive, --no-probe, --fuzz 0).
  --token <token>        Use this bearer token (exclusive with --user).
  --user <name>          Log in as this user (needs --device) ...
  --password <password>  ... with this password (omit for a user without one) ...
  --device <name>        ... on this device. Prefer a BackOffice or Tool device: on a CashRegister or
                         PDA device, each new login ends that device's earlier session.
  --api-key <clientId>   Sign every request with this API key (NWS4-HMAC-SHA256) instead of a bearer
                         token: the way for CI (no user's password). Needs --api-secret-env; exclusive
                         with --token and --user. Adds the nws4 checks (tampered, stale, unknown key).
  --api-secret-env <var> The environment variable that holds the key's secret, e.g. PORTOS_API_SECRET.
                         The secret is read from there only (never from a flag), and never reported.
  --timeout <ms>         Per-request timeout (default 10000).
  --max-answer-bytes <n> The most bytes an answer's body may have (default ${DEFAULT_MAX_ANSWER_BYTES}, 8 MiB);
                         a longer answer is a failure that says so, and reading stops there.
                         No redirect is followed: a 3xx answer is a failure naming its Location, so
                         credentials go to the --base-url origin only.

Checks
  --spec <file>          Also check the resources of this OpenAPI 3.1 document (YAML or JSON), beside
                         the bundled one's; repeatable. Every listable resource gets the paging,
                         sorting, filtering, $count and item checks (named e.g. ndata_paging_skip[stocks]).
                         A document that breaks the conventions is one line naming the path, the rule
                         and the name (exit 2). See docs/architecture.md (Resources as data).
  --destructive          Also run the lifecycle checks: log in to create the suite's own session,
                         read it, delete it, and see it and its token gone; and the write checks of
                         each resource that declares writes, on records the suite creates
                         (contract-<seed>-…) and deletes. Without this flag nothing
                         is deleted; with it, only sessions the suite itself created. Needs --user
                         and --device (a --token run cannot log in). --no-destructive turns it off.
  --strict-inferred      Fail, not just warn, when an inferred (not documented) rule is broken, or
                         when a check is UNSTABLE (failed, then passed on its retry).
  --strict               Every warning of a check fails the run (today: the same as --strict-inferred).
  --allow-extra-fields   Accept response properties the spec does not declare (the spec is closed).
  --fuzz <n>             Send n random valid NData queries and compare each answer with the
                         reference engine (src/ndata) applied to the server's full list.
  --seed <int>           Seed for --fuzz (default random; the report prints it).
  --probe                (--no-probe to turn off.) Print a table of which NData operators and sort
                         keys the server honours (informational, never fails; counted as info).
  --only <names>         Run only these checks or groups, comma-separated (e.g. auth,sort_top_level).
  --min-coverage <pct>   Fail (exit 1) when fewer than pct % of the statuses the spec declares were
                         observed in the run (see the coverage section of any report).

Reports
  --junit <file>         Write a JUnit XML report (for CI test result views).
  --json <file>          Write a machine-readable JSON report.
  --markdown <file>      Write a compact Markdown summary (failures with curl lines, coverage).
  --har <file>           Write every request and response of the run as HAR 1.2 (secrets redacted).
  --html <file>          Write one self-contained HTML page: counts, every check, failures with curl
                         lines and expected vs actual, filters, coverage.
                         Report folders are created when missing. Every report names the seed and
                         the command that repeats the run.

  -h, --help             Show this help.

GitHub Actions (environment)
  GITHUB_STEP_SUMMARY    When set, the Markdown summary is appended to that file (no flag needed).
  GITHUB_ACTIONS=true    Each failure is also printed as an ::error workflow command (an annotation),
                         each warning and each declared status the run did not observe as ::warning.

Exit status: 0 every check passed (warnings allowed), 1 a check failed or --min-coverage was not
met, 2 a usage error or an unreachable server (the message says which).

Checks: ${checks.map((check) => check.name).join(', ')}.
`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The environment the CLI reads (`GITHUB_ACTIONS`, `GITHUB_STEP_SUMMARY`); injectable for tests. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The mock's default identity: user 999 (no password) on the BackOffice device. */
export const MOCK_DEFAULT_LOGIN = { user: '999', device: 'BackOffice' } as const;

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${value}".`);
  return Number(value);
}

function percentage(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 100) throw new UsageError(`--${name} must be a percentage from 0 to 100, got "${value}".`);
  return Number(value);
}

const REPORTS = ['junit', 'json', 'markdown', 'har', 'html'] as const;
type ReportName = (typeof REPORTS)[number];

/**
 * The command that repeats a run: the same arguments with the seed pinned, and secrets as the shell
 * variables the reproductions use.
 */
function repeatCommand(argv: readonly string[], seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const secret = name === '--token' ? '"$PORTOS_TOKEN"' : name === '--password' ? '"$PORTOS_PASSWORD"' : undefined;
    if (name === '--seed') {
      if (inline === undefined) i++;
      continue;
    }
    if (secret) {
      out.push(name, secret);
      if (inline === undefined) i++;
      continue;
    }
    out.push(/^[\w@%+=:,./-]+$/.test(arg) ? arg : shellQuote(arg));
  }
  return ['npm run contract --', ...out, '--seed', String(seed)].join(' ');
}

/**
 * The options, as node:util's parseArgs takes them (through the CLI helper both CLIs share);
 * `--no-destructive` / `--no-probe` turn off what a run against the own mock implies.
 */
const OPTIONS = {
  'base-url': { type: 'string' },
  token: { type: 'string' },
  'api-key': { type: 'string' },
  'api-secret-env': { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  device: { type: 'string' },
  timeout: { type: 'string' },
  destructive: { type: 'boolean' },
  'strict-inferred': { type: 'boolean' },
  strict: { type: 'boolean' },
  'max-answer-bytes': { type: 'string' },
  'allow-extra-fields': { type: 'boolean' },
  fuzz: { type: 'string' },
  seed: { type: 'string' },
  probe: { type: 'boolean' },
  only: { type: 'string', multiple: true },
  spec: { type: 'string', multiple: true },
  'min-coverage': { type: 'string' },
  junit: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  har: { type: 'string' },
  html: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The API key of `--api-key` with its secret from the `--api-secret-env` variable, checked. */
function apiKeyOf(clientId: string | undefined, variable: string | undefined, env: Env): ApiKey | undefined {
  if (clientId === undefined && variable === undefined) return undefined;
  if (clientId === undefined || variable === undefined) throw new UsageError('--api-key and --api-secret-env go together: a signature needs the key and its secret.');
  if (!/^[\x21-\x7E]+$/.test(clientId) || clientId.includes(',')) throw new UsageError('--api-key must be the key\'s clientId: visible characters, no spaces or commas.');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new UsageError(`--api-secret-env must name an environment variable (letters, digits, _), got "${escapeControl(variable.slice(0, 60))}".`);
  const clientSecret = env[variable];
  if (clientSecret === undefined || clientSecret === '') throw new UsageError(`--api-secret-env ${variable}: that environment variable is not set or empty; export the API key's secret in it.`);
  return { clientId, clientSecret };
}

function parse(argv: string[], env: Env) {
  const v = parseCommandLine(argv, OPTIONS);
  const apiKey = apiKeyOf(v['api-key'], v['api-secret-env'], env);
  if (apiKey && (v.token !== undefined || v.user !== undefined)) throw new UsageError('Give one of --token, --user or --api-key, not several.');
  if (v.token !== undefined && !isSendableToken(v.token)) {
    throw new UsageError('--token cannot be sent in an Authorization header: it holds spaces or control characters (CR/LF).');
  }
  if (v.token !== undefined && v.user !== undefined) throw new UsageError('Give either --token or --user, not both.');
  if ((v.user === undefined) !== (v.device === undefined)) throw new UsageError('--user and --device go together: a login needs both.');
  if (v.password !== undefined && v.user === undefined) throw new UsageError('--password needs --user and --device.');
  if (v['base-url'] !== undefined) {
    let url: URL;
    try {
      url = new URL(v['base-url']);
    } catch {
      // Whatever stood before an `@` may be a password: it is not echoed.
      throw new UsageError(`--base-url is not a URL: "${escapeControl(v['base-url'].replace(/\/\/[^/]*@/, '//…@'))}".`);
    }
    if (url.username !== '' || url.password !== '') {
      throw new UsageError('--base-url must not carry credentials (user:password@host): give them with --user, --password and --device, or --token.');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base-url must be http or https, got "${url.protocol}".`);
    if (v.token === undefined && v.user === undefined && !apiKey) throw new UsageError('With --base-url, give --api-key with --api-secret-env, --token, or --user and --device, to authenticate.');
  }
  for (const name of REPORTS) if (v[name] !== undefined && v[name]!.trim() === '') throw new UsageError(`--${name} needs a file name.`);
  const only = (v.only ?? []).flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
  for (const path of v.spec ?? []) if (path.trim() === '') throw new UsageError('--spec needs a file name.');
  return {
    help: v.help ?? false,
    baseUrl: v['base-url'],
    token: v.token,
    apiKey,
    user: v.user,
    password: v.password,
    device: v.device,
    timeoutMs: integer('timeout', v.timeout, 1),
    /** Undefined when not given: the own mock then implies true. */
    destructive: v.destructive,
    strictInferred: (v['strict-inferred'] ?? false) || (v.strict ?? false),
    maxAnswerBytes: integer('max-answer-bytes', v['max-answer-bytes'], 1),
    allowExtraFields: v['allow-extra-fields'] ?? false,
    fuzz: integer('fuzz', v.fuzz, 0),
    seed: integer('seed', v.seed, 0),
    probe: v.probe,
    only,
    specs: v.spec ?? [],
    minCoverage: percentage('min-coverage', v['min-coverage']),
    reports: Object.fromEntries(REPORTS.flatMap((name) => (v[name] !== undefined ? [[name, v[name]!]] : []))) as Partial<Record<ReportName, string>>,
  };
}

/** The secrets a command line gives (`--token`, `--password`), found before parsing so no message echoes them. */
function secretsOf(argv: readonly string[], secrets: Secrets): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    for (const name of ['--token', '--password']) {
      if (arg === name) secrets.add(argv[i + 1]);
      else if (arg.startsWith(`${name}=`)) secrets.add(arg.slice(name.length + 1));
    }
  }
}

/** Runs the CLI; resolves to the exit code. Every error is one line on stderr and an exit status. */
export async function main(argv: string[], io: Io, env: Env = process.env): Promise<number> {
  const secrets = new Secrets();
  secretsOf(argv, secrets);
  // Everything printed passes here: secrets hidden by value (and on stderr by name: a refused login quotes
  // the raw answer), control characters escaped,
  // no line that starts a workflow command. Only the kit's own annotations are written around it.
  const safeIo: Io = {
    stdout: (text) => io.stdout(terminalSafe(secrets.redact(text))),
    stderr: (text) => io.stderr(terminalSafe(redactText(secrets.redact(text)))),
  };
  try {
    return await run(argv, safeIo, io, env, secrets);
  } catch (error) {
    safeIo.stderr(`portos-contract: internal error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`);
    return 2;
  }
}

async function run(argv: string[], io: Io, rawIo: Io, env: Env, secrets: Secrets): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv, env);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`portos-contract: usage error: ${error.message}${error.message.endsWith('See --help.') ? '' : ' Run with --help for the options.'}\n`);
      return 2;
    }
    throw error;
  }
  secrets.add(args.apiKey?.clientSecret);
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }

  let specs: OpenApiDocument[];
  try {
    specs = await loadSpecFiles(args.specs);
    // The run's checks: the bundled document's resources and the --spec ones (a broken convention is one line).
    const known = new Set(checksFor(kitCatalogue(specs), kitDocuments(specs)).flatMap((check) => [check.name, check.group]));
    const unknown = args.only.filter((name) => !known.has(name));
    if (unknown.length) throw new UsageError(`--only: unknown check or group ${unknown.map((n) => `"${n}"`).join(', ')}.`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SpecFileError || error instanceof CatalogueError) {
      io.stderr(`portos-contract: usage error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  let mock: { url: string; close(): Promise<void> } | undefined;
  try {
    let baseUrl = args.baseUrl;
    let login: Pick<TargetOptions, 'user' | 'password' | 'device' | 'token' | 'apiKey'> = {};
    if (args.apiKey) login = { apiKey: args.apiKey };
    else if (args.token !== undefined) login = { token: args.token };
    else if (args.user !== undefined) login = { user: args.user, device: args.device!, ...(args.password !== undefined ? { password: args.password } : {}) };
    // A real server gets only what was asked for; the own throwaway mock gets every check that is safe
    // there (the lifecycle deletes only sessions of a mock that is closed afterwards).
    let destructive = args.destructive ?? false;
    let probe = args.probe ?? false;
    let fuzz = args.fuzz ?? 0;
    if (baseUrl === undefined) {
      destructive = args.destructive ?? true;
      probe = args.probe ?? true;
      fuzz = args.fuzz ?? OWN_MOCK_FUZZ;
      const { startServer } = await import('../src/server/serve.ts');
      mock = await startServer({ port: 0, host: '127.0.0.1' });
      baseUrl = mock.url;
      if (args.token === undefined && args.user === undefined && !args.apiKey) login = { ...MOCK_DEFAULT_LOGIN };
      io.stderr(`portos-contract: started the project's mock at ${baseUrl}\n`);
    }
    const options: RunOptions = {
      target: {
        baseUrl,
        ...login,
        secrets,
        ...(args.timeoutMs !== undefined ? { timeoutMs: args.timeoutMs } : {}),
        ...(args.maxAnswerBytes !== undefined ? { maxAnswerBytes: args.maxAnswerBytes } : {}),
      },
      destructive,
      strictInferred: args.strictInferred,
      allowExtraFields: args.allowExtraFields,
      fuzz,
      probe,
      only: args.only,
      specs,
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      ...(args.minCoverage !== undefined ? { minCoverage: args.minCoverage } : {}),
      reports: args.reports,
    };
    let report;
    try {
      report = await runChecks(options);
    } catch (error) {
      if (error instanceof UnreachableError) {
        io.stderr(`portos-contract: unreachable server: ${error.message}\n`);
        return 2;
      }
      if (error instanceof SetupError) {
        io.stderr(`portos-contract: cannot start the checks: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    report.options.command = repeatCommand(argv, report.options.seed);
    const { redacted, shown } = safeReports(report, secrets);
    io.stdout(`${formatConsoleReport(shown)}\n`);
    if (env.GITHUB_ACTIONS === 'true') {
      // The kit's own workflow commands: built from the escaped report, their data encoded as GitHub documents.
      const annotations = formatGithubAnnotations(shown);
      if (annotations.length) rawIo.stdout(`${secrets.redact(annotations.join('\n'))}\n`);
    }
    // Each file's text is redacted once more by value: a secret split or re-spelled by a reporter still goes.
    const file = (text: string) => secrets.redact(text);
    try {
      const { junit, json, markdown, har, html } = args.reports;
      if (junit) await writeReport(junit, file(formatJunitReport(shown)));
      if (json) await writeReport(json, file(jsonSafe(formatJsonReport(redacted))));
      if (markdown || env.GITHUB_STEP_SUMMARY) {
        const text = file(formatMarkdownReport(shown));
        if (markdown) await writeReport(markdown, text);
        // GitHub collects the step summary from this file; other steps may have written to it already.
        if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, text);
      }
      // Piece by piece, the same bytes as file(jsonSafe(formatHarReport(redacted))): the HAR is never one string.
      if (har) await writeReport(har, secrets.redactPieces(jsonSafePieces(harPieces(redacted))));
      if (html) await writeReport(html, file(formatHtmlReport(shown)));
    } catch (error) {
      io.stderr(`portos-contract: usage error: cannot write the report: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    return report.ok ? 0 : 1;
  } finally {
    await mock?.close();
  }
}
