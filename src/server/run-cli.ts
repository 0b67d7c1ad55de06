/**
 * `npm start`'s work (the `portos-mock` bin), loaded by cli.ts once the Node.js version is checked and
 * the compile cache is on: the stateful PORTOS mock on node:http. A thin shell over `startServer`.
 * Exit status: 0 stopped by a signal or --help, 1 the mock failed to start, 2 a usage error; a failure
 * is one line on stderr.
 */
import { exitWithError, oneLine, printHelp } from '../cli/command-line.ts';
import { describeListenError } from '../cli/listen-error.ts';
import { banner } from './banner.ts';
import { HELP, parseCliOptions, type CliOptions } from './options.ts';
import { seededDirectory, startFromOptions } from './start-from-options.ts';

let options: CliOptions | undefined;

async function main(): Promise<void> {
  options = parseCliOptions(process.argv.slice(2), process.env);
  if (options.help) {
    printHelp(HELP);
    return;
  }
  // oxlint-disable-next-line no-console -- a CLI: one line per request is its log (--quiet: none)
  const log = options.quiet ? undefined : (line: string) => console.log(line);
  const server = await startFromOptions(options, { port: options.port, host: options.host, ...(log && { log }) });
  const stop = (signal: string) => {
    // oxlint-disable-next-line no-console -- a CLI: its output is the banner and the shutdown line
    console.log(`\n${signal}: closing the mock.`);
    // A state that cannot be saved at shutdown is lost: say so in one line and exit 1.
    server
      .flush()
      .then(
        () => server.close().then(() => process.exit(0)),
        (error: unknown) => {
          process.stderr.write(`${oneLine((error as Error).message)}\n`);
          process.exit(1);
        },
      )
      .catch(() => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // Printed last: a script that waits for the banner may signal at once. server.url holds the port the
  // OS gave, so `--port 0` prints the real one.
  // oxlint-disable-next-line no-console -- a CLI: its output is the banner and the shutdown line
  console.log(banner(server.url, seededDirectory(server), { ...(options.clock !== undefined && { clock: options.clock }), controls: options.controls, scenario: server.core.scenario.name }));
}

main().catch((error: unknown) =>
  exitWithError(error, (e) => `Failed to start the mock: ${(options && describeListenError((e as NodeJS.ErrnoException).code, options)) ?? e.message}`),
);
