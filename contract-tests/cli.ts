#!/usr/bin/env node
/**
 * The `portos-contract` bin (`npm run contract`): a thin shell over `main` (main.ts).
 *
 * @note Only the version check is imported statically, and main.ts is loaded once it has passed: ESM
 * links static imports before any code runs, so on too old a Node.js the bin would otherwise die with a
 * stack trace instead of saying which Node.js it needs (src/cli/require-node.ts).
 */
import { requireNode } from '../src/cli/require-node.ts';

requireNode('portos-contract');
const { main } = await import('./main.ts');

// `npm run contract -- --help | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// main prints every error as one line itself; this catch is the last guard against a stack trace.
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).catch((error: unknown) => {
  process.stderr.write(`portos-contract: internal error: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown'}\n`);
  return 2;
});
process.exitCode = code;
