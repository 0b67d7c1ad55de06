/**
 * Child processes for the benchmarks and the load tests: start a server script, wait for its
 * "listening on <url>" line, stop it. Every child is killed on close and
 * SIGKILLed if it does not stop within 3 s, so nothing outlives a run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../server/cli.ts', import.meta.url));
export const BARE_SERVER = fileURLToPath(new URL('./bare-server.bench.ts', import.meta.url));

export interface Child {
  child: ChildProcess;
  url: string;
  /** What it printed on stdout and stderr until it listened. */
  output: string;
  close(): Promise<void>;
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Runs `node <args>` and resolves once it prints `listening on <url>`; rejects with its output when it
 * exits first or stays silent for `timeoutMs`.
 */
export function startListening(args: string[], options: { ipc?: boolean; timeoutMs?: number; nodeOptions?: string[] } = {}): Promise<Child> {
  const child = spawn(process.execPath, [...(options.nodeOptions ?? []), ...args], {
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`Failed to start ${args.join(' ')}: no "listening on" line within ${options.timeoutMs ?? 30_000} ms.\n${output}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({ child, url, output, close: () => stopChild(child) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code} before listening.\n${output}`));
    });
  });
}
