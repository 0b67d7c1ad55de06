/**
 * `npm run mock:prism` (`node src/prism/cli.ts mock`) and `npm run start:validated`
 * (`node src/prism/cli.ts validated`).
 *
 *   mock       Prism serves the spec's examples (no state): shapes only.
 *   validated  The stateful mock behind `prism proxy --errors`: every request and response is checked
 *              by an independent validator, and a violation becomes an error response.
 *
 * The options are `npm start`'s (src/server/options.ts), so the three scripts read a command line alike.
 * Exit status: 0 stopped by Ctrl+C or SIGTERM (or --help), 1 a failure to start or Prism stopping on
 * its own, 2 a usage error; every failure is one line on stderr that names its cause.
 */
import { exitWithError, parseCommandLine, printHelp, UsageError } from '../cli/command-line.ts';
import { banner } from '../server/banner.ts';
import { MOCK_OPTIONS, OPTION_HELP, parseCliOptions } from '../server/options.ts';
import { seededDirectory, startFromOptions } from '../server/start-from-options.ts';
import { PrismStartError, startPrism, type RunningPrism } from './start-prism.ts';

const SCRIPT = { mock: 'mock:prism', validated: 'start:validated' } as const;
type Mode = keyof typeof SCRIPT;

const PRISM_MOCK_HELP = `Usage: npm run mock:prism -- [options]

Stoplight Prism serving the examples of openapi/portos-sessions.yaml: no state, so it shows shapes,
not behaviour (npm start is the stateful mock; npm run start:validated puts Prism in front of it).

Options:
${[OPTION_HELP.port, OPTION_HELP.host, OPTION_HELP.help].join('\n')}

--clock, --delay, --fixtures and --no-controls do not apply: Prism has none of them.
Exit status: 0 stopped by Ctrl+C or SIGTERM (or --help), 1 Prism failed to start or stopped, 2 a usage error.
`;

const VALIDATED_HELP = `Usage: npm run start:validated -- [options]

The stateful mock (as npm start serves it) on a free loopback port, behind \`prism proxy --errors\` on
--port: every request and response is checked against the spec by an independent validator, and a
violation becomes an error response.

Options:
${[OPTION_HELP.port, OPTION_HELP.host, OPTION_HELP.clock, OPTION_HELP.delay, OPTION_HELP.fixtures, OPTION_HELP.scenario, OPTION_HELP.state, OPTION_HELP.journalLimit, OPTION_HELP.controls, OPTION_HELP.help].join('\n')}

--port and --host are Prism's; the mock behind it always listens on 127.0.0.1 and a free port.
Exit status: 0 stopped by Ctrl+C or SIGTERM (or --help), 1 a failure to start or Prism stopped, 2 a usage error.
`;

/** The options that make no sense for Prism's examples, in the order they are checked. */
const NOT_FOR_PRISM_MOCK = [
  ['clock', '--clock'],
  ['fixtures', '--fixtures'],
  ['scenario', '--scenario'],
  ['state', '--state'],
  ['journal-limit', '--journal-limit'],
  ['delay', '--delay'],
  ['controls', '--no-controls'],
] as const;

/**
 * What is running, so that a signal stops all of it, even while it is still starting: Ctrl+C or
 * SIGTERM during Prism's start aborts the spawn (no Prism is left behind), after it closes Prism and the
 * mock. Prism stopping on its own is a failure (exit 1, one line), except for the SIGINT that Ctrl+C sends
 * the whole terminal group, which may reach Prism before this process.
 */
class Lifecycle {
  readonly abort = new AbortController();
  stopping = false;
  private readonly closers: (() => Promise<void>)[] = [];
  private readonly script: string;

  constructor(script: string) {
    this.script = script;
    process.once('SIGINT', () => this.stop('SIGINT'));
    process.once('SIGTERM', () => this.stop('SIGTERM'));
  }

  add(close: () => Promise<void>): void {
    this.closers.push(close);
  }

  private closeAll(): Promise<unknown> {
    return Promise.allSettled(this.closers.map((close) => close()));
  }

