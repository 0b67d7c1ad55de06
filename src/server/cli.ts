#!/usr/bin/env node
/**
 * `npm start`: the stateful PORTOS mock on node:http (the work is in run-cli.ts).
 *
 * @note Node's compile cache is switched on before anything else is loaded, so the second and later
 * starts reuse compiled (and type-stripped) modules: loading @msw/data, msw, ajv and jose is most of a
 * cold start (docs/benchmarks.md). `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./run-cli.ts');
