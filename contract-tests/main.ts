/**
 * The CLI's logic as a function (argv in, exit code out), so tests can call it without a process.
 * Exit codes: 0 every check passed, 1 a check failed, 2 a usage error or an unreachable server.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checks } from './checks/index.ts';
import { formatConsoleReport } from './report/console.ts';
import { formatJsonReport } from './report/json.ts';
import { formatJunitReport } from './report/junit.ts';
import { SetupError, UnreachableError, runChecks, type RunOptions } from './run.ts';
import type { TargetOptions } from './target.ts';

export const HELP = `Usage: npm run contract -- [options]
       portos-contract [options]

Checks a PORTOS Sessions server against openapi/portos-sessions.yaml: statuses, content types and
schemas of every operation, auth, errors, and NData semantics (paging, sorting, filtering, counts)
on live data. Rules PORTOS documents fail the run; rules this project inferred are reported as
warnings unless --strict-inferred is given. See docs/contract-tests.md.

Server
  --base-url <url>       The server to check, e.g. https://staging.example.com. Without it, the
                         project's own mock is started on a free loopback port and checked (logging
                         in as user 999 on device BackOffice unless told otherwise).
  --token <token>        Use this bearer token (exclusive with --user).
  --user <name>          Log in as this user (needs --device) ...
  --password <password>  ... with this password (omit for a user without one) ...
  --device <name>        ... on this device. Prefer a BackOffice or Tool device: on a CashRegister or
                         PDA device, each new login ends that device's earlier session.
  --timeout <ms>         Per-request timeout (default 10000).

Checks
  --destructive          Also run the lifecycle checks: log in to create the suite's own session,
                         read it, delete it, and see it and its token gone. Without this flag nothing
                         is deleted; with it, only sessions the suite itself created.
  --strict-inferred      Fail, not just warn, when an inferred (not documented) rule is broken.
  --allow-extra-fields   Accept response properties the spec does not declare (the spec is closed).
  --fuzz <n>             Send n random valid NData queries and compare each answer with the
                         reference engine (src/ndata) applied to the server's full list.
  --seed <int>           Seed for --fuzz (default random; the report prints it).
  --probe                Print a table of which NData operators and sort keys the server honours
                         (informational, never fails).
  --only <names>         Run only these checks or groups, comma-separated (e.g. auth,sort_top_level).

Reports
  --junit <file>         Write a JUnit XML report (for CI test result views).
  --json <file>          Write a machine-readable JSON report.
  -h, --help             Show this help.

Exit status: 0 every check passed (warnings allowed), 1 a check failed, 2 a usage error or an
unreachable server (the message says which).

Checks: ${checks.map((check) => check.name).join(', ')}.
`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The mock's default identity: user 999 (no password) on the BackOffice device. */
export const MOCK_DEFAULT_LOGIN = { user: '999', device: 'BackOffice' } as const;

class UsageError extends Error {
  override name = 'UsageError';
}

function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${value}".`);
  return Number(value);
}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        'base-url': { type: 'string' },
        token: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        device: { type: 'string' },
        timeout: { type: 'string' },
        destructive: { type: 'boolean' },
        'strict-inferred': { type: 'boolean' },
        'allow-extra-fields': { type: 'boolean' },
        fuzz: { type: 'string' },
        seed: { type: 'string' },
        probe: { type: 'boolean' },
        only: { type: 'string', multiple: true },
        junit: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.token !== undefined && v.user !== undefined) throw new UsageError('Give either --token or --user, not both.');
  if ((v.user === undefined) !== (v.device === undefined)) throw new UsageError('--user and --device go together: a login needs both.');
  if (v.password !== undefined && v.user === undefined) throw new UsageError('--password needs --user and --device.');
  if (v['base-url'] !== undefined) {
    let url: URL;
    try {
      url = new URL(v['base-url']);
    } catch {
      throw new UsageError(`--base-url is not a URL: "${v['base-url']}".`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--base-url must be http or https, got "${url.protocol}".`);
    if (v.token === undefined && v.user === undefined) throw new UsageError('With --base-url, give --token, or --user and --device, to authenticate.');
  }
  const only = (v.only ?? []).flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
  const known = new Set(checks.flatMap((check) => [check.name, check.group]));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length) throw new UsageError(`--only: unknown check or group ${unknown.map((n) => `"${n}"`).join(', ')}.`);
  return {
    help: v.help ?? false,
    baseUrl: v['base-url'],
    token: v.token,
    user: v.user,
    password: v.password,
    device: v.device,
    timeoutMs: integer('timeout', v.timeout, 1),
    destructive: v.destructive ?? false,
    strictInferred: v['strict-inferred'] ?? false,
    allowExtraFields: v['allow-extra-fields'] ?? false,
    fuzz: integer('fuzz', v.fuzz, 0) ?? 0,
    seed: integer('seed', v.seed, 0),
    probe: v.probe ?? false,
    only,
    junit: v.junit,
    json: v.json,
  };
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`portos-contract: usage error: ${error.message} Run with --help for the options.\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }

  let mock: { url: string; close(): Promise<void> } | undefined;
  try {
    let baseUrl = args.baseUrl;
    let login: Pick<TargetOptions, 'user' | 'password' | 'device' | 'token'> = {};
    if (args.token !== undefined) login = { token: args.token };
    else if (args.user !== undefined) login = { user: args.user, device: args.device!, ...(args.password !== undefined ? { password: args.password } : {}) };
    if (baseUrl === undefined) {
      const { startServer } = await import('../src/server/serve.ts');
      mock = await startServer({ port: 0, host: '127.0.0.1' });
      baseUrl = mock.url;
      if (args.token === undefined && args.user === undefined) login = { ...MOCK_DEFAULT_LOGIN };
      io.stderr(`portos-contract: started the project's mock at ${baseUrl}\n`);
    }
    const options: RunOptions = {
      target: { baseUrl, ...login, ...(args.timeoutMs !== undefined ? { timeoutMs: args.timeoutMs } : {}) },
      destructive: args.destructive,
      strictInferred: args.strictInferred,
      allowExtraFields: args.allowExtraFields,
      fuzz: args.fuzz,
      probe: args.probe,
      only: args.only,
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
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
    io.stdout(`${formatConsoleReport(report)}\n`);
    try {
      if (args.junit) await writeFile(args.junit, formatJunitReport(report));
      if (args.json) await writeFile(args.json, formatJsonReport(report));
    } catch (error) {
      io.stderr(`portos-contract: usage error: cannot write the report: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    return report.ok ? 0 : 1;
  } finally {
    await mock?.close();
  }
}
