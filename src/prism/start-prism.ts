/**
 * Starts Stoplight Prism 5.16 on the spec, as a child process: `mock` serves the spec's examples with no
 * state; `proxy` sits in front of a server and, with `--errors`, turns every request or response that
 * breaks the contract into an error. Used by `npm run mock:prism`, `npm run start:validated`, the
 * tests that put an independent validator in front of the mock, and the benchmarks. A development tool
 * of this repository, not part of the package.
 *
 * Ready means that OUR child said so: Prism prints "Prism is listening on <url>" once its server's
 * listen() has succeeded. Asking the port over HTTP would not do: any other server on that port answers
 * too, and the caller would talk to it believing it is Prism.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describeListenError } from '../cli/listen-error.ts';

export const SPEC_PATH = fileURLToPath(new URL('../../openapi/portos-sessions.yaml', import.meta.url));

export interface PrismOptions {
  mode: 'mock' | 'proxy';
  /** The server Prism proxies to (proxy mode). */
  upstream?: string;
  /** Port for Prism; 0 or absent picks a free one (the URL then holds the one the OS gave). */
  port?: number;
  host?: string;
  /** Where Prism's log lines go once it listens (its request log). Default: dropped. */
  log?: (line: string) => void;
  /** How long to wait for Prism to listen, in ms: a guard against a hung child. Default 60 s. */
  startTimeout?: number;
  /** Aborting it stops Prism; while Prism starts, startPrism then rejects. */
  signal?: AbortSignal;
}

export interface RunningPrism {
  url: string;
  process: ChildProcess;
  close(): Promise<void>;
}

/** Prism did not start; `reason` is one sentence that says why, e.g. "port 4010 is in use; …". */
export class PrismStartError extends Error {
  override name = 'PrismStartError';
  readonly mode: PrismOptions['mode'];
  readonly reason: string;
  constructor(mode: PrismOptions['mode'], reason: string) {
    super(`Failed to start Prism ${mode}: ${reason}`);
    this.mode = mode;
    this.reason = reason;
  }
}

/** Asks the OS for a free loopback port. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Binds `host:port` and lets it go: the error code (EADDRINUSE, EADDRNOTAVAIL, …) if that fails. A port
 * that is taken is then named before Prism is spawned, rather than after Prism printed its help.
 */
async function bindError(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}

// oxlint-disable-next-line no-control-regex -- Prism colours its log; the escape byte is what we strip
const ANSI = /\u001b\[[0-9;]*m/g;
const PRISM_PREFIX = /^\s*\[[^\]]*\]\s*›\s*\[[^\]]*\]\s*\S+\s+\w+\s*/;
const LISTENING = /Prism is listening on (\S+)/;

/**
 * Why Prism stopped before it listened, from the last lines it printed: a listen error in the user's
 * words, else Prism's own last line (when yargs rejects something it prints its whole help and then the
 * message, last).
 */
export function prismFailureReason(lines: readonly string[], where: { host: string; port: number }, exit: string): string {
  const listen = lines.map((line) => /\blisten (E[A-Z]+)\b/.exec(line)?.[1]).find(Boolean);
  const known = describeListenError(listen, where);
  if (known) return known;
  // Prism's own log lines start with "[time] › [CLI] ✖  fatal"; the cause is what follows.
  const last = [...lines].reverse().find((line) => line.replace(PRISM_PREFIX, '').trim() !== '');
  const said = last?.replace(PRISM_PREFIX, '').trim().replace(/\s+/g, ' ');
  return said ? `Prism ${exit} before it listened: ${said.replace(/\.?$/, '.')}` : `Prism ${exit} before it listened, saying nothing.`;
}

function prismEntry(): string {
  return createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
}

export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (port !== 0) {
    const code = await bindError(host, port);
    if (code !== undefined) throw new PrismStartError(options.mode, describeListenError(code, { host, port }) ?? `cannot listen on ${host}:${port} (${code}).`);
  }
  const args = [prismEntry(), options.mode, '-h', host, '-p', String(port)];
  if (options.mode === 'proxy') {
    if (!options.upstream) throw new PrismStartError(options.mode, 'proxy mode needs an upstream URL.');
    args.push('--errors', SPEC_PATH, options.upstream);
  } else {
    args.push(SPEC_PATH);
  }
  // Prism needs Node ≥ 24.18; the running Node (from the `node` devDependency) is that one.
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SCARF_ANALYTICS: 'false', FORCE_COLOR: '0' },
    ...(options.signal && { signal: options.signal }),
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    // No pid: the spawn itself failed, so there is nothing to stop (and no 'exit' to wait for).
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };

  const recent: string[] = [];
  let listening: ((address: string) => void) | undefined;
  const heard = new Promise<string>((resolve) => (listening = resolve));
  let ready = false;
  const onLine = (raw: string) => {
    const line = raw.replace(ANSI, '');
    if (!line.trim()) return;
    if (ready) {
      options.log?.(line);
      return;
    }
    recent.push(line);
    if (recent.length > 60) recent.shift();
    const address = LISTENING.exec(line)?.[1];
    if (address) listening?.(address);
  };
  // A chunk may end in the middle of a line; keep the rest for the next chunk.
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    stream.on('end', () => partial && onLine(partial));
  }

  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    heard.then((address) => ({ address })),
    // `on`, not `once`: an abort after the start emits 'error' too, which must not crash the caller.
    new Promise<{ failed: string }>((resolve) => child.on('error', (error) => resolve({ failed: `Prism could not be spawned: ${error.message}.` }))),
    new Promise<{ failed: string }>((resolve) =>
      // 'close', not 'exit': it comes once the pipes are drained, so the last line (the cause) is in.
      child.once('close', (code, signal) => {
        const exit = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        resolve({ failed: prismFailureReason(recent, { host, port }, exit) });
      }),
    ),
    new Promise<{ failed: string }>((resolve) => {
      const ms = options.startTimeout ?? 60_000;
      timer = setTimeout(() => resolve({ failed: `Prism did not listen within ${Math.round(ms / 1000)} s; its last line: ${JSON.stringify(recent.at(-1) ?? '')}.` }), ms);
    }),
  ]);
  clearTimeout(timer);
  if ('failed' in outcome) {
    await close();
    throw new PrismStartError(options.mode, outcome.failed);
  }
  ready = true;
  const actualPort = Number(/:(\d+)\/?$/.exec(outcome.address)?.[1] ?? port);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  return { url, process: child, close };
}
