/**
 * The node:http door: serves the mock's handlers over real HTTP for `npm start`, the contract kit and
 * end-to-end tests, with CORS and the 404 for unknown paths. The only folder of the mock that imports
 * Node built-ins; no PORTOS rule lives here. The Prism helpers (prism.ts, prism-cli.ts) are
 * development tools of this repository and not part of the package.
 *
 * @module
 */

// Values
export { startServer } from './serve.ts';
export { createRequestListener } from './listener.ts';
export { DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';
export { loadFixtures } from './load-fixtures.ts';

// Types
export type { ServerOptions, RunningServer } from './serve.ts';
