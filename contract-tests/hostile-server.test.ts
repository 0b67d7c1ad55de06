/**
 * The contract runner's CLI against servers that misbehave at the transport level: one that accepts
 * and never answers, one that resets every connection, one that answers bytes that are not HTTP, one
 * that sends headers and then stalls the body, and one that answers 200 with garbage for everything.
 * For each the CLI must end on its own (exit 1 or 2) with a message that says what happened, within a
 * bound far above its `--timeout 1000`; a CLI that is still running at the bound is killed and the
 * test fails as a hang. No timed assertion: the bound only detects a hang.
 */
import { execFile } from 'node:child_process';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cliEnv } from './test-helpers.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
/** Far above `--timeout 1000`: only a runner that hangs reaches it. */
const HANG_BOUND_MS = 45_000;

const servers: { server: HttpServer | NetServer; sockets: Set<Socket> }[] = [];

afterEach(async () => {
  for (const { server, sockets } of servers.splice(0)) {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(server: HttpServer | NetServer): Promise<string> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  servers.push({ server, sockets });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const HOSTILE: Record<string, () => HttpServer | NetServer> = {
  'accepts and never answers': () => createHttpServer(() => undefined),
  'resets every connection': () => createNetServer((socket) => socket.on('data', () => socket.resetAndDestroy())),
  'answers bytes that are not HTTP': () =>
    createNetServer((socket) => socket.on('data', () => socket.end('\u0000\u00ffSSH-2.0-OpenSSH_9.6\r\n<<garbage>>\r\n\r\n'))),
  'sends headers, then stalls the body': () =>
    createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"items":[');
    }),
  'answers 200 with garbage for everything': () =>
    createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>not json{{{');
    }),
};

interface Outcome {
  code: number | null;
  killed: boolean;
  output: string;
}

function runCli(args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: HANG_BOUND_MS, killSignal: 'SIGKILL', env: cliEnv() }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : null) : 0;
      resolve({ code, killed: Boolean(error && (error as { killed?: boolean }).killed), output: `${stdout}\n${stderr}` });
    });
  });
}

describe('the contract CLI against a hostile server', () => {
  for (const [behaviour, make] of Object.entries(HOSTILE)) {
    for (const auth of [['--token', 'anything'], ['--user', '999', '--device', 'BackOffice']]) {
      it(`fails cleanly with ${auth[0]} against a server that ${behaviour}`, async () => {
        const url = await listen(make());
        const outcome = await runCli(['--base-url', url, ...auth, '--timeout', '1000']);
        expect(outcome.killed, `the CLI hung (killed after ${HANG_BOUND_MS} ms); output so far:\n${outcome.output}`).toBe(false);
        expect([1, 2], outcome.output).toContain(outcome.code);
        // One clear line: it names the server or the request and what went wrong.
        expect(outcome.output, outcome.output).toMatch(/unreachable|timed out|cannot start|failed|refused|not JSON|FAIL/i);
        expect(outcome.output).toContain(url.replace('http://', ''));
      }, HANG_BOUND_MS + 10_000);
    }
  }
});
