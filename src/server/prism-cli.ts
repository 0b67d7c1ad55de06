/**
 * `npm run mock:prism` and `npm run start:validated`.
 *
 *   mock       Prism serves the spec's examples (no state): shapes only.
 *   validated  The stateful mock behind `prism proxy --errors`: every request and response is checked
 *              by an independent validator, and a violation becomes an error response.
 */
import { DEFAULT_PORT } from './defaults.ts';
import { startServer } from './serve.ts';
import { startPrism } from './prism.ts';
import { parseCliOptions, UsageError } from './options.ts';

const [mode, ...rest] = process.argv.slice(2);
try {
  if (mode !== 'mock' && mode !== 'validated') throw new UsageError('Usage: node src/server/prism-cli.ts mock|validated [--port <n>] [--clock …]');
  const options = parseCliOptions(rest, process.env);
  const port = options.port || DEFAULT_PORT;
  const log = (line: string) => console.log(line);
  if (mode === 'mock') {
    const prism = await startPrism({ mode: 'mock', port, host: options.host, log });
    console.log(`Prism mock (examples only, no state) at ${prism.url}`);
    const stop = () => void prism.close().then(() => process.exit(0));
    process.once('SIGINT', stop).once('SIGTERM', stop);
  } else {
    const mock = await startServer({
      port: 0,
      ...(options.clock !== undefined && { clock: options.clock }),
      ...(options.delay !== undefined && { delay: options.delay }),
      controls: options.controls,
    });
    const prism = await startPrism({ mode: 'proxy', upstream: mock.url, port, host: options.host, log });
    console.log(`Validated mock at ${prism.url} (prism proxy --errors → stateful mock at ${mock.url})`);
    const stop = () => void Promise.all([prism.close(), mock.close()]).then(() => process.exit(0));
    process.once('SIGINT', stop).once('SIGTERM', stop);
  }
} catch (error) {
  console.error(error instanceof UsageError ? error.message : `Failed to start: ${(error as Error).message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
