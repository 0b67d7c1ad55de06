#!/usr/bin/env node
/**
 * The `portos-contract` bin (`npm run contract`): a thin shell over {@link main}.
 */
import { main } from './main.ts';

// `npm run contract -- --help | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
