/**
 * Command-line options of `npm start` → `ServerOptions`, with one clear message per bad option.
 * Kept apart from cli.ts so that tests can check every message without starting a process.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';

export const HELP = `Usage: npm start -- [options]

A local PORTOS Sessions API with state: log in, list sessions with NData, delete them.

Options:
  --port <n>          Port to listen on (0 = any free port). Default: $PORT or ${DEFAULT_PORT}.
  --host <address>    Interface to listen on. Default: ${DEFAULT_HOST} (this machine only).
                      Use --host 0.0.0.0 to let other machines reach the mock, on purpose.
  --clock <date-time> Pin the clock at this instant (ISO 8601 with Z or offset), e.g.
                      2023-08-04T21:30:00Z, which reproduces the documented sessions exactly.
                      Default: real time.
  --delay <ms>        Latency added to every response. Default: 0.
  --fixtures <dir>    Seed from <dir>/users.json, devices.json and sessions.json instead of
                      the bundled fixtures/.
  --no-controls       Turn off the mock-only controls (/__mock/*, x-mock-status, x-mock-delay).
  -h, --help          Show this help.
`;

export class UsageError extends Error {}

export interface CliOptions {
  help: boolean;
  port: number;
  host: string;
  clock?: string;
  delay?: number;
  fixturesDir?: string;
  controls: boolean;
}

function wholeNumber(option: string, text: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) > max) {
    throw new UsageError(`--${option} must be a whole number from 0 to ${max}; got "${text}".`);
  }
  return Number(text);
}

/** An ISO 8601 date-time with a zone, as the spec's `format: date-time` means it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

export function parseCliOptions(argv: readonly string[], env: Record<string, string | undefined>): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowNegative: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        port: { type: 'string' },
        host: { type: 'string' },
        clock: { type: 'string' },
        delay: { type: 'string' },
        fixtures: { type: 'string' },
        controls: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} See --help.`);
  }
  const options: CliOptions = {
    help: values.help ?? false,
    port: DEFAULT_PORT,
    host: values.host ?? DEFAULT_HOST,
    controls: values.controls ?? true,
  };
  const port = values.port ?? env.PORT;
  if (port !== undefined) options.port = wholeNumber(values.port !== undefined ? 'port' : 'port (from $PORT)', port, 65535);
  if (options.host.trim() === '') throw new UsageError('--host must name an interface, e.g. 127.0.0.1 or 0.0.0.0.');
  if (values.clock !== undefined) {
    if (!DATE_TIME.test(values.clock) || Number.isNaN(Date.parse(values.clock))) {
      throw new UsageError(`--clock must be an ISO 8601 date-time with a zone, e.g. 2023-08-04T21:30:00Z; got "${values.clock}".`);
    }
    options.clock = values.clock;
  }
  if (values.delay !== undefined) options.delay = wholeNumber('delay', values.delay, 60_000);
  if (values.fixtures !== undefined) options.fixturesDir = values.fixtures;
  return options;
}
