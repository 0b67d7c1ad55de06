/**
 * Issue 16: the contract CLI, as a child process, against servers that attack it: one that redirects
 * the login elsewhere, one that echoes every secret back (other fields, `detail`, headers) and sends
 * ANSI sequences, control characters and workflow commands in its strings, one that answers 1 GB, one
 * that hands out a token with CR/LF. Whatever they do: no secret in any output (stdout, stderr, every
 * report file, the step summary), no raw control character, no line that starts a workflow command
 * but the kit's own (encoded as GitHub documents), and a one-line exit 2 where the run cannot start.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cliEnv } from './test-helpers.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
/** Far above any run here: only a CLI that hangs reaches it. */
const HANG_BOUND_MS = 90_000;

const PASSWORD = 'secret123-Pw';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.hostileTokenValue.sig';
const REFRESH = 'hostileRefreshTokenValue0123';
const INJECTION = 'q\n::error title=Injected::fake annotation\n::stop-commands::pwn\n\u001b[2J\u001b]0;title\u0007\r\u009b31m\u2028::warning::x';

const servers: { server: Server; sockets: Set<Socket> }[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const { server, sockets } of servers.splice(0)) {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; received: string[] }> {
  const received: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)} ${body}`);
      handler(req, res, body);
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  servers.push({ server, sockets });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The child's peak resident set (VmHWM), in bytes, as last seen while it ran. */
  peakRss: number;
}

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...cliEnv(), ...env } });
    let stdout = '';
    let stderr = '';
    let peakRss = 0;
    const sample = setInterval(() => {
      readFile(`/proc/${child.pid}/status`, 'utf8')
        .then((status) => {
          const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
          peakRss = Math.max(peakRss, kb * 1024);
        })
        .catch(() => undefined);
    }, 20);
    const bound = setTimeout(() => child.kill('SIGKILL'), HANG_BOUND_MS);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      clearInterval(sample);
      clearTimeout(bound);
      resolve({ code, stdout, stderr, peakRss });
    });
  });
}

/** Every file a run wrote under `folder`, by name. */
async function filesIn(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(folder)) out[name] = await readFile(join(folder, name), 'utf8');
  return out;
}

/** C0 but LF, DEL, C1, U+2028/2029: nothing a terminal or a log viewer would obey may stay raw. */
// oxlint-disable-next-line no-control-regex -- these control characters are exactly what must not appear
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/;

/** A line the kit may start with `::`: its own annotation, property and data encoded as GitHub documents. */
const OWN_COMMAND = /^::(error|warning) title=[^:,\r\n%]*(%(25|0D|0A|3A|2C)[^:,\r\n%]*)*::[^\r\n]*$/;

function expectSafe(outputs: Record<string, string>, secrets: readonly string[]): void {
  for (const [where, text] of Object.entries(outputs)) {
    for (const secret of secrets) expect(text.includes(secret), `${where} holds the secret ${secret}`).toBe(false);
    expect(RAW_CONTROL.exec(text)?.[0], `${where} holds a raw control character`).toBeUndefined();
    for (const line of text.split('\n')) {
      if (line.trimStart().startsWith('::')) expect(line, `${where}: a line starts a workflow command`).toMatch(OWN_COMMAND);
    }
  }
}

/** A fake PORTOS that logs anyone in and then echoes secrets and hostile strings in everything it says. */
function echoingServer(req: IncomingMessage, res: ServerResponse, body: string): void {
  const auth = req.headers.authorization ?? '';
  const echo = `you sent ${auth} and ${body} ${INJECTION}`;
  res.setHeader('content-type', 'application/json');
  // The token comes back in headers too (the reproductions show www-authenticate and location).
  res.setHeader('www-authenticate', `Bearer error="${TOKEN}"`);
  res.setHeader('x-echo', `${auth} ${PASSWORD}`);
  if (req.method === 'POST' && req.url === '/api/auth') {
    res.end(JSON.stringify({ tokenId: TOKEN, refreshToken: REFRESH, detail: `password was ${PASSWORD}`, echo, note: `${TOKEN}|${REFRESH}` }));
    return;
  }
  res.statusCode = req.url?.startsWith('/sessions/') ? 404 : 200;
  res.end(
    JSON.stringify({
      items: [{ sessionId: INJECTION, identity: { userName: `${PASSWORD} ${INJECTION}` }, _v: 1 }],
      count: 1,
      totalCount: 1,
      title: INJECTION,
      detail: `${echo} token=${TOKEN} refresh=${REFRESH} pw=${encodeURIComponent(PASSWORD)}`,
    }),
  );
}

describe('16.1 redirects', () => {
  it('follows no redirect: a 307 login sends nothing to the other port and fails in one line naming the Location', async () => {
    const elsewhere = await listen((_req, res) => res.end('{}'));
    const first = await listen((_req, res) => {
      res.writeHead(307, { location: `${elsewhere.url}/api/auth` });
      res.end();
    });
    const outcome = await runCli(['--base-url', first.url, '--user', '999', '--device', 'BackOffice', '--password', PASSWORD, '--timeout', '2000']);
    expect(elsewhere.received).toEqual([]);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trimEnd().split('\n'), outcome.stderr).toHaveLength(1);
    expect(outcome.stderr).toContain(`${elsewhere.url}/api/auth`);
    expect(outcome.stderr).toMatch(/redirect/);
    expect(outcome.stderr).not.toContain(PASSWORD);
  }, HANG_BOUND_MS);

  it('a 308 on a check is a failure naming its Location, and the token never reaches the other port', async () => {
    const elsewhere = await listen((_req, res) => res.end('{}'));
    const first = await listen((req, res, body) => {
      // Lists with a query (the checks' own, not the setup's plain list) are redirected.
      if (req.url?.startsWith('/sessions?')) {
        res.writeHead(308, { location: `${elsewhere.url}${req.url}` });
        res.end();
      } else echoingServer(req, res, body);
    });
    const outcome = await runCli(['--base-url', first.url, '--token', TOKEN, '--timeout', '2000']);
    expect(elsewhere.received).toEqual([]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain(`a redirect to "${elsewhere.url}/sessions?`);
    expect(outcome.stdout).not.toContain(TOKEN);
  }, HANG_BOUND_MS);

  it('refuses credentials in --base-url in one line, without the password, exit 2', async () => {
    const outcome = await runCli(['--base-url', 'http://admin:hunter2@127.0.0.1:9', '--token', 'abc']);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(outcome.stderr).toMatch(/must not carry credentials/);
    expect(outcome.stderr).not.toContain('hunter2');
  });
});