  stop(why: string): void {
    if (this.stopping) return;
    this.stopping = true;
    // oxlint-disable-next-line no-console -- a CLI: its output is the banner and the shutdown line
    console.log(`\n${why}: closing.`);
    this.abort.abort();
    void this.closeAll().then(() => process.exit(0));
  }

  /**
   * Keeps a Prism that is starting among what a signal stops: a stop waits for an aborted start to have
   * stopped its child, or closes the Prism that did start.
   */
  async start(starting: Promise<RunningPrism>): Promise<RunningPrism> {
    this.add(() => starting.then((prism) => prism.close(), () => undefined));
    const prism = await starting;
    this.watch(prism);
    return prism;
  }

  private watch(prism: RunningPrism): void {
    prism.process.once('exit', (code, signal) => {
      if (this.stopping) return;
      if (signal === 'SIGINT' || signal === 'SIGTERM' || code === 0) return this.stop(`Prism stopped (${signal ?? 'exit code 0'})`);
      this.stopping = true;
      process.stderr.write(`${this.script}: Prism stopped on its own (${signal ? `killed by ${signal}` : `exit code ${code}`}).\n`);
      void this.closeAll().then(() => process.exit(1));
    });
  }
}

async function main(mode: Mode, argv: readonly string[], life: Lifecycle): Promise<void> {
  const given = parseCommandLine(argv, MOCK_OPTIONS);
  if (given.help) {
    printHelp(mode === 'mock' ? PRISM_MOCK_HELP : VALIDATED_HELP);
    return;
  }
  if (mode === 'mock') {
    for (const [key, flag] of NOT_FOR_PRISM_MOCK) {
      if (key === 'controls' ? given.controls === false : given[key] !== undefined) {
        throw new UsageError(`${flag} does not apply to mock:prism, which serves the spec's examples with no state; npm run start:validated takes it. See --help.`);
      }
    }
  }
  const options = parseCliOptions(argv, process.env);
  // oxlint-disable-next-line no-console -- a CLI: its output is the banner and the shutdown line
  const log = (line: string) => console.log(line);
  const { signal } = life.abort;

  if (mode === 'mock') {
    const prism = await life.start(startPrism({ mode: 'mock', port: options.port, host: options.host, log, signal }));
    // oxlint-disable-next-line no-console -- a CLI: its output is the banner and the shutdown line
    console.log(
      [
        `Prism mock (the spec's examples, no state) listening on ${prism.url}`,
        `  Try it: curl -s ${prism.url}/sessions -H 'Authorization: Bearer anything'`,
        '  Ctrl+C stops it.',
      ].join('\n'),
    );
    return;
  }

  const mock = await startFromOptions(options, { port: 0, host: '127.0.0.1' });
  life.add(async () => {
    await mock.flush();
    await mock.close();
  });
  const prism = await life.start(startPrism({ mode: 'proxy', upstream: mock.url, port: options.port, host: options.host, log, signal }));
  // Printed last: a script that waits for the banner may signal at once.
  // oxlint-disable-next-line no-console -- a CLI: its output is the banner and the shutdown line
  console.log(
    banner(prism.url, seededDirectory(mock), {
      ...(options.clock !== undefined && { clock: options.clock }),
      controls: options.controls,
      scenario: mock.core.scenario.name,
      controlsUrl: mock.url,
      heading: `PORTOS mock behind prism proxy --errors, listening on ${prism.url} (the mock itself: ${mock.url})`,
    }),
  );
}

const [mode, ...rest] = process.argv.slice(2);
if (mode !== 'mock' && mode !== 'validated') {
  exitWithError(new UsageError('Usage: node src/prism/cli.ts mock|validated [options]; npm run mock:prism -- --help lists them.'), (e) => e.message);
}
const life = new Lifecycle(SCRIPT[mode as Mode]);
main(mode as Mode, rest, life).catch((error: unknown) => {
  // A signal during the start aborted it; the lifecycle is closing what did start and exits 0.
  if (life.stopping) return;
  exitWithError(error, (e) => {
    const reason = e instanceof PrismStartError ? e.reason : e.message;
    return `${SCRIPT[mode as Mode]}: ${reason}`;
  });
});
