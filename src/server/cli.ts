#!/usr/bin/env node
/**
 * `npm start` and the `portos-mock` bin: the stateful PORTOS mock on node:http (the work is in
 * run-cli.ts).
 *
 * @note Only the version check is imported statically: ESM links static imports before any code runs,
 * so on a Node.js without an API the rest uses, the bin would die with a stack trace instead of saying
 * which Node.js it needs (src/cli/require-node.ts). Then Node's compile cache is switched on before
 * anything else is loaded, so the second and later starts reuse compiled (and type-stripped) modules:
 * loading @msw/data, msw, ajv and jose is most of a cold start (docs/benchmarks.md).
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 */
import { requireNode } from '../cli/require-node.ts';

requireNode('portos-mock');
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
await import('./run-cli.ts');