describe('16.2 16.3 16.6 a server that echoes secrets and sends control characters and workflow commands', () => {
  it('leaves no secret, no raw control character and no foreign workflow command in any output', async () => {
    const server = await listen(echoingServer);
    const folder = await mkdtemp(join(tmpdir(), 'portos-hostile-'));
    folders.push(folder);
    const summary = join(folder, 'step-summary.md');
    const reports = ['junit', 'json', 'markdown', 'har', 'html'].flatMap((name) => [`--${name}`, join(folder, `report.${name}`)]);
    const outcome = await runCli(['--base-url', server.url, '--user', '999', '--device', 'BackOffice', '--password', PASSWORD, '--timeout', '3000', ...reports], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(outcome.code, outcome.stderr).toBe(1);
    const files = await filesIn(folder);
    expect(Object.keys(files).sort()).toEqual(['report.har', 'report.html', 'report.json', 'report.junit', 'report.markdown', 'step-summary.md']);
    // The run did see the hostile strings (escaped), so the assertions below are not vacuous.
    expect(outcome.stdout).toContain('\\u001b[2J');
    expect(files['report.har']).toContain('(redacted)');
    expect(outcome.stdout).toMatch(/^::error title=/m);
    expectSafe({ stdout: outcome.stdout, stderr: outcome.stderr, ...files }, [PASSWORD, TOKEN, REFRESH, encodeURIComponent(PASSWORD)]);
  }, HANG_BOUND_MS);

  it('a refused login prints one line without the password the server echoed', async () => {
    const server = await listen((_req, res, body) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ title: INJECTION, detail: `bad login ${body}`, password: PASSWORD, echoed: PASSWORD }));
    });
    const outcome = await runCli(['--base-url', server.url, '--user', '999', '--device', 'BackOffice', '--password', PASSWORD]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trimEnd().split('\n'), outcome.stderr).toHaveLength(1);
    expect(outcome.stderr).toMatch(/was refused/);
    expectSafe({ stdout: outcome.stdout, stderr: outcome.stderr }, [PASSWORD]);
  }, HANG_BOUND_MS);
});

describe('16.4 answer size cap', () => {
  it('stops reading a 1 GB login answer at the cap: one line that says so, exit 2, RSS under 300 MB', async () => {
    const server = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const pump = (): void => {
        while (sent < 1024) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => (sent = 1024));
      res.write('{"tokenId":"');
      pump();
    });
    const outcome = await runCli(['--base-url', server.url, '--user', '999', '--device', 'BackOffice', '--timeout', '20000']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trimEnd().split('\n'), outcome.stderr).toHaveLength(1);
    expect(outcome.stderr).toMatch(/size cap of 8388608 bytes \(--max-answer-bytes\)/);
    expect(outcome.stderr).not.toMatch(/unreachable/);
    expect(outcome.peakRss).toBeGreaterThan(0);
    expect(outcome.peakRss).toBeLessThan(300 * 1024 * 1024);
  }, HANG_BOUND_MS);

  it('bounds a body that never ends by --max-answer-bytes', async () => {
    const server = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write('x'.repeat(4096)), 1);
      res.on('close', () => clearInterval(timer));
    });
    const outcome = await runCli(['--base-url', server.url, '--token', 'abcdef', '--max-answer-bytes', '100000', '--timeout', '20000']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/size cap of 100000 bytes/);
  }, HANG_BOUND_MS);
});

describe('16.5 CR/LF tokens and bad input end in one line and exit 2', () => {
  it('refuses --token with a newline without echoing it', async () => {
    const outcome = await runCli(['--base-url', 'http://127.0.0.1:9', '--token', 'abc\nsecretpart']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(outcome.stderr).toMatch(/--token cannot be sent/);
    expect(outcome.stderr).not.toContain('secretpart');
  });

  it('refuses a server token that holds CR/LF in one line, without the token', async () => {
    const server = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ tokenId: 'abcd\r\nX-Evil: injected', refreshToken: REFRESH }));
    });
    const outcome = await runCli(['--base-url', server.url, '--user', '999', '--device', 'BackOffice']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trimEnd().split('\n'), outcome.stderr).toHaveLength(1);
    expect(outcome.stderr).toMatch(/tokenId cannot be sent as a bearer token/);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });
});
