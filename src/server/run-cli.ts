/**
 * `npm start`'s work, loaded by cli.ts once Node's compile cache is on: the stateful PORTOS mock on
 * node:http. A thin shell over `startServer`.
 */
import { defaultFixtures } from '../handlers/index.ts';
import { banner } from './banner.ts';
import { loadFixtures } from './load-fixtures.ts';
import { HELP, parseCliOptions, UsageError } from './options.ts';
import { startServer } from './serve.ts';

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(HELP);
    return;
  }
  const fixtures = options.fixturesDir ? await loadFixtures(options.fixturesDir) : defaultFixtures;
  const server = await startServer({
    port: options.port,
    host: options.host,
    fixtures,
    controls: options.controls,
    ...(options.clock !== undefined && { clock: options.clock }),
    ...(options.delay !== undefined && { delay: options.delay }),
  });
  const stop = (signal: string) => {
    console.log(`\n${signal}: closing the mock.`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // Printed last: a script that waits for the banner may signal at once.
  console.log(banner(server.url, fixtures, { ...(options.clock !== undefined && { clock: options.clock }), controls: options.controls }));
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(error.message);
    process.exit(2);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error('Failed to start the mock: the port is in use. Pick another with --port <n> (0 = any free port).');
  else if (code === 'EADDRNOTAVAIL') console.error('Failed to start the mock: --host is not an address of this machine.');
  else console.error(`Failed to start the mock: ${(error as Error).message}`);
  process.exit(1);
});
