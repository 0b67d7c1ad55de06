/**
 * The node:http door: serves the mock's handlers over real HTTP for `npm start`, the contract kit and
 * end-to-end tests, with CORS, the 404 for unknown paths, and the Prism helpers that put an
 * independent validator in front of it. The only folder of the mock that imports Node built-ins; no
 * PORTOS rule lives here.
 *
 * @module
 */

// Values
export { startServer } from './serve.ts';
export { createRequestListener } from './listener.ts';
export { DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';
export { startPrism, freePort, SPEC_PATH } from './prism.ts';
export { loadFixtures } from './load-fixtures.ts';

// Types
export type { ServerOptions, RunningServer } from './serve.ts';
export type { PrismOptions, RunningPrism } from './prism.ts';
