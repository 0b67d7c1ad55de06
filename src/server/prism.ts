/**
 * Starts Stoplight Prism 5.16 on the spec, as a child process: `mock` serves the spec's examples with no
 * state; `proxy` sits in front of a server and, with `--errors`, turns every request or response that
 * breaks the contract into an error. Used by `npm run mock:prism`, `npm run start:validated`, the
 * tests that put an independent validator in front of the mock, and the benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const SPEC_PATH = fileURLToPath(new URL('../../openapi/portos-sessions.yaml', import.meta.url));

export interface PrismOptions {
  mode: 'mock' | 'proxy';
  /** The server Prism proxies to (proxy mode). */
  upstream?: string;
  /** Port for Prism; 0 or absent picks a free one. */
  port?: number;
  host?: string;
  /** Where Prism's own log lines go. Default: dropped (kept for error messages). */
  log?: (line: string) => void;
  /** How long to wait for Prism to answer, in ms. Default 30 s. */
  startTimeout?: number;
}

export interface RunningPrism {
  url: string;
  process: ChildProcess;
  close(): Promise<void>;
}

/** Asks the OS for a free loopback port (Prism cannot report the port it got for 0). */
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

function prismEntry(): string {
  return createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
}

export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port || (await freePort(host));
  const args = [prismEntry(), options.mode, '-h', host, '-p', String(port)];
  if (options.mode === 'proxy') {
    if (!options.upstream) throw new Error('Failed to start Prism: proxy mode needs an upstream URL.');
    args.push('--errors', SPEC_PATH, options.upstream);
  } else {
    args.push(SPEC_PATH);
  }
  // Prism needs Node ≥ 24.18; the running Node (from the `node` devDependency) is that one.
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SCARF_ANALYTICS: 'false' } });
  const recent: string[] = [];
  const onLine = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      // The readiness probe's own "no path matched" line is noise to whoever reads the log.
      if (!line.trim() || line.includes('__prism_ready_probe')) continue;
      recent.push(line);
      if (recent.length > 40) recent.shift();
      options.log?.(line);
    }
  };
  child.stdout.on('data', onLine);
  child.stderr.on('data', onLine);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://${host}:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + (options.startTimeout ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${url}/__prism_ready_probe`, { signal: AbortSignal.timeout(1000) }).then(
      () => true,
      () => false,
    );
    if (ready) return { url, process: child, close };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await close();
  throw new Error(`Failed to start Prism ${options.mode} on ${url}: it did not answer in time.\n${recent.join('\n')}`);
}
