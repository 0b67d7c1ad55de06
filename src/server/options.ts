/**
 * The stateful mock's command-line options → `ServerOptions`, with one clear message per bad option.
 * Shared by `npm start` (the `portos-mock` bin) and `npm run start:validated` (src/prism/cli.ts), which
 * serves the same mock behind Prism; kept apart from the CLIs so that tests can check every message
 * without starting a process.
 */
import { parseCommandLine, UsageError, wholeNumber } from '../cli/command-line.ts';
import { CLOCK_RANGE, isClockInstant } from '../handlers/index.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';

export { UsageError } from '../cli/command-line.ts';

/** The options, as node:util's parseArgs takes them. */
export const MOCK_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  port: { type: 'string' },
  host: { type: 'string' },
  clock: { type: 'string' },
  delay: { type: 'string' },
  fixtures: { type: 'string' },
  scenario: { type: 'string' },
  state: { type: 'string' },
  'journal-limit': { type: 'string' },
  controls: { type: 'boolean' },
  'allowed-hosts': { type: 'string', multiple: true },
  'cors-origin': { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/**
 * `npm start`'s options: the mock's, and `--spec`, which only `npm start` takes (Prism, behind
 * `npm run start:validated`, validates against the bundled document alone).
 */
const START_OPTIONS = { ...MOCK_OPTIONS, spec: { type: 'string', multiple: true } } as const;

/** One help entry per option, so each CLI lists the ones it takes with the same words. */
export const OPTION_HELP = {
  port: `  --port <n>          Port to listen on (0 = any free port). Default: $PORT or ${DEFAULT_PORT}.`,
  host: `  --host <address>    Interface to listen on. Default: ${DEFAULT_HOST} (this machine only).
                      Use --host 0.0.0.0 to let other machines reach it, on purpose.`,
  clock: `  --clock <date-time> Pin the clock at this instant (ISO 8601 with Z or offset), e.g.
                      2023-08-04T21:30:00Z, which reproduces the documented sessions exactly.
                      Default: real time.`,
  delay: '  --delay <ms>        Latency added to every response, 0 to 60000. Default: 0.',
  fixtures: `  --fixtures <dir>    Seed from <dir>/users.json, devices.json and sessions.json instead of
                      the bundled fixtures/.`,
  scenario: `  --scenario <name>   Start from a preset: default, empty, crowded, expiring, sale-device-taken,
                      unavailable; or a folder (users/devices/sessions.json [+ scenario.json])
                      or a JSON file of your own. POST /__mock/scenario switches at run time.`,
  state: `  --state <file>      Keep the mock's state in <file>: loaded at start when it exists, saved after
                      each change and on Ctrl+C, so a restart keeps sessions and tokens.`,
  journalLimit: '  --journal-limit <n> How many requests GET /__mock/requests keeps (the latest). Default: 1000.',
  controls: '  --no-controls       Turn off the mock-only controls (/__mock/*, x-mock-status, x-mock-delay).',
  allowedHosts: `  --allowed-hosts <names>
                      More Host names to answer, comma-separated (.name: with its subdomains;
                      * any). IP addresses, localhost, *.localhost and --host always are; any
                      other Host gets a 403 (DNS rebinding). Repeatable.`,
  corsOrigin: `  --cors-origin <origin>
                      A browser origin besides localhost ones that may call the mock and its
                      /__mock controls, e.g. http://my-app.test:8080; * allows any. Repeatable.`,
  spec: `  --spec <file>       Also serve the resources of this OpenAPI 3.1 document (YAML or JSON), which
                      follows the conventions of docs/resources.md; its collections are seeded
                      from --fixtures <dir>/<collection>.json (empty without). Repeatable.`,
  quiet: '  -q, --quiet         Do not print a line per request (method, path, status, ms, what was ignored).',
  help: '  -h, --help          Show this help.',
} as const;

export const HELP = `Usage: portos-mock [options]

A local PORTOS Sessions API with state: log in, list sessions with NData, delete them.

Options:
${[OPTION_HELP.port, OPTION_HELP.host, OPTION_HELP.clock, OPTION_HELP.delay, OPTION_HELP.fixtures, OPTION_HELP.spec, OPTION_HELP.scenario, OPTION_HELP.state, OPTION_HELP.journalLimit, OPTION_HELP.controls, OPTION_HELP.allowedHosts, OPTION_HELP.corsOrigin, OPTION_HELP.quiet, OPTION_HELP.help].join('\n')}

Exit status: 0 stopped by Ctrl+C or SIGTERM (or --help), 1 the mock failed to start (or a failed save of
--state at shutdown), 2 a usage error.
`;

export interface CliOptions {
  help: boolean;
  port: number;
  host: string;
  clock?: string;
  delay?: number;
  fixturesDir?: string;
  /** `--spec`: more OpenAPI documents (files) whose resources the mock serves. */
  specFiles?: string[];
  scenario?: string;
  stateFile?: string;
  journalLimit?: number;
  controls: boolean;
  /** `--allowed-hosts`: more Host names (true: any). */
  allowedHosts?: string[] | true;
  /** `--cors-origin`: more browser origins (`*`: any). */
  corsOrigins?: string[];
  /** `--quiet`: no line per request. */
  quiet: boolean;
}

/** An ISO 8601 date-time with a zone, as the spec's `format: date-time` means it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

export function parseCliOptions(argv: readonly string[], env: Record<string, string | undefined>): CliOptions {
  const values = parseCommandLine(argv, START_OPTIONS);
  const options: CliOptions = {
    help: values.help ?? false,
    port: DEFAULT_PORT,
    host: values.host ?? DEFAULT_HOST,
    controls: values.controls ?? true,
    quiet: values.quiet ?? false,
  };
  const port = values.port ?? env.PORT;
  if (port !== undefined) options.port = wholeNumber(values.port !== undefined ? '--port' : '--port (from $PORT)', port, 65535);
  if (options.host.trim() === '') throw new UsageError('--host must name an interface, e.g. 127.0.0.1 or 0.0.0.0.');
  if (values.clock !== undefined) {
    if (!DATE_TIME.test(values.clock) || Number.isNaN(Date.parse(values.clock))) {
      throw new UsageError(`--clock must be an ISO 8601 date-time with a zone, e.g. 2023-08-04T21:30:00Z; got "${values.clock}".`);
    }
    if (!isClockInstant(Date.parse(values.clock))) throw new UsageError(`--clock must lie from ${CLOCK_RANGE}; got "${values.clock}".`);
    options.clock = values.clock;
  }
  if (values.delay !== undefined) options.delay = wholeNumber('--delay', values.delay, 60_000);
  if (values.fixtures !== undefined) options.fixturesDir = values.fixtures;
  if (values.spec !== undefined) {
    if (values.spec.some((file) => file.trim() === '')) throw new UsageError('--spec must name an OpenAPI document, e.g. --spec docs/stocks.yaml.');
    options.specFiles = values.spec;
  }
  if (values.scenario !== undefined) {
    if (values.fixtures !== undefined) throw new UsageError('Give either --fixtures or --scenario, not both (a scenario has its own fixtures).');
    options.scenario = values.scenario;
  }
  if (values.state !== undefined) {
    if (values.state.trim() === '') throw new UsageError('--state must name a file, e.g. --state .portos-state.json.');
    options.stateFile = values.state;
  }
  if (values['journal-limit'] !== undefined) {
    const limit = values['journal-limit'];
    if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > 1_000_000) throw new UsageError(`--journal-limit must be a whole number from 1 to 1000000; got "${limit}".`);
    options.journalLimit = Number(limit);
  }
  const hosts = (values['allowed-hosts'] ?? []).flatMap((list) => list.split(',')).map((name) => name.trim());
  if (hosts.some((name) => name === '' || /[\s/@]/.test(name))) throw new UsageError(`--allowed-hosts takes host names separated by commas, e.g. my-pc.local,.example.test; got "${values['allowed-hosts']!.join(',')}".`);
  if (hosts.length > 0) options.allowedHosts = hosts.includes('*') ? true : hosts;
  const origins = (values['cors-origin'] ?? []).flatMap((list) => list.split(',')).map((origin) => origin.trim());
  for (const origin of origins) {
    if (origin !== '*' && !isOrigin(origin)) throw new UsageError(`--cors-origin takes an origin (scheme://host[:port], no path) or *, e.g. http://my-app.test:8080; got "${origin}".`);
  }
  if (origins.length > 0) options.corsOrigins = origins;
  return options;
}

/** `scheme://host[:port]` and nothing more, as a browser sends it in `Origin`. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.origin === text.replace(/\/$/, '').toLowerCase();
  } catch {
    return false;
  }
}
