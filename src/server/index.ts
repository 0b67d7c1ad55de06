/**
 * The node door: serves the route core over node:http for `npm start`, the contract kit and end-to-end
 * tests (IncomingMessage ⇄ plain, CORS, the 404 for paths the core does not own), or as connect/Express
 * middleware inside a dev server the app already runs (`createMiddleware`: `next()` for those paths). It loads no msw and
 * makes no Fetch objects; no PORTOS rule lives here. Prism tooling lives in src/prism/ and is not part
 * of the package.
 *
 * @module
 */

// Values
export { startServer } from './serve.ts';
export { createRequestListener } from './listener.ts';
export { createMiddleware } from './middleware.ts';
export { DEFAULT_HOST, DEFAULT_PORT } from './defaults.ts';
export { loadFixtures } from './load-fixtures.ts';

// Types
export type { ServerOptions, RunningServer } from './serve.ts';
export type { ListenerOptions, Next, RequestLog } from './listener.ts';
export type { MiddlewareOptions, PortosMiddleware } from './middleware.ts';
