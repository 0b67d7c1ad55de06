/**
 * Helpers for the kit's self-tests: the project's mock on a free loopback port, fetch wrappers that turn
 * it into a deliberately broken server, and a small XML well-formedness check for the JUnit report.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../src/server/serve.ts';
import type { FetchLike } from './target.ts';

export type Wrap = (next: FetchLike) => FetchLike;

/**
 * The environment for a CLI the tests spawn: this process's, without GitHub Actions' variables, so a
 * self-test run in the project's own CI does not annotate that run with a broken server's failures or
 * append to its step summary.
 */
export function cliEnv(): NodeJS.ProcessEnv {
  const { GITHUB_ACTIONS: _actions, GITHUB_STEP_SUMMARY: _summary, ...rest } = process.env;
  return rest;
}

/** What a child process printed, and its exit code, once it closes. */
export function outputOf(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export const MOCK_LOGIN = { user: '999', device: 'BackOffice' } as const;

/** The mock on port 0 (loopback); remember to close it. */
export async function startMock(): Promise<{ url: string; close(): Promise<void> }> {
  return startServer({ port: 0, host: '127.0.0.1' });
}

const realFetch: FetchLike = (request) => globalThis.fetch(request);

export function compose(...wraps: Wrap[]): FetchLike {
  return wraps.reduceRight<FetchLike>((next, wrap) => wrap(next), realFetch);
}

/** The request with its URL's query rewritten (the request must have no body: every list is a GET). */
export const rewriteQuery =
  (edit: (params: URLSearchParams, url: URL) => void): Wrap =>
  (next) =>
  async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.pathname !== '/sessions') return next(request);
    edit(url.searchParams, url);
    return next(new Request(url, { method: request.method, headers: request.headers, signal: request.signal }));
  };

/** A new response with a new body text and, optionally, other headers (content-length dropped). */
export function rebuild(response: Response, text: string | null, headers: Record<string, string> = {}, status = response.status): Response {
  const out = new Headers(response.headers);
  out.delete('content-length');
  out.delete('content-encoding');
  for (const [name, value] of Object.entries(headers)) out.set(name, value);
  return new Response(status === 204 ? null : text, { status, headers: out });
}

/** Rewrites JSON bodies of the responses `match` selects. */
export const rewriteJson =
  (match: (request: Request, response: Response) => boolean, edit: (body: any, request: Request) => unknown): Wrap =>
  (next) =>
  async (request) => {
    const probe = request.clone();
    const response = await next(request);
    if (!match(probe, response)) return response;
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return rebuild(response, text);
    }
    return rebuild(response, JSON.stringify(edit(body, probe) ?? body));
  };

/** Rewrites whole responses. */
export const rewriteResponse =
  (edit: (response: Response, request: Request) => Promise<Response> | Response): Wrap =>
  (next) =>
  async (request) => {
    const probe = request.clone();
    return edit(await next(request), probe);
  };

export function isGet(request: Request, path: RegExp): boolean {
  return request.method === 'GET' && path.test(new URL(request.url).pathname);
}

/** Applies `edit` to every Session in a list or single-session body. */
export function eachSession(body: any, edit: (session: Record<string, unknown>) => void): unknown {
  if (Array.isArray(body?.items)) body.items.forEach(edit);
  else if (body && typeof body === 'object' && 'sessionId' in body) edit(body);
  return body;
}

/**
 * A node:http server that forwards to `upstream` through `fetchImpl` (for CLI tests that need a broken
 * server reachable over HTTP).
 */
export async function startForwarder(upstream: string, fetchImpl: FetchLike): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'host') headers.set(name, value);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    try {
      const response = await fetchImpl(new Request(`${upstream}${req.url}`, { method: req.method ?? 'GET', headers, ...(body ? { body } : {}) }));
      const text = Buffer.from(await response.arrayBuffer());
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'content-encoding' && name !== 'transfer-encoding') out[name] = value;
      });
      res.writeHead(response.status, out);
      res.end(text);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * A small XML well-formedness check (tags balanced and properly nested, no raw `<` or stray `&` in text
 * or attributes): enough to prove the JUnit writer escapes what it must.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  const checkText = (text: string, where: number) => {
    if (text.includes('<')) problems.push(`raw "<" near offset ${where}`);
    const amp = text.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
    if (amp) problems.push(`stray "&" near offset ${where}`);
  };
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    checkText(body.slice(last, m.index), last);
    const [, closing, name, attributes = '', selfClosing] = m;
    for (const value of attributes.matchAll(/="([^"]*)"/g)) checkText(value[1]!, m.index);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at offset ${m.index}`);
    } else if (!selfClosing) stack.push(name!);
    last = tag.lastIndex;
  }
  checkText(body.slice(last), last);
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}
