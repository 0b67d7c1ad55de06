#!/usr/bin/env node
/**
 * The `portos-contract` bin (`npm run contract`): a thin shell over {@link main}.
 */
import { main } from './main.ts';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
