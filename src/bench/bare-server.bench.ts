/**
 * The bench's floor: a bare node:http server that answers every request with a fixed JSON body (one per
 * route, of the same size as the mock's answer), with no routing, parsing or state. Started as a child
 * process by http.bench.ts, like the mock and Prism, so each server has a core of its own.
 *
 *   node src/bench/bare-server.bench.ts [--port <n>] [--exit]
 *
 * `--exit` exits at once instead (the bench's "start a .ts script" floor).
 * Prints `listening on <url>` once it listens and answers `{}` until its parent sends, over IPC,
 * `{ bodies: { [requestTarget]: string } }`: the body to answer for each request target from then on
 * (it replies `"ok"`); a target it was not given gets `{}`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

if (process.argv.includes('--exit')) process.exit(0);
const portArgument = process.argv.indexOf('--port');
const port = portArgument >= 0 ? Number(process.argv[portArgument + 1]) : 0;

const EMPTY = Buffer.from('{}');
let bodies = new Map<string, Buffer>();
process.on('message', (message) => {
  const given = (message as { bodies: Record<string, string> }).bodies;
  bodies = new Map(Object.entries(given).map(([target, body]) => [target, Buffer.from(body)]));
  process.send!('ok');
});

const server = createServer((req, res) => {
  // One map lookup: the floor does no routing of its own.
  const body = bodies.get(req.url ?? '') ?? EMPTY;
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.once('disconnect', () => process.exit(0));
