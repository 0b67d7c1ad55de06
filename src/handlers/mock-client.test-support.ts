/**
 * Test support for the handler suites (not shipped): a fresh mock behind msw's `setupServer` per test,
 * and a `call` helper that checks EVERY response against the spec before the test sees it — the
 * documented status/media type/body through `validateResponse`, and undocumented problem statuses
 * (405, injected 5xx…) against the spec's problem schemas.
 */
import { setupServer, type SetupServer } from 'msw/node';
import { afterEach, beforeEach, expect } from 'vitest';
import { findOperation, formatIssues, mediaTypeOf, validateResponse, validateSchema } from '../spec/index.ts';
import { createMockApi, type MockApi, type MockApiOptions } from '../msw/index.ts';

export const PINNED = '2023-08-04T21:30:00Z';
export const ORIGIN = 'http://portos.test';
export const P01_SESSION = 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3';
export const BACKOFFICE_SESSION = 'Hq6563mjODIOwNa87Cgi295uNPlKeOqA';

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** A raw body (not JSON-encoded). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: any;
}

/** Checks a response against the spec: documented → `validateResponse`; otherwise a problem body. */
export function expectConformingResponse(method: string, url: string, status: number, contentType: string | null, body: unknown): void {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/__mock/')) return;
  const operation = findOperation(method, pathname);
  const where = `${method} ${url} → ${status}`;
  if (operation) {
    const check = validateResponse(operation.operationId, status, contentType, body);
    const documented = !check.contract.some((line) => line.includes('is not documented for'));
    if (documented) {
      expect(check.contract, where).toEqual([]);
      expect(formatIssues(check.body), where).toBe('');
      return;
    }
  }
  if (status < 400) {
    expect(body, `${where}: an undocumented success carries no body`).toBeUndefined();
    return;
  }
  expect(mediaTypeOf(contentType), where).toBe('application/problem+json');
  const schema = status === 400 ? 'PortosValidationProblemDetails' : 'ProblemDetails';
  expect(formatIssues(validateSchema(schema, body)), where).toBe('');
}

export interface MockHarness {
  api: MockApi;
  server: SetupServer;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  /** Logs in and returns the token pair. */
  login(userName?: string, deviceName?: string, password?: string): Promise<{ tokenId: string; refreshToken: string }>;
}

export async function callThrough(method: string, url: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url, { method, headers, ...(body !== undefined && { body }) });
  const text = await response.text();
  const parsed = text === '' ? undefined : JSON.parse(text);
  expectConformingResponse(method, url, response.status, response.headers.get('content-type'), parsed);
  return { status: response.status, headers: response.headers, body: parsed };
}

/**
 * Registers beforeEach/afterEach hooks: every test gets a new `createMockApi({ clock: PINNED, ...options })`
 * behind a new msw server. Read `harness.api` etc. inside tests only.
 */
export function useMock(options: MockApiOptions = {}): MockHarness {
  const harness = {} as MockHarness;
  beforeEach(async () => {
    const api = createMockApi({ clock: PINNED, ...options });
    const server = setupServer(...api.handlers);
    server.listen({ onUnhandledFrame: 'error' });
    await api.ready;
    harness.api = api;
    harness.server = server;
    harness.call = (method, path, callOptions) => callThrough(method, `${ORIGIN}${path}`, callOptions);
    harness.login = async (userName = '999', deviceName = 'P02', password) => {
      const result = await harness.call('POST', '/api/auth', {
        body: { UserName: userName, DeviceName: deviceName, ...(password !== undefined && { Password: password }) },
      });
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      return { tokenId: result.body.tokenId, refreshToken: result.body.refreshToken };
    };
  });
  afterEach(() => {
    harness.server.close();
  });
  return harness;
}
